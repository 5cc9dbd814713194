import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import { flowTextSchema } from '../../schemas/flow.ts';
import { fieldsOf, type CmsField, type FieldContext, type RecordKey } from './schema-fields.ts';

/**
 * The configuration of the editors' form at /admin/ (Decap CMS, https://decapcms.org/docs/configuration-options/),
 * built from the content schemas at build time (src/integrations/editor-admin.ts writes it to
 * admin/config.yml). Nothing here is written by hand per field: a field added to a schema appears
 * in the form, and one the form cannot show stops the build (CmsMappingError).
 */

/** Where the form saves: a git host in production, or `decap-server` on the editor's machine. */
export type CmsBackend =
	| { name: 'proxy'; proxy_url: string; branch: string }
	| {
			name: 'github' | 'gitlab' | 'gitea';
			repo: string;
			branch: string;
			base_url?: string;
			api_root?: string;
			/** The OAuth application's id (GitLab, Gitea): the browser logs in without a server of ours. */
			app_id?: string;
			auth_type?: 'pkce';
	  };

/**
 * The explainer's ids, so its words file gets one form field per question (those that own their
 * words), option, outcome and criterion listed for readers.
 */
export interface FlowOutline {
	/** The flow's folder name under content/flows/. */
	name: string;
	questions: { id: string; label: string; options: RecordKey[] }[];
	outcomes: RecordKey[];
	criteria: RecordKey[];
}

/** The port `npm run admin` runs `decap-server` on (its own default). */
export const localBackendPort = 8081;

/**
 * The backend from the environment at build time: `CMS_BACKEND` (github, gitlab or gitea),
 * `CMS_REPO` (owner/name), and optionally `CMS_BRANCH`, `CMS_BASE_URL` (the OAuth service, or a
 * self-hosted git host), `CMS_API_ROOT` (a self-hosted git host's API) and `CMS_APP_ID` (the OAuth
 * application's id, for GitLab's and Gitea's login without a server). Without `CMS_BACKEND` the form
 * talks only to `decap-server` on the same machine (`npm run admin`). No secret is involved: an
 * application id is public, and the git host's login happens in the editor's browser.
 */
export function backendFromEnvironment(env: Record<string, string | undefined>): CmsBackend {
	const branch = env.CMS_BRANCH || 'main';
	const name = env.CMS_BACKEND;
	if (!name)
		return { name: 'proxy', proxy_url: `http://localhost:${localBackendPort}/api/v1`, branch };
	if (name !== 'github' && name !== 'gitlab' && name !== 'gitea')
		throw new Error(`CMS_BACKEND must be github, gitlab or gitea, not "${name}".`);
	if (!env.CMS_REPO || !/^[^/\s]+\/[^/\s]+$/.test(env.CMS_REPO))
		throw new Error(`CMS_BACKEND=${name} needs CMS_REPO, the repository as owner/name.`);
	for (const variable of ['CMS_BASE_URL', 'CMS_API_ROOT'] as const) {
		const value = env[variable];
		if (value && !URL.canParse(value))
			throw new Error(
				`${variable} must be a web address such as https://git.example.org, not "${value}".`,
			);
	}
	if (name === 'gitea' && !(env.CMS_API_ROOT && env.CMS_BASE_URL && env.CMS_APP_ID))
		throw new Error(
			'CMS_BACKEND=gitea needs CMS_BASE_URL (the Gitea server), CMS_API_ROOT (its API, …/api/v1) and CMS_APP_ID (the OAuth application made for the editor).',
		);
	return {
		name,
		repo: env.CMS_REPO,
		branch,
		...(env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL } : {}),
		...(env.CMS_API_ROOT ? { api_root: env.CMS_API_ROOT } : {}),
		...(env.CMS_APP_ID ? { app_id: env.CMS_APP_ID } : {}),
		// GitLab logs in from the browser alone with an application id (PKCE); without one it needs an OAuth server at base_url.
		...(name === 'gitlab' && env.CMS_APP_ID ? { auth_type: 'pkce' as const } : {}),
	};
}

/** The web addresses the form talks to, for /admin/'s Content Security Policy. */
export function backendOrigins(backend: CmsBackend): string[] {
	const origins = new Set<string>();
	const add = (url: string | undefined) => url && origins.add(new URL(url).origin);
	if (backend.name === 'proxy') add(backend.proxy_url);
	else {
		// With a git host configured, `npm run admin` still uses decap-server (local_backend).
		add(`http://localhost:${localBackendPort}`);
		add(backend.api_root);
		add(backend.base_url);
		if (backend.name === 'github' && !backend.api_root) add('https://api.github.com');
		if (backend.name === 'gitlab' && !backend.api_root) add('https://gitlab.com');
	}
	return [...origins];
}

/** A localised collection's form: one column per language, saved as `content/<base>/<locale>/<key>.mdx`. */
interface LocalizedCollection {
	name: CollectionName & ('news' | 'pages' | 'countries');
	label: string;
	labelSingular: string;
	identifierField: string;
	/** The file name: from the English title (`{{slug}}`), news items with their date first. */
	slug: string;
	sortableFields: string[];
}

const localizedCollections: LocalizedCollection[] = [
	{
		name: 'news',
		label: 'Nyheter',
		labelSingular: 'Nyhet',
		identifierField: 'title',
		slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
		sortableFields: ['date', 'title'],
	},
	{
		name: 'countries',
		label: 'Land',
		labelSingular: 'Land',
		identifierField: 'name',
		slug: '{{slug}}',
		sortableFields: ['name', 'lastReviewed'],
	},
	{
		name: 'pages',
		label: 'Informasjonssider',
		labelSingular: 'Informasjonsside',
		identifierField: 'title',
		slug: '{{slug}}',
		sortableFields: ['title', 'lastReviewed'],
	},
];

/** Data collections: the languages side by side in one YAML file per entry. */
const dataCollections: {
	name: CollectionName & ('services' | 'glossary' | 'legalChanges');
	label: string;
	labelSingular: string;
	identifierField: string;
}[] = [
	{
		name: 'services',
		label: 'Hjelpetjenester',
		labelSingular: 'Hjelpetjeneste',
		identifierField: 'id',
	},
	{
		name: 'glossary',
		label: 'Ordliste',
		labelSingular: 'Ord',
		identifierField: `term.${defaultLocale}`,
	},
	{
		name: 'legalChanges',
		label: 'Lovendringer',
		labelSingular: 'Lovendring',
		identifierField: `name.${defaultLocale}`,
	},
];

/** The MDX body, edited as text so the site's components (`<Term id="…" />`) stay as written. */
const bodyField: CmsField = {
	name: 'body',
	label: 'Tekst',
	widget: 'markdown',
	modes: ['raw'],
	sanitize_preview: true,
	i18n: true,
	hint: 'Skriv med korte setninger og mellomtitler (## Overskrift). Komponenter skrives som tekst, for eksempel <Term id="forsvarer">forsvareren</Term>, <SiteLink to="portugal">Portugal</SiteLink> eller <LegalStatus change="rules-2025" />. content/README.md lister alle.',
};

/** True when a field holds words that differ by language; other fields are copied to every language. */
function holdsText(field: CmsField): boolean {
	if (field.widget === 'string' || field.widget === 'text') return !field.pattern;
	if (field.widget === 'markdown') return true;
	return [...(field.fields ?? []), ...(field.field ? [field.field] : [])].some(holdsText);
}

function withLanguageRule(field: CmsField): CmsField {
	// A twin's own flag and address belong to its language.
	const own = holdsText(field) || field.name === 'needsTranslation' || field.name === 'slug';
	return { ...field, i18n: own ? true : 'duplicate' };
}

const labelFields: Partial<Record<CollectionName, string>> = Object.fromEntries([
	...localizedCollections.map((collection) => [collection.name, collection.identifierField]),
	...dataCollections.map((collection) => [collection.name, collection.identifierField]),
]);

function flowContext(flow: FlowOutline, locale: string): FieldContext {
	return {
		collection: `flows/${flow.name}/${locale}.yaml`,
		recordKeys: (path) => {
			if (path === 'questions') return flow.questions.map(({ id, label }) => ({ key: id, label }));
			if (path === 'outcomes') return flow.outcomes;
			if (path === 'criteria') return flow.criteria;
			// A question's answers, and the questions for the lawyer tied to them, are keyed by option.
			const question = /^questions\.([^.]+)\.(options|lawyerQuestions)$/.exec(path);
			return question ? flow.questions.find(({ id }) => id === question[1])?.options : undefined;
		},
	};
}

/** The words of each question: a county question has no options to word or to ask about. */
function dropEmptyOptions(fields: CmsField[]): CmsField[] {
	return fields.map((field) =>
		field.name === 'questions'
			? {
					...field,
					fields: field.fields?.map((question) => ({
						...question,
						fields: question.fields?.filter(
							(part) =>
								!['options', 'lawyerQuestions'].includes(part.name) ||
								(part.fields?.length ?? 0) > 0,
						),
					})),
				}
			: field,
	);
}

/** What every folder collection says: its names, its folder, and the field that names an entry. */
function folderCollection(collection: {
	name: CollectionName;
	label: string;
	labelSingular: string;
	identifierField: string;
}) {
	return {
		name: collection.name,
		label: collection.label,
		label_singular: collection.labelSingular,
		folder: `content/${collectionSources[collection.name].base}`,
		create: true,
		identifier_field: collection.identifierField,
		summary: `{{${collection.identifierField}}}`,
	};
}

/** The whole Decap configuration. */
export function decapConfig(options: { backend: CmsBackend; flows: FlowOutline[] }) {
	const context = (collection: string): FieldContext => ({
		collection,
		labelFieldOf: (name) => labelFields[name as CollectionName],
	});
	return {
		backend: options.backend,
		// With a git host configured, an editor running `npm run admin` saves to the checkout instead.
		...(options.backend.name === 'proxy' ? {} : { local_backend: true }),
		locale: 'nb_no',
		// Decap requires a media folder; the content has no images, so nothing is ever saved there.
		media_folder: 'public/media',
		public_folder: '/media',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		i18n: {
			structure: 'multiple_folders',
			locales: localeCodes,
			// File names are English (content/README.md), and Decap names a new file after the
			// default locale's title: so the English column is the one the name comes from.
			default_locale: 'en',
		},
		collections: [
			...localizedCollections.map((collection) => ({
				...folderCollection(collection),
				i18n: true,
				extension: 'mdx',
				format: 'frontmatter',
				slug: collection.slug,
				sortable_fields: collection.sortableFields,
				fields: [
					...fieldsOf(collectionSources[collection.name].schema, context(collection.name)).map(
						withLanguageRule,
					),
					bodyField,
				],
			})),
			...dataCollections.map((collection) => ({
				...folderCollection(collection),
				extension: 'yaml',
				format: 'yaml',
				slug: '{{slug}}',
				fields: fieldsOf(collectionSources[collection.name].schema, context(collection.name)),
			})),
			{
				name: 'explainer',
				label: 'Veiviseren',
				// The questions and where each answer leads are in flow.yaml, which only developers change:
				// the form words the questions that are there.
				files: options.flows.flatMap((flow) =>
					localeCodes.map((locale) => ({
						name: `${flow.name}-${locale}`,
						label: `Veiviseren: tekst på ${new Intl.DisplayNames(['nb'], { type: 'language' }).of(locale)}`,
						file: `content/${collectionSources.flowTexts.base}/${flow.name}/${locale}.yaml`,
						fields: dropEmptyOptions(fieldsOf(flowTextSchema, flowContext(flow, locale))),
					})),
				),
			},
		],
	};
}
