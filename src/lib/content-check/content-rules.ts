import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../i18n/locales.ts';
import { uiStringsSchema } from '../../i18n/schema.ts';
import { counties, serviceCategoryValues } from '../../schemas/service.ts';
import type { Flow } from '../../schemas/flow.ts';
import type { PlannedTwin, TwinnableEntry } from '../i18n/twins.ts';
import { openDataFiles } from '../open-data/licence.ts';
import { explainerFlow, listRoutes, type Route } from '../routing/route-table.ts';
import type { ContentProblem } from './friendly-errors.ts';
import { quoteValue } from './friendly-errors.ts';
import { isPublishedFile } from './publication.ts';
import { plannedTwin, type RawEntry, type ValidEntry } from './read-content.ts';

// Rules on single fields that no schema can know: dates that cannot be in the future yet, how
// long a title a reader takes in, and web addresses that should be https.

/** How far ahead a news item may be dated: it may be written a little before the day. */
const newsDaysAhead = 3;

/** The longest title and summary readers take in, in search results and on phones. */
export const lengthLimits = { title: 90, description: 300 } as const;

/** A date as an editor writes it: 2026-12-07. */
export const dayKey = (date: Date) => date.toISOString().slice(0, 10);
const earliestDay = (partialDate: string) => {
	const [year, month = '01', day = '01'] = partialDate.split('-');
	return `${year}-${month}-${day}`;
};

/** Dates in the future, and titles and summaries too long to read, across all content. */
export function dateAndLengthProblems(entries: ValidEntry[], today: Date): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const todayKey = dayKey(today);
	const fail = (entry: ValidEntry, field: string, message: string, found: unknown) =>
		problems.push({
			severity: 'error',
			file: entry.file,
			field,
			message,
			found: quoteValue(found),
		});
	for (const entry of entries) {
		const data = entry.parsed;
		for (const field of ['lastReviewed', 'compiledOn', 'checkedOn'] as const) {
			const value = data[field];
			if (value instanceof Date && dayKey(value) > todayKey)
				fail(
					entry,
					field,
					`is in the future; write the day the facts were checked (today is ${todayKey} or earlier)`,
					value,
				);
		}
		if (typeof data.snapshotDate === 'string' && earliestDay(data.snapshotDate) > todayKey)
			fail(
				entry,
				'snapshotDate',
				'is in the future; it is the date of the figures, which must already exist',
				data.snapshotDate,
			);
		if (typeof data.asOf === 'string' && earliestDay(data.asOf) > todayKey)
			fail(
				entry,
				'asOf',
				'is in the future; it is the date of the newest source that states the status',
				data.asOf,
			);
		if (typeof data.yearStarted === 'number' && data.yearStarted > today.getUTCFullYear())
			fail(
				entry,
				'yearStarted',
				`is after this year (${today.getUTCFullYear()}); write the year the model started`,
				data.yearStarted,
			);
		if (entry.collection === 'news' && data.date instanceof Date) {
			const latest = new Date(today.getTime() + newsDaysAhead * 24 * 60 * 60 * 1000);
			if (dayKey(data.date) > dayKey(latest))
				fail(
					entry,
					'date',
					`is more than ${newsDaysAhead} days ahead; date a news item on the day it happened or was reported`,
					data.date,
				);
		}
		for (const [field, limit] of Object.entries(lengthLimits)) {
			const value = data[field];
			if (typeof value === 'string' && value.length > limit)
				problems.push({
					severity: 'error',
					file: entry.file,
					field,
					message: `is ${value.length} characters; keep it to ${limit} or fewer, so readers take it in at a glance`,
				});
		}
	}
	return problems;
}

/** Every web address in an entry's data, with its field. */
function addressesIn(value: unknown, path: string[] = []): { field: string; url: string }[] {
	if (typeof value === 'string')
		return /^https?:\/\//.test(value) ? [{ field: path.join('.'), url: value }] : [];
	if (Array.isArray(value))
		return value.flatMap((item, index) => addressesIn(item, [...path, String(index)]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => addressesIn(item, [...path, key]));
	return [];
}

/** A web address's site, without "www.", for comparing how a site is cited. */
export const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** The sites the content cites with https:// somewhere (in any field of any file). */
export function secureHosts(entries: { data?: unknown }[]): Set<string> {
	return new Set(
		entries.flatMap((entry) =>
			addressesIn(entry.data)
				.filter((item) => item.url.startsWith('https://'))
				.flatMap((item) => {
					try {
						return [hostOf(item.url)];
					} catch {
						return [];
					}
				}),
		),
	);
}

/**
 * `http://` addresses: an error when the same site is cited elsewhere with `https://` (so it has
 * https), else a warning, since some old sites have no https.
 */
export function webAddressProblems(entries: ValidEntry[]): ContentProblem[] {
	const all = entries.flatMap((entry) =>
		addressesIn(entry.parsed).map((item) => ({ entry, ...item })),
	);
	const secure = secureHosts(entries.map((entry) => ({ data: entry.parsed })));
	return all
		.filter((item) => item.url.startsWith('http://'))
		.map(({ entry, field, url }) =>
			secure.has(hostOf(url))
				? {
						severity: 'error' as const,
						file: entry.file,
						field,
						message: `starts with http://, but ${hostOf(url)} is cited elsewhere with https://; write https:// (readers' browsers may refuse the insecure address)`,
						found: quoteValue(url),
					}
				: {
						severity: 'warning' as const,
						file: entry.file,
						field,
						message: 'starts with http://; use https:// if the site has it',
						found: quoteValue(url),
					},
		);
}

/**
 * The site's pages as the build will list them (src/lib/routing/route-table.ts), from the files it
 * would publish: for the content check, and for the browser tests' choice of pages.
 */
export function contentRoutes(entries: ValidEntry[], raw: RawEntry[]): Route[] {
	const published = (collection: ValidEntry['collection']) =>
		entries.filter(
			(entry) => entry.collection === collection && isPublishedFile(entry.parsed, entry.locale),
		);
	const twins = (collection: 'pages' | 'news' | 'countries'): TwinnableEntry[] =>
		published(collection).map((entry) => ({
			id: `${entry.locale}/${entry.key}`,
			data: entry.parsed as TwinnableEntry['data'],
		}));
	// A flow with mistakes has its own messages; without it, links into the explainer cannot be checked.
	const flow = (entries.find(
		(entry) => entry.collection === 'flows' && entry.key === `${explainerFlow}/flow`,
	)?.parsed ?? { questions: {}, outcomes: {} }) as unknown as Flow;
	// A twin not yet published holds little more than its address, so it does not pass its schema:
	// its address is read from the file as written, by the rule the build uses (plannedTwin()).
	const planned = (collection: 'pages' | 'news' | 'countries'): PlannedTwin[] =>
		raw.flatMap((entry) => {
			const twin =
				entry.collection === collection
					? plannedTwin(`${entry.locale}/${entry.key}`, entry.data)
					: undefined;
			return twin ? [twin] : [];
		});
	return listRoutes({
		pages: twins('pages'),
		news: twins('news'),
		countries: twins('countries'),
		plannedTwins: {
			pages: planned('pages'),
			news: planned('news'),
			countries: planned('countries'),
		},
		services: published('services').map((entry) => entry.key),
		flow,
		counties,
		categories: serviceCategoryValues,
	}) as Route[];
}

/**
 * Every address on the site a Markdown link may point to: the pages and the open data files.
 * Addresses are without the deploy base, as editors write them.
 */
export function sitePaths(routes: Route[]): Set<string> {
	return new Set([
		...Object.values(openDataFiles).map((file) => `/${file}/`),
		...routes.map((route) => route.path),
	]);
}

/** The UI string files, checked like content: a missing string names the key and the file. */
export function uiStringProblems(projectRoot = process.cwd()): ContentProblem[] {
	return localeCodes.flatMap((locale): ContentProblem[] => {
		const file = `src/i18n/${locale}.json`;
		let strings: unknown;
		try {
			strings = JSON.parse(readFileSync(join(projectRoot, file), 'utf8'));
		} catch (error) {
			return [{ severity: 'error', file, message: `cannot be read: ${(error as Error).message}` }];
		}
		const result = uiStringsSchema.safeParse(strings);
		if (result.success) return [];
		return result.error.issues.flatMap((issue): ContentProblem[] =>
			issue.code === 'unrecognized_keys'
				? issue.keys.map((key) => ({
						severity: 'error',
						file,
						field: key,
						message:
							'is not a UI string the site knows; declare it in src/i18n/schema.ts or remove it',
					}))
				: [
						{
							severity: 'error',
							file,
							field: issue.path.join('.'),
							message:
								issue.message === 'expected text'
									? 'is missing; add this UI string'
									: issue.message,
						},
					],
		);
	});
}
