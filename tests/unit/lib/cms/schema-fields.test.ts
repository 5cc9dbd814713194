import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { CmsMappingError, fieldsOf } from '../../../../src/lib/cms/schema-fields.ts';
import { partialDateSchema, slugSchema } from '../../../../src/schemas/common.ts';
import { newsSchema } from '../../../../src/schemas/news.ts';
import { phoneNumberSchema } from '../../../../src/schemas/service.ts';

const labelFields: Record<string, string> = { countries: 'name', legalChanges: 'name.nb' };
const context = { collection: 'test', labelFieldOf: (name: string) => labelFields[name] };
const fieldOf = (schema: z.ZodType) => fieldsOf(z.object({ field: schema }), context)[0]!;

describe('the form fields generated from a schema', () => {
	test('a field added to a schema appears in the form, with its label and help text', () => {
		const extended = newsSchema.extend({
			embargo: z
				.string()
				.optional()
				.meta({ title: 'Sperrefrist', description: 'Når nyheten kan publiseres.' }),
		});
		const embargo = fieldsOf(extended, context).find((field) => field.name === 'embargo');
		expect(embargo).toMatchObject({
			label: 'Sperrefrist',
			hint: 'Når nyheten kan publiseres.',
			required: false,
		});
	});

	test('a field the form cannot show stops the generator, naming the field and what to do', () => {
		const unmappable = z.object({ extra: z.record(z.string(), z.string()) });
		expect(() => fieldsOf(unmappable, context)).toThrow(CmsMappingError);
		expect(() => fieldsOf(unmappable, context)).toThrow(/test\.extra: .*editInFile/);
		expect(() => fieldOf(z.union([z.string(), z.number()]))).toThrow(
			/test\.field: a choice between different kinds of value/,
		);
	});

	test('a full date gets a date picker that saves year-month-day', () => {
		expect(fieldsOf(newsSchema, context).find((field) => field.name === 'date')).toMatchObject({
			widget: 'datetime',
			format: 'YYYY-MM-DD',
			time_format: false,
		});
	});

	test('a choice among fixed values is a select, and a reference to another collection a search', () => {
		expect(fieldOf(z.enum(['a', 'b']))).toMatchObject({ widget: 'select', options: ['a', 'b'] });
		expect(fieldOf(z.array(z.enum(['a', 'b'])))).toMatchObject({
			widget: 'select',
			multiple: true,
		});
		expect(fieldsOf(newsSchema, context).find((field) => field.name === 'countries')).toMatchObject(
			{
				widget: 'relation',
				collection: 'countries',
				search_fields: ['name'],
				multiple: true,
			},
		);
	});

	test('a field that may be left out is marked optional, and one without a default is required', () => {
		expect(fieldOf(z.string().optional()).required).toBe(false);
		expect(fieldOf(z.string()).required).toBeUndefined();
		// A text in both languages that may be left out: neither language's box is compulsory.
		const note = fieldOf(z.object({ nb: z.string(), en: z.string() }).optional());
		expect(note.fields!.map((field) => field.required)).toEqual([false, false]);
		expect(fieldOf(z.object({ nb: z.string() })).fields![0]!.required).toBeUndefined();
		expect(fieldOf(z.boolean().default(false))).toMatchObject({
			widget: 'boolean',
			required: false,
			default: false,
		});
	});

	// The form checks a text field with a pattern; it must take what the build takes, and refuse what it refuses.
	const samples: [string, z.ZodType, string[]][] = [
		[
			'a partial date',
			partialDateSchema,
			['2019', '2019-12', '2019-12-19', '19', '2019-1', '2019/12', 'desember 2019'],
		],
		[
			'an address (slug)',
			slugSchema,
			['for-familier', 'portugal-2001', 'For-familier', 'for--familier', 'for_familier', 'før'],
		],
		[
			'a phone number',
			phoneNumberSchema,
			[
				'22 40 00 40',
				'+47 22 40 00 40',
				'22-40-00-40',
				'0047 22 40 00 40',
				'113',
				'ring oss',
				'22-40-00-40x',
			],
		],
	];
	test.each(samples)(
		'the form accepts %s exactly where the build does on the usual mistakes',
		(_, schema, values) => {
			const [pattern] = fieldOf(schema).pattern!;
			const regex = new RegExp(pattern);
			for (const value of values.filter((value) => !schema.safeParse(value).success))
				expect(regex.test(value), `the form should refuse "${value}"`).toBe(false);
			for (const value of values.filter((value) => schema.safeParse(value).success))
				expect(regex.test(value), `the form should accept "${value}"`).toBe(true);
		},
	);
});
