import type { z } from 'astro/zod';
import { countrySchema } from './country.ts';
import { flowCriteriaSchema } from './flow-criteria.ts';
import { flowSchema, flowTextSchema } from './flow.ts';
import { glossarySchema } from './glossary.ts';
import { legalChangeSchema } from './legal-change.ts';
import { newsSchema } from './news.ts';
import { pageSchema } from './page.ts';
import { programmeSchema } from './programme.ts';
import { serviceSchema } from './service.ts';
import { localeCodes } from '../i18n/locales.ts';

/**
 * A text with frontmatter is Markdown (`.md`) or MDX (`.mdx`, Markdown that may use the site's
 * components, such as `<Term>`). Plain Markdown builds faster: Astro renders it to HTML once, where
 * each MDX file becomes a module of its own.
 */
export const textExtensions = ['mdx', 'md'] as const;

/** True for a plain Markdown file (`.md`), which cannot hold components or HTML. */
export const isPlainMarkdown = (file: string) => file.endsWith('.md');

/** The file name without its extension (`for-families.mdx` → `for-families`). */
export const withoutExtension = (file: string) => file.replace(/\.(mdx|md|yaml)$/, '');

/**
 * Text files in the locale folders only (`nb/*.md`, `en/*.mdx`): a file in a folder for a language
 * the site does not have is never loaded (the content check names it as ignored).
 */
const inLocaleFolders = `${localeCodes.length > 1 ? `{${localeCodes.join(',')}}` : localeCodes[0]}/*.{${textExtensions.join(',')}}`;

/** Where a collection's files live under `content/`, and how they are shaped. */
export interface CollectionSource {
	/** Folder under `content/`. */
	base: string;
	/** Files to read, relative to `base`. */
	pattern: string;
	/** True when files sit in one folder per locale (`<locale>/<key>.mdx`) and pair up by file name. */
	localized: boolean;
	/** Markdown or MDX with YAML frontmatter (see `textExtensions`), or a YAML data file. */
	format: 'text' | 'yaml';
	schema: z.ZodType;
}

/**
 * The single list of content collections. `src/content.config.ts` builds Astro's collections from it,
 * and the content check (`src/lib/content-check/validate-content.ts`) reads the same files with the same schemas.
 */
export const collectionSources = {
	pages: {
		base: 'pages',
		pattern: inLocaleFolders,
		localized: true,
		format: 'text',
		schema: pageSchema,
	},
	news: {
		base: 'news',
		pattern: inLocaleFolders,
		localized: true,
		format: 'text',
		schema: newsSchema,
	},
	countries: {
		base: 'countries',
		pattern: inLocaleFolders,
		localized: true,
		format: 'text',
		schema: countrySchema,
	},
	services: {
		base: 'services',
		pattern: '*.yaml',
		localized: false,
		format: 'yaml',
		schema: serviceSchema,
	},
	glossary: {
		base: 'glossary',
		pattern: '*.yaml',
		localized: false,
		format: 'yaml',
		schema: glossarySchema,
	},
	flows: {
		base: 'flows',
		pattern: '*/flow.yaml',
		localized: false,
		format: 'yaml',
		schema: flowSchema,
	},
	flowCriteria: {
		base: 'flows',
		pattern: '*/criteria.yaml',
		localized: false,
		format: 'yaml',
		schema: flowCriteriaSchema,
	},
	flowTexts: {
		base: 'flows',
		pattern: '*/!(flow|criteria).yaml',
		localized: false,
		format: 'yaml',
		schema: flowTextSchema,
	},
	legalChanges: {
		base: 'legal-changes',
		pattern: '*.yaml',
		localized: false,
		format: 'yaml',
		schema: legalChangeSchema,
	},
	programme: {
		base: 'programme',
		pattern: '*.yaml',
		localized: false,
		format: 'yaml',
		schema: programmeSchema,
	},
} as const satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof collectionSources;

/** The content folder: `content/` at the project root, or `CONTENT_DIR` (used by tests with fixtures). */
export function contentDirectory(): string {
	return process.env.CONTENT_DIR ?? './content';
}
