import { z } from 'astro/zod';
import {
	draftSchema,
	lastReviewedSchema,
	webUrlSchema,
	requireSourcesUnlessDraft,
	partialDateSchema,
	slugSchema,
	sourcesSchema,
	textSchema,
	needsTranslationSchema,
} from './common.ts';

/**
 * How a country answers drug use; a country can have several. `drug-treatment-court`: special
 * courts that lead treatment (Ireland, the United States); `court-supervised-programme`: a
 * sentence with treatment that the ordinary courts follow up (Norway); `treatment-orders`:
 * treatment and testing orders any court can give (Scotland); `decriminalisation`: using drugs
 * is no longer a crime (Portugal).
 */
export const countryModelValues = [
	'drug-treatment-court',
	'court-supervised-programme',
	'treatment-orders',
	'decriminalisation',
] as const;

const modelSchema = z.enum(countryModelValues, {
	error: `expected one of: ${countryModelValues.join(', ')}`,
});

/** A figure that may be unknown, or not apply at all, and is as old as its source. */
export const countryFigureSchema = z
	.union(
		[
			z.literal('unknown'),
			z.literal('not-applicable'),
			z.strictObject({
				/** The number, as the source gives it. */
				value: z
					.number({ error: 'expected a whole number' })
					.int({ error: 'expected a whole number' })
					.nonnegative({ error: 'cannot be negative' }),
				/** When the figure is from, as precisely as the source says: `2017`, `2024-12`. */
				asOf: partialDateSchema,
				/** What the number counts, or how sure it is, in a few words: "for now", "funded by the state". */
				qualifier: textSchema.optional(),
			}),
		],
		{
			error:
				'expected a figure like { value: 14, asOf: 2017 }, or unknown (no source gives one), or not-applicable (the country has none by design)',
		},
	)
	// A choice between two words and a figure with a date: Decap CMS has no widget for such a
	// choice, so the form keeps the file's value unchanged and editors change it in the file.
	.meta({ editInFile: true });

/** One point of a figure over time, with its own source. */
export const seriesPointSchema = z.strictObject({
	/** The year the figure is for. */
	year: z
		.number({ error: 'expected a year like 2019' })
		.int({ error: 'expected a year like 2019' })
		.min(1900, { error: 'expected a year like 2019' })
		.max(2100, { error: 'expected a year like 2019' })
		.meta({ title: 'År', description: 'Året tallet gjelder, for eksempel 2019.' }),
	/** How the year is written when it is not a calendar year, e.g. `2023–24`. Optional. */
	label: textSchema.optional().meta({
		title: 'Årstekst',
		description:
			'Hvordan året skrives når det ikke er et kalenderår, for eksempel 2023–24. Kan stå tom.',
	}),
	/** The figure for that year. */
	value: z
		.number({ error: 'expected a number' })
		.nonnegative({ error: 'cannot be negative' })
		.meta({ title: 'Tall', description: 'Tallet for det året, slik kilden oppgir det.' }),
	/** The page that gives this point; it must also be in the snapshot's `sources`. */
	source: webUrlSchema.meta({
		title: 'Kilde',
		description: 'Adressen til siden som gir tallet. Den må også stå i landets kildeliste.',
	}),
	/** A short note shown with the point, e.g. "Oslo and Bergen only". Optional. */
	note: textSchema.optional().meta({
		title: 'Merknad',
		description:
			'En kort merknad som vises med tallet, for eksempel «bare Oslo og Bergen». Kan stå tom.',
	}),
});

/** A figure over time, drawn as a chart with a table of its numbers. */
export const countrySeriesSchema = z.strictObject({
	/** Stable id, the same in every language, e.g. `nd-sentences`. */
	id: slugSchema.meta({
		title: 'Id',
		description: 'Et fast navn på engelsk, likt på alle språk, for eksempel nd-sentences.',
	}),
	/** What the figure is, as the chart's heading: "Drug court sentences started per year". */
	title: textSchema.meta({
		title: 'Tittel',
		description: 'Hva tallene viser, som overskrift på grafen: «Nye ND-dommer per år».',
	}),
	/** The points, oldest first. */
	points: z
		.array(seriesPointSchema)
		.min(2, { error: 'a series needs at least two points' })
		.meta({ title: 'Tall per år', description: 'Minst to tall, det eldste først.' }),
});

/** One dated event in a timeline. */
export const timelineEventSchema = z.strictObject({
	/** When it happened, as precisely as the source says: `2006`, `2006-01` or `2006-01-01`. */
	date: partialDateSchema.meta({
		title: 'Dato',
		description: 'Når det skjedde, så nøyaktig som kilden sier: 2006, 2006-01 eller 2006-01-01.',
	}),
	/** What happened, in one short line. */
	title: textSchema.meta({
		title: 'Hva skjedde',
		description: 'Hva som skjedde, på én kort linje.',
	}),
	/** A sentence or two more. Optional. */
	description: textSchema.optional().meta({
		title: 'Mer om det',
		description: 'En setning eller to til. Kan stå tom.',
	}),
});

/**
 * Frontmatter of a country snapshot: `content/countries/<locale>/<name>.mdx`, named after the
 * country in English (`norway.mdx`). News items refer to countries by that file name. The MDX body
 * is the summary.
 */
export const countrySchema = z
	.strictObject({
		/** The country's name in this language. */
		name: textSchema.meta({ title: 'Navn', description: 'Landets navn på dette språket.' }),
		/** ISO 3166 code: two letters (`NO`, `PT`), or a subdivision such as `GB-SCT` for Scotland. */
		code: z
			.string({ error: 'expected an ISO country code like "NO"' })
			.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, {
				error: 'expected an ISO country code in capitals, like "NO", or "GB-SCT" for Scotland',
			})
			.meta({
				title: 'Landkode',
				description: 'ISO-koden med store bokstaver: NO, PT, eller GB-SCT for Skottland.',
			}),
		/** One or two sentences for lists and search results. */
		description: textSchema.max(200, { error: 'keep the description under 200 characters' }).meta({
			title: 'Beskrivelse',
			description: 'Én eller to setninger som vises i lister og søketreff. Høyst 200 tegn.',
		}),
		/** The page's address in this language. Default: the file name. */
		slug: slugSchema.optional().meta({
			title: 'Adresse',
			description:
				'Siste del av nettadressen på dette språket, for eksempel portugal: små bokstaver a–z, tall og bindestrek. Tom: filnavnet brukes.',
		}),
		/**
		 * When the snapshot's newest figure is from, as precisely as the source says: `2019`,
		 * `2024-12`. Not the day the page was reviewed (that is `lastReviewed`).
		 */
		snapshotDate: partialDateSchema.meta({
			title: 'Tallene er fra',
			description:
				'Når det nyeste tallet på siden er fra, så nøyaktig som kilden sier: 2019 eller 2024-12. Ikke dagen du sjekket siden.',
		}),
		/** How many treatment courts there are, with the date of the figure. Never a guess. */
		treatmentCourts: countryFigureSchema,
		/** The year the country's model started, or `null` when unknown. */
		yearStarted: z
			.number({ error: 'expected a year like 2006, or null when unknown' })
			.int({ error: 'expected a year like 2006' })
			.min(1900, { error: 'expected a year like 2006' })
			.max(2100, { error: 'expected a year like 2006' })
			.nullable()
			.meta({
				title: 'Startår',
				description: 'Året landets ordning startet. La stå tom når ingen kilde sier det.',
			}),
		/** The country's model or models: one value or a list. */
		model: z
			.union([modelSchema, z.array(modelSchema).min(1, { error: 'name at least one model' })], {
				error: `expected one of, or a list of: ${countryModelValues.join(', ')}`,
			})
			.transform((value) => (Array.isArray(value) ? value : [value]))
			.meta({
				title: 'Ordning',
				description:
					'Hvordan landet møter rusbruk. drug-treatment-court: egne domstoler som leder behandlingen. court-supervised-programme: en dom med behandling som de vanlige domstolene følger opp (Norge). treatment-orders: behandlingspålegg alle domstoler kan gi. decriminalisation: bruk er ikke lenger straffbart (Portugal).',
			}),
		/** Figures over time, drawn as charts. Default: none. */
		series: z.array(countrySeriesSchema, { error: 'expected a list of series' }).default([]).meta({
			title: 'Tall over tid',
			description: 'Tall over flere år, vist som graf og tabell.',
		}),
		/** Key dates, oldest first; shown as a timeline. */
		keyDates: z
			.array(timelineEventSchema, { error: 'expected a list of dated events' })
			.default([])
			.meta({
				title: 'Viktige datoer',
				description: 'Viktige hendelser, den eldste først. Vises som en tidslinje.',
			}),
		/**
		 * Legal changes (file names in `content/legal-changes/`) that the timeline
		 * mentions: their status is shown with it. Default: none.
		 */
		legalChanges: z
			.array(slugSchema, { error: 'expected a list of file names, like [rules-2025]' })
			.default([])
			.meta({
				title: 'Lovendringer',
				description: 'Lovendringer som tidslinjen nevner. Statusen deres vises sammen med dem.',
				references: 'legalChanges',
			}),
		/** Where the snapshot's facts come from. */
		sources: sourcesSchema,
		/** The day an editor last checked every fact against its sources. */
		lastReviewed: lastReviewedSchema,
		draft: draftSchema,
		/** Not translated yet: readers see the source-language text with a notice. */
		needsTranslation: needsTranslationSchema,
	})
	.superRefine(requireSourcesUnlessDraft);

export type CountryData = z.infer<typeof countrySchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type CountryFigure = z.infer<typeof countryFigureSchema>;
export type CountrySeries = z.infer<typeof countrySeriesSchema>;
export type CountryModel = (typeof countryModelValues)[number];
