import { z } from 'astro/zod';
import {
	dateSchema,
	draftSchema,
	lastReviewedSchema,
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
		title: textSchema.meta({
			title: 'Overskrift',
			description: 'Kort og konkret: hva skjedde? Høyst 90 tegn.',
		}),
		/** A one- or two-sentence summary, shown in lists and the RSS feed. */
		description: textSchema.max(300, { error: 'keep the summary under 300 characters' }).meta({
			title: 'Sammendrag',
			description:
				'Én eller to setninger som vises i nyhetslisten og RSS-strømmen. Høyst 300 tegn.',
		}),
		/** The day the news happened or was reported. News lists are sorted by it, newest first. */
		date: dateSchema.meta({
			title: 'Dato',
			description: 'Dagen det skjedde eller ble kjent. Nyhetene sorteres etter den, nyeste først.',
		}),
		/** The page's address in this language. Default: the file name. */
		slug: slugSchema.optional().meta({
			title: 'Adresse',
			description:
				'Siste del av nettadressen på dette språket: små bokstaver a–z, tall og bindestrek (skriv æ, ø, å som ae, o, a). Tom: filnavnet brukes.',
		}),
		/** File names of the country snapshots this item is about, e.g. `[norway, portugal]`. */
		countries: z
			.array(slugSchema, {
				error: 'expected a list of country file names, like [norway, portugal]',
			})
			.min(1, { error: 'name at least one country, like [norway]' })
			.meta({
				title: 'Land',
				description: 'Landet eller landene nyheten handler om. Nyheten vises på landenes sider.',
				references: 'countries',
			}),
		/**
		 * Legal changes (file names in `content/legal-changes/`) that the summary
		 * mentions: their status is shown with it. Default: none.
		 */
		legalChanges: z
			.array(slugSchema, { error: 'expected a list of file names, like [rules-2025]' })
			.default([])
			.meta({
				title: 'Lovendringer',
				description:
					'Lovendringer som sammendraget nevner. Statusen deres (foreslått, vedtatt, i kraft) vises sammen med nyheten.',
				references: 'legalChanges',
			}),
		/** Short topic words shown with the item. Default: none. */
		tags: z.array(textSchema, { error: 'expected a list of tags' }).default([]).meta({
			title: 'Stikkord',
			description: 'Korte emneord som vises med nyheten, for eksempel Portugal eller rusreform.',
		}),
		/** The original articles and documents, with publisher and date. */
		sources: sourcesSchema,
		/** The day an editor last checked the item against its sources. */
		lastReviewed: lastReviewedSchema,
		draft: draftSchema,
		/** Not translated yet: readers see the source-language text with a notice. */
		needsTranslation: needsTranslationSchema,
	})
	.superRefine(requireSourcesUnlessDraft);

export type NewsData = z.infer<typeof newsSchema>;
