import { z } from 'astro/zod';
import {
	dateSchema,
	requireSourcesUnlessDraft,
	slugSchema,
	sourcesSchema,
	textSchema,
	needsTranslationSchema,
} from './common.ts';

/** Frontmatter of a news item: `content/news/<locale>/<yyyy-mm-dd-key>.mdx`. Twins share the file name. */
export const newsSchema = z
	.strictObject({
		/** The headline. */
		title: textSchema,
		/** A one- or two-sentence summary, shown in lists and the RSS feed. */
		description: textSchema.max(300, { error: 'keep the summary under 300 characters' }),
		/** The day the news happened or was reported. News lists are sorted by it, newest first. */
		date: dateSchema,
		/** The page's address in this language. Default: the file name. */
		slug: slugSchema.optional(),
		/** File names of the country snapshots this item is about, e.g. `[norway, portugal]`. */
		countries: z
			.array(slugSchema, {
				error: 'expected a list of country file names, like [norway, portugal]',
			})
			.min(1, { error: 'name at least one country, like [norway]' }),
		/**
		 * Legal changes (file names in `content/legal-changes/`) that the summary
		 * mentions: their status is shown with it. Default: none.
		 */
		legalChanges: z
			.array(slugSchema, { error: 'expected a list of file names, like [rules-2025]' })
			.default([]),
		/** Short topic words shown with the item. Default: none. */
		tags: z.array(textSchema, { error: 'expected a list of tags' }).default([]),
		/** The original articles and documents, with publisher and date. */
		sources: sourcesSchema,
		/** The day an editor last checked the item against its sources. */
		lastReviewed: dateSchema,
		/** `true` keeps the entry off the site while it is being written. Default: `false`. */
		draft: z.boolean({ error: 'expected true or false' }).default(false),
		/** Not translated yet: readers see the source-language text with a notice. */
		needsTranslation: needsTranslationSchema,
	})
	.superRefine(requireSourcesUnlessDraft);

export type NewsData = z.infer<typeof newsSchema>;
