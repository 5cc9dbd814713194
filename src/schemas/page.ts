import { z } from 'astro/zod';
import {
	draftSchema,
	lastReviewedSchema,
	reviewSchema,
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
		title: textSchema.meta({
			title: 'Tittel',
			description: 'Sidens overskrift. Kort, og med ordene leserne bruker.',
		}),
		/** One or two sentences for search engines, link previews and search results. */
		description: textSchema.max(200, { error: 'keep the description under 200 characters' }).meta({
			title: 'Beskrivelse',
			description:
				'Én eller to setninger som vises i søketreff og når siden deles. Høyst 200 tegn.',
		}),
		/** The page's address in this language, e.g. `narkotikaprogrammet`. Default: the file name. */
		slug: slugSchema.optional().meta({
			title: 'Adresse',
			description:
				'Siste del av nettadressen på dette språket, for eksempel narkotikaprogrammet: små bokstaver a–z, tall og bindestrek. Tom: filnavnet brukes.',
		}),
		/** The day an editor last checked every fact on the page against its sources. */
		lastReviewed: lastReviewedSchema,
		/** Where the page's facts come from; listed at the foot of the page. */
		sources: sourcesSchema,
		/** Who the page is for. Default: `public`. */
		audience: z
			.enum(audienceValues, { error: `expected one of: ${audienceValues.join(', ')}` })
			.default('public')
			.meta({
				title: 'Målgruppe',
				description:
					'Hvem siden er skrevet for. Sider for tiltalte og pårørende må være ekstra lette å lese.',
			}),
		/** Show the "general information, not legal advice" notice. Default: `false`. */
		legalNotice: z.boolean({ error: 'expected true or false' }).default(false).meta({
			title: 'Vis merknad om juridisk råd',
			description:
				'Slå på for sider om rettigheter og straffesaker: siden sier da at den gir generell informasjon, ikke juridisk råd.',
		}),
		/**
		 * Shows the "Do you need help now?" box with the emergency numbers under the title. Pages for
		 * defendants and families always have it. Default: `false`.
		 */
		urgentHelp: z.boolean({ error: 'expected true or false' }).default(false).meta({
			title: 'Vis nødnumrene øverst',
			description:
				'Slå på for å vise boksen «Trenger du hjelp nå?» med nødnumrene øverst på siden. Sider for tiltalte og pårørende har den alltid.',
		}),
		/**
		 * Include the page's statements in the review pack for a defence lawyer (`npm run
		 * review-pack`): for pages that tell defendants about their rights. Default: `false`.
		 */
		legalReview: z.boolean({ error: 'expected true or false' }).default(false).meta({
			title: 'Med i gjennomgangen for advokat',
			description:
				'Slå på for sider om rettigheter i straffesaker: da kommer alle setningene på siden med i gjennomgangspakken for en forsvarer (npm run review-pack).',
		}),
		/** Reviews that happened, with the reviewer's role and the date. Default: none. */
		reviews: z.array(reviewSchema).default([]).meta({
			title: 'Gjennomganger',
			description:
				'Bare gjennomganger som faktisk er gjort: hvem (rolle), når og hva. Siden viser dem. Skriv ingen før den er gjort.',
		}),
		draft: draftSchema,
		/** Not translated yet: readers see the source-language text with a notice. */
		needsTranslation: needsTranslationSchema,
	})
	.superRefine(requireSourcesUnlessDraft);

export type PageData = z.infer<typeof pageSchema>;
