import { z } from 'astro/zod';
import {
	dateSchema,
	requireSourcesUnlessDraft,
	partialDateSchema,
	slugSchema,
	sourcesSchema,
	textSchema,
} from './common.ts';

/** How a country answers drug use: drug treatment courts, decriminalisation of use, or both. */
export const countryModelValues = ['drug-treatment-court', 'decriminalisation', 'both'] as const;

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
		/** When the snapshot's figures are from, as precisely as the source says: `2017-01-01`, `2021`. */
		snapshotDate: partialDateSchema,
		/** Number of drug treatment courts, or `null` when no source gives it. Never a guess. */
		treatmentCourts: z
			.number({ error: 'expected a whole number, or null when unknown' })
			.int({ error: 'expected a whole number' })
			.nonnegative({ error: 'cannot be negative; write null when unknown' })
			.nullable(),
		/** The year the country's model started, or `null` when unknown. */
		yearStarted: z
			.number({ error: 'expected a year like 2006, or null when unknown' })
			.int({ error: 'expected a year like 2006' })
			.min(1900, { error: 'expected a year like 2006' })
			.max(2100, { error: 'expected a year like 2006' })
			.nullable(),
		/** The country's model. */
		model: z.enum(countryModelValues, {
			error: `expected one of: ${countryModelValues.join(', ')}`,
		}),
		/** Key dates, oldest first; shown as a timeline. */
		keyDates: z
			.array(timelineEventSchema, { error: 'expected a list of dated events' })
			.default([]),
		/** Where the snapshot's facts come from. */
		sources: sourcesSchema,
		/** The day an editor last checked every fact against its sources. */
		lastReviewed: dateSchema,
		/** `true` keeps the snapshot off the site while it is being written. Default: `false`. */
		draft: z.boolean({ error: 'expected true or false' }).default(false),
	})
	.superRefine(requireSourcesUnlessDraft);

export type CountryData = z.infer<typeof countrySchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
