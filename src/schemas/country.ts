import { z } from 'astro/zod';
import {
	dateSchema,
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
export const countryFigureSchema = z.union(
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
);

/** One point of a figure over time, with its own source. */
export const seriesPointSchema = z.strictObject({
	/** The year the figure is for. */
	year: z
		.number({ error: 'expected a year like 2019' })
		.int({ error: 'expected a year like 2019' })
		.min(1900, { error: 'expected a year like 2019' })
		.max(2100, { error: 'expected a year like 2019' }),
	/** How the year is written when it is not a calendar year, e.g. `2023–24`. Optional. */
	label: textSchema.optional(),
	/** The figure for that year. */
	value: z.number({ error: 'expected a number' }).nonnegative({ error: 'cannot be negative' }),
	/** The page that gives this point; it must also be in the snapshot's `sources`. */
	source: webUrlSchema,
	/** A short note shown with the point, e.g. "Oslo and Bergen only". Optional. */
	note: textSchema.optional(),
});

/** A figure over time, drawn as a chart with a table of its numbers. */
export const countrySeriesSchema = z.strictObject({
	/** Stable id, the same in every language, e.g. `nd-sentences`. */
	id: slugSchema,
	/** What the figure is, as the chart's heading: "Drug court sentences started per year". */
	title: textSchema,
	/** The points, oldest first. */
	points: z.array(seriesPointSchema).min(2, { error: 'a series needs at least two points' }),
});

/** One dated event in a timeline. */
export const timelineEventSchema = z.strictObject({
	/** When it happened, as precisely as the source says: `2006`, `2006-01` or `2006-01-01`. */
	date: partialDateSchema,
	/** What happened, in one short line. */
	title: textSchema,
	/** A sentence or two more. Optional. */
	description: textSchema.optional(),
});

/**
 * Frontmatter of a country snapshot: `content/countries/<locale>/<name>.mdx`, named after the
 * country in English (`norway.mdx`). News items refer to countries by that file name. The MDX body
 * is the summary.
 */
export const countrySchema = z
	.strictObject({
		/** The country's name in this language. */
		name: textSchema,
		/** ISO 3166 code: two letters (`NO`, `PT`), or a subdivision such as `GB-SCT` for Scotland. */
		code: z
			.string({ error: 'expected an ISO country code like "NO"' })
			.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, {
				error: 'expected an ISO country code in capitals, like "NO", or "GB-SCT" for Scotland',
			}),
		/** One or two sentences for lists and search results. */
		description: textSchema.max(200, { error: 'keep the description under 200 characters' }),
		/** The page's address in this language. Default: the file name. */
		slug: slugSchema.optional(),
		/**
		 * When the snapshot's newest figure is from, as precisely as the source says: `2019`,
		 * `2024-12`. Not the day the page was reviewed (that is `lastReviewed`).
		 */
		snapshotDate: partialDateSchema,
		/** How many treatment courts there are, with the date of the figure. Never a guess. */
		treatmentCourts: countryFigureSchema,
		/** The year the country's model started, or `null` when unknown. */
		yearStarted: z
			.number({ error: 'expected a year like 2006, or null when unknown' })
			.int({ error: 'expected a year like 2006' })
			.min(1900, { error: 'expected a year like 2006' })
			.max(2100, { error: 'expected a year like 2006' })
			.nullable(),
		/** The country's model or models: one value or a list. */
		model: z
			.union([modelSchema, z.array(modelSchema).min(1, { error: 'name at least one model' })], {
				error: `expected one of, or a list of: ${countryModelValues.join(', ')}`,
			})
			.transform((value) => (Array.isArray(value) ? value : [value])),
		/** Figures over time, drawn as charts. Default: none. */
		series: z.array(countrySeriesSchema, { error: 'expected a list of series' }).default([]),
		/** Key dates, oldest first; shown as a timeline. */
		keyDates: z
			.array(timelineEventSchema, { error: 'expected a list of dated events' })
			.default([]),
		/**
		 * Legal changes (file names in `content/legal-changes/`) that the timeline
		 * mentions: their status is shown with it. Default: none.
		 */
		legalChanges: z
			.array(slugSchema, { error: 'expected a list of file names, like [rules-2025]' })
			.default([]),
		/** Where the snapshot's facts come from. */
		sources: sourcesSchema,
		/** The day an editor last checked every fact against its sources. */
		lastReviewed: dateSchema,
		/** `true` keeps the snapshot off the site while it is being written. Default: `false`. */
		draft: z.boolean({ error: 'expected true or false' }).default(false),
		/** Not translated yet: readers see the source-language text with a notice. */
		needsTranslation: needsTranslationSchema,
	})
	.superRefine(requireSourcesUnlessDraft);

export type CountryData = z.infer<typeof countrySchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type CountryFigure = z.infer<typeof countryFigureSchema>;
export type CountrySeries = z.infer<typeof countrySeriesSchema>;
export type CountryModel = (typeof countryModelValues)[number];
