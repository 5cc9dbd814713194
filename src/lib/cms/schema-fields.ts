import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales.ts';

/**
 * Turns the content schemas (src/schemas/) into the field lists of Decap CMS, the editors' form at
 * /admin/, so the form and the build share one set of rules. Written by hand because no library
 * maps zod to Decap: zod's own JSON Schema export cannot represent the schemas' preprocessing
 * (dates YAML reads as dates, a value or a list), and Decap reads its own field format, not JSON
 * Schema. What the form cannot check (cross-references, readability, a draft's missing fields) the
 * build's content check still does.
 *
 * The schemas describe each field with zod's runtime metadata (`.meta()`):
 * - `title`, `description`: the field's label and help text, in Norwegian, for editors;
 * - `format`: `date` (a date picker), `partial-date`, `uri`, `phone` (text with the build's pattern);
 * - `references`: the collection whose file names the field holds (a search-as-you-type choice);
 * - `editInFile`: a field the form cannot show (a choice between words and a figure); the form
 *   keeps its value unchanged and editors change it in the file.
 */

/** Metadata the schemas attach with `.meta()`. */
export interface FieldMeta {
	title?: string;
	description?: string;
	format?: 'date' | 'partial-date' | 'uri' | 'phone';
	references?: string;
	editInFile?: boolean;
}

/** One field of a Decap CMS collection (https://decapcms.org/docs/widgets/). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	hint?: string;
	required?: boolean;
	default?: unknown;
	i18n?: boolean | 'duplicate';
	pattern?: [string, string];
	options?: string[];
	multiple?: boolean;
	min?: number;
	max?: number;
	value_type?: 'int' | 'float';
	fields?: CmsField[];
	field?: CmsField;
	collapsed?: boolean;
	summary?: string;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	date_format?: string;
	time_format?: boolean;
	format?: string;
	picker_utc?: boolean;
	modes?: string[];
	/** Markdown only: the preview strips scripts and event handlers from what an editor pastes. */
	sanitize_preview?: boolean;
}

/** A record's keys, when the content fixes them (the explainer's question and outcome ids). */
export interface RecordKey {
	key: string;
	label: string;
}

export interface FieldContext {
	/** The collection's name, for messages. */
	collection: string;
	/** Keys of a record at a dotted path (`questions`, `questions.age.options`), or undefined. */
	recordKeys?: (path: string) => RecordKey[] | undefined;
	/** The field that names an entry of a collection a reference points to (`name`). */
	labelFieldOf?: (collection: string) => string | undefined;
}

/** A schema the generator has no form field for: names the field and where to change it. */
export class CmsMappingError extends Error {
	constructor(context: FieldContext, path: string, what: string) {
		super(
			`The editor (/admin/) has no form field for ${context.collection}.${path}: ${what}. ` +
				'Map that kind of field in src/lib/cms/schema-fields.ts, or mark it `.meta({ editInFile: true })` in its schema so editors change it in the file.',
		);
		this.name = 'CmsMappingError';
	}
}

type AnySchema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };
type Check = { check: string; [key: string]: unknown };

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;
const checksOf = (schema: AnySchema): Check[] =>
	((defOf(schema).checks as { _zod: { def: Check } }[] | undefined) ?? []).map(
		(check) => check._zod.def,
	);

interface Unwrapped {
	schema: AnySchema;
	meta: FieldMeta;
	required: boolean;
	defaultValue?: unknown;
}

/**
 * Strips what the form does not show (optional, default, null, preprocessing and transforms) and
 * gathers the metadata on the way: an outer `.meta()` wins over the building block's.
 */
function unwrap(schema: AnySchema): Unwrapped {
	let current = schema;
	let meta: FieldMeta = {};
	let required = true;
	let defaultValue: unknown;
	for (;;) {
		meta = {
			...((z.globalRegistry.get(current as never) as FieldMeta | undefined) ?? {}),
			...meta,
		};
		const def = defOf(current);
		if (def.type === 'optional' || def.type === 'nullable') {
			required = false;
			current = def.innerType as AnySchema;
		} else if (def.type === 'default') {
			required = false;
			defaultValue = def.defaultValue;
			current = def.innerType as AnySchema;
		} else if (def.type === 'pipe') {
			// `z.preprocess(fn, schema)` pipes a transform into the schema; `.transform()` pipes the
			// schema into a transform. Either way the form edits the schema's side.
			const input = def.in as AnySchema;
			current = defOf(input).type === 'transform' ? (def.out as AnySchema) : input;
		} else {
			return { schema: current, meta, required, defaultValue };
		}
	}
}

const languageNames = (code: string) =>
	new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;

/** Text patterns the form checks as the build does, with the help text as the message. */
function stringField(base: CmsField, schema: AnySchema, meta: FieldMeta): CmsField {
	const message = meta.description ?? 'Se hjelpeteksten.';
	const def = defOf(schema);
	const checks = checksOf(schema);
	const regex = checks.find((check) => check.check === 'string_format' && check.pattern)
		?.pattern as RegExp | undefined;
	const maximum = checks.find((check) => check.check === 'max_length')?.maximum as
		number | undefined;
	if (meta.format === 'date')
		return {
			...base,
			widget: 'datetime',
			date_format: 'YYYY-MM-DD',
			time_format: false,
			format: 'YYYY-MM-DD',
			picker_utc: true,
		};
	const pattern: string | undefined =
		regex?.source ??
		(meta.format === 'uri'
			? '^https?://[^\\s/]+\\.[^\\s]+$'
			: meta.format === 'phone'
				? // The characters normalizePhoneNumber() ignores, so "22-40-00-40" passes here as in the build.
					'^(\\+|00)?[0-9 .()-]+$'
				: def.format === 'email'
					? '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$'
					: undefined);
	return {
		...base,
		// Summaries of 200 characters and more get a box of several lines.
		widget: maximum !== undefined && maximum >= 200 ? 'text' : 'string',
		...(pattern ? { pattern: [pattern, message] as [string, string] } : {}),
	};
}

function numberField(base: CmsField, schema: AnySchema): CmsField {
	const checks = checksOf(schema);
	const whole = checks.some((check) => check.check === 'number_format');
	const min = checks.find((check) => check.check === 'greater_than')?.value as number | undefined;
	const max = checks.find((check) => check.check === 'less_than')?.value as number | undefined;
	return {
		...base,
		widget: 'number',
		value_type: whole ? 'int' : 'float',
		...(min !== undefined ? { min } : {}),
		...(max !== undefined ? { max } : {}),
	};
}

const enumValues = (schema: AnySchema): string[] | undefined => {
	const def = defOf(schema);
	return def.type === 'enum' ? Object.values(def.entries as Record<string, string>) : undefined;
};

/** Every field of an object schema, in the schema's order. */
export function fieldsOf(schema: AnySchema, context: FieldContext, path = ''): CmsField[] {
	const { schema: inner } = unwrap(schema);
	const shape = defOf(inner).shape as Record<string, AnySchema> | undefined;
	if (!shape) throw new CmsMappingError(context, path || '(root)', 'not an object');
	return Object.entries(shape).map(([name, field]) =>
		fieldFor(name, field, context, path ? `${path}.${name}` : name),
	);
}

/** The form field for one schema field. */
export function fieldFor(
	name: string,
	schema: AnySchema,
	context: FieldContext,
	path: string,
	label?: string,
): CmsField {
	const { schema: inner, meta, required, defaultValue } = unwrap(schema);
	const base: CmsField = {
		name,
		label: meta.title ?? label ?? name,
		widget: 'string',
		...(meta.description ? { hint: meta.description } : {}),
		...(required ? {} : { required: false }),
		...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)
			? { default: defaultValue }
			: {}),
	};
	if (meta.editInFile) return { ...base, widget: 'hidden' };
	const def = defOf(inner);
	switch (def.type) {
		case 'string':
			return stringField(base, inner, meta);
		case 'number':
			return numberField(base, inner);
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'enum':
			return { ...base, widget: 'select', options: enumValues(inner)! };
		case 'array':
			return listField(base, def.element as AnySchema, meta, context, path);
		case 'union': {
			// "One value or a list of them" (a country's model, a service's region): a multiple choice.
			const options = def.options as AnySchema[];
			const values = enumValues(unwrap(options[0]!).schema);
			const listOf = options[1] && defOf(unwrap(options[1]).schema);
			if (options.length === 2 && values && listOf?.type === 'array')
				// `required: true` said outright: only then does Decap show a single saved value (`region: national`) as chosen.
				return { ...base, widget: 'select', options: values, multiple: true, min: 1, required };
			throw new CmsMappingError(context, path, 'a choice between different kinds of value');
		}
		case 'object': {
			const keys = Object.keys(def.shape as object);
			// Text in every language, side by side in one data file (a service's name).
			const languageLabels = keys.every((key) => (localeCodes as string[]).includes(key));
			return {
				...base,
				widget: 'object',
				collapsed: false,
				fields: Object.entries(def.shape as Record<string, AnySchema>).map(([key, field]) => {
					const inner = fieldFor(
						key,
						field,
						context,
						`${path}.${key}`,
						languageLabels ? languageNames(key) : key,
					);
					// Inside a field that may be left out (a service's accessibility note), no part is compulsory.
					return required ? inner : { ...inner, required: false };
				}),
			};
		}
		case 'record': {
			const keys = context.recordKeys?.(path);
			if (!keys)
				throw new CmsMappingError(
					context,
					path,
					'a list of named entries whose names the form does not know',
				);
			return {
				...base,
				widget: 'object',
				fields: keys.map(({ key, label: keyLabel }) => ({
					...fieldFor(key, def.valueType as AnySchema, context, `${path}.${key}`, keyLabel),
					label: keyLabel,
				})),
			};
		}
		default:
			throw new CmsMappingError(context, path, `a field of type "${def.type}"`);
	}
}

function listField(
	base: CmsField,
	element: AnySchema,
	meta: FieldMeta,
	context: FieldContext,
	path: string,
): CmsField {
	const { schema: item } = unwrap(element);
	const itemDef = defOf(item);
	if (meta.references) {
		const labelField = context.labelFieldOf?.(meta.references);
		if (!labelField)
			throw new CmsMappingError(
				context,
				path,
				`a reference to "${meta.references}", which the editor does not offer`,
			);
		return {
			...base,
			widget: 'relation',
			collection: meta.references,
			value_field: '{{slug}}',
			search_fields: [labelField],
			display_fields: [labelField],
			multiple: true,
		};
	}
	if (itemDef.type === 'enum')
		return { ...base, widget: 'select', options: enumValues(item)!, multiple: true };
	if (itemDef.type === 'object')
		return { ...base, widget: 'list', fields: fieldsOf(item, context, path) };
	return {
		...base,
		widget: 'list',
		field: fieldFor('item', element, context, `${path}[]`, base.label),
	};
}
