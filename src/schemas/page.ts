import { z } from 'astro/zod';
import {
	dateSchema,
	requireSourcesUnlessDraft,
	slugSchema,
	sourcesSchema,
	textSchema,
	needsTranslationSchema,
} from './common.ts';

/** Who a page is written for. Pages for defendants and families are held to a stricter readability limit. */
export const audienceValues = ['public', 'defendants', 'families', 'editors'] as const;

/**
 * Frontmatter of an information page: `content/pages/<locale>/<key>.mdx`.
 * Twins in other locales share the file name (`key`); each may set its own `slug`.
 */
export const pageSchema = z
	.strictObject({
		/** The page's heading and `<title>`. */
		title: textSchema,
		/** One or two sentences for search engines, link previews and search results. */
		description: textSchema.max(200, { error: 'keep the description under 200 characters' }),
		/** The page's address in this language, e.g. `narkotikaprogrammet`. Default: the file name. */
		slug: slugSchema.optional(),
		/** The day an editor last checked every fact on the page against its sources. */
		lastReviewed: dateSchema,
		/** Where the page's facts come from; listed at the foot of the page. */
		sources: sourcesSchema,
		/** Who the page is for. Default: `public`. */
		audience: z
			.enum(audienceValues, { error: `expected one of: ${audienceValues.join(', ')}` })
			.default('public'),
		/** Show the "general information, not legal advice" notice. Default: `false`. */
		legalNotice: z.boolean({ error: 'expected true or false' }).default(false),
		/** `true` keeps the entry off the site while it is being written. Default: `false`. */
		draft: z.boolean({ error: 'expected true or false' }).default(false),
		/** Not translated yet: readers see the source-language text with a notice. */
		needsTranslation: needsTranslationSchema,
	})
	.superRefine(requireSourcesUnlessDraft);

export type PageData = z.infer<typeof pageSchema>;
