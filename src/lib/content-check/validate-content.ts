import { extname, join, relative } from 'node:path';
import {
	defaultLocale,
	isLocale,
	localeCodes,
	textLocaleFor,
	type Locale,
} from '../../i18n/locales.ts';
import {
	collectionSources,
	isPlainMarkdown,
	type CollectionName,
} from '../../schemas/collections.ts';
import type { CountryData, CountryFigure } from '../../schemas/country.ts';
import { snapshotSortKey } from '../countries/snapshot.ts';
import type { Flow, FlowText } from '../../schemas/flow.ts';
import { flowProblems, flowTextProblems } from '../flow/graph.ts';
import { criteriaProblems, criteriaTextProblems } from '../flow/criteria.ts';
import type { FlowCriteria } from '../../schemas/flow-criteria.ts';
import type { NewsData } from '../../schemas/news.ts';
import type { ServiceData } from '../../schemas/service.ts';
import {
	editorErrorMap,
	problemsFromIssues,
	quoteValue,
	type ContentProblem,
} from './friendly-errors.ts';
import { checkBody, type BodyContext } from './check-bodies.ts';
import {
	dateAndLengthProblems,
	dayKey,
	contentRoutes,
	secureHosts,
	sitePaths,
	uiStringProblems,
	webAddressProblems,
} from './content-rules.ts';
import { readContent, type RawEntry, type ValidEntry } from './read-content.ts';
import { addressClashes, type Route, type Template } from '../routing/route-table.ts';
import {
	changesMentioned,
	isStatusStale,
	statusBuildWarningMonths,
} from '../content/legal-changes.ts';
import { localized } from '../i18n/localized-text.ts';
import { elementsIn } from './mdx-body.ts';
import type { LegalChangeData } from '../../schemas/legal-change.ts';
import { isDraft, isPublishedFile, isUntranslated, isUnwrittenTwin } from './publication.ts';

function schemaFields(schema: unknown): string[] {
	const shape = (schema as { shape?: Record<string, unknown> }).shape;
	return shape ? Object.keys(shape) : [];
}

/**
 * Schema issues a draft or an untranslated twin may have: a field not filled in yet (absent, or
 * written empty), or a list still empty.
 */
function isUnwritten(problem: ContentProblem, data: unknown): boolean {
	const value = problem.field
		?.split('.')
		.reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], data);
	return (
		(problem.field !== undefined &&
			(value === undefined || value === '' || (Array.isArray(value) && value.length === 0))) ||
		/^(is required but missing|must not be empty|expected at least|needs at least|name at least)/.test(
			problem.message,
		)
	);
}

/**
 * Applies each collection's schema to its files. A draft or an untranslated twin may leave fields
 * empty: those are listed as warnings to fill in before it is published, not as errors.
 */
function checkSchemas(entries: RawEntry[], problems: ContentProblem[]): ValidEntry[] {
	const valid: ValidEntry[] = [];
	for (const entry of entries) {
		if (entry.data === undefined) continue;
		const schema = collectionSources[entry.collection].schema;
		const result = schema.safeParse(entry.data ?? {}, { error: editorErrorMap });
		if (result.success) {
			valid.push({ ...entry, parsed: result.data as Record<string, unknown> });
			continue;
		}
		const found = problemsFromIssues(
			entry.file,
			entry.data,
			result.error.issues,
			schemaFields(schema),
		);
		problems.push(
			...found.flatMap((problem): ContentProblem[] => {
				if (isPublishedFile(entry.data, entry.locale) || !isUnwritten(problem, entry.data))
					return [problem];
				// A twin not translated yet is one warning, from the twin check, not one per field.
				if (!isDraft(entry.data)) return [];
				return [
					{
						...problem,
						severity: 'warning',
						message: `${problem.message} (fill it in before removing "draft: true")`,
					},
				];
			}),
		);
	}
	return valid;
}

/** Every file in a localised collection should have a twin with the same name in every locale. */
function checkTwins(
	entries: RawEntry[],
	contentDir: string,
	projectRoot: string,
	problems: ContentProblem[],
): void {
	for (const [collection, source] of Object.entries(collectionSources)) {
		if (!source.localized) continue;
		const inCollection = entries.filter((entry) => entry.collection === collection);
		for (const key of new Set(inCollection.map((entry) => entry.key))) {
			const present = inCollection.filter((entry) => entry.key === key);
			// The editors' form pairs twins by file name and shows .mdx files only.
			for (const entry of present.filter(
				(item) => extname(item.file) !== extname(present[0]!.file),
			))
				problems.push({
					severity: 'warning',
					file: entry.file,
					message: `is ${extname(entry.file)} but its twin ${present[0]!.file} is ${extname(present[0]!.file)}; give twins the same extension (.mdx, if any of them uses a component), so the form at /admin/ shows them as one entry`,
				});
			const translated = present.filter((entry) => !isUntranslated(entry.data, entry.locale));
			const shownTo = (locale: Locale) =>
				textLocaleFor(locale, (candidate) =>
					translated.some((entry) => entry.locale === candidate),
				) ?? present[0]!.locale;
			for (const locale of localeCodes) {
				const own = present.find((entry) => entry.locale === locale);
				if (own && isUnwrittenTwin(own.data, own.locale)) {
					problems.push({
						severity: 'warning',
						file: own.file,
						message: `has no text of its own yet (no title, name or description), so it is not published; readers of "${locale}" see the ${shownTo(locale)} text with a notice until it is translated`,
					});
					continue;
				}
				if (own && isUntranslated(own.data, own.locale)) {
					problems.push({
						severity: 'warning',
						file: own.file,
						field: 'needsTranslation',
						message: `is not translated yet; readers of "${locale}" see the ${shownTo(locale)} text with a notice until it is translated and this line is removed`,
					});
					continue;
				}
				if (own) continue;
				const shown = present.find((entry) => entry.locale === shownTo(locale)) ?? present[0]!;
				problems.push({
					severity: 'warning',
					file: relative(
						projectRoot,
						join(contentDir, source.base, locale, `${key}${extname(shown.file)}`),
					),
					message: `missing twin of ${shown.file}; readers of "${locale}" see the ${shownTo(locale)} text with a notice until it is translated`,
				});
			}
		}
	}
}

/** How a message names one of the site's own pages, by its template. */
const sitePageNames: Partial<Record<Template, string>> = {
	home: 'home page',
	countries: 'country comparison',
	newsList: 'news list',
	directory: 'list of services',
	county: 'list of services in a county',
	category: 'list of services in a category',
	explainer: 'pathway explainer',
	explainerStep: 'pathway explainer',
	countyOutcome: 'pathway explainer',
	search: 'search page',
	rss: 'news feed',
};

/**
 * Every page needs an address of its own: two content files cannot share one, and a file cannot
 * take the address of one of the site's own pages (`/nb/sok/`, `/en/news/`). The route table the
 * build uses says which addresses clash, so this check and the build never disagree.
 */
function checkAddresses(entries: ValidEntry[], routes: Route[], problems: ContentProblem[]): void {
	const byFile = new Map(
		entries.map((entry) => [
			`${collectionSources[entry.collection].base}/${entry.locale}/${entry.key}`,
			entry,
		]),
	);
	for (const { path, routes: clashing } of addressClashes(routes)) {
		for (const route of clashing) {
			const entry = route.entryFile ? byFile.get(route.entryFile) : undefined;
			// A fallback page (another language's text) is reported where its own file is.
			if (!entry || route.locale !== entry.locale) continue;
			const slug = (entry.parsed.slug as string | undefined) ?? entry.key;
			const others = clashing.filter((other) => other !== route);
			const site = others.find((other) => !other.entryFile);
			const otherFile = others.map((other) => other.entryFile && byFile.get(other.entryFile))[0];
			problems.push({
				severity: 'error',
				file: entry.file,
				field: entry.parsed.slug ? 'slug' : undefined,
				message: site
					? `the address ${path} is the site's own ${sitePageNames[site.template] ?? `${site.template} page`}; choose another "slug"`
					: `the address ${path} is already used by ${otherFile ? otherFile.file : `content/${others[0]!.entryFile}`}; give one of them another "slug"`,
				found: quoteValue(slug),
			});
		}
	}
}

/** Services name their own file: `id` must equal the file name. */
function checkServiceIds(entries: ValidEntry[], problems: ContentProblem[]): void {
	for (const entry of entries.filter((item) => item.collection === 'services')) {
		const { id } = entry.parsed as unknown as ServiceData;
		if (id !== entry.key) {
			problems.push({
				severity: 'error',
				file: entry.file,
				field: 'id',
				message: `must equal the file name "${entry.key}"; rename the file or change the id`,
				found: quoteValue(id),
			});
		}
	}
}

/**
 * News items may only name countries that have a snapshot. A published item that names a draft
 * snapshot would fail when it is rendered, so that is an error too. The snapshots are known from
 * their files, even one with its own mistake, so one broken file gives one error.
 */
function checkNewsCountries(
	raw: RawEntry[],
	entries: ValidEntry[],
	problems: ContentProblem[],
): void {
	const countries = publicationByKey(raw, 'countries');
	for (const entry of entries.filter((item) => item.collection === 'news')) {
		(entry.parsed as unknown as NewsData).countries.forEach((code, index) => {
			const published = countries.get(code);
			if (published === undefined)
				problems.push({
					severity: 'error',
					file: entry.file,
					field: `countries.${index}`,
					message: `no country snapshot has this name; use the file name of one in content/countries/ (${[...countries.keys()].sort().join(', ') || 'none yet'})`,
					found: quoteValue(code),
				});
			else if (!published && !entry.parsed.draft)
				problems.push({
					severity: 'error',
					file: entry.file,
					field: `countries.${index}`,
					message: `${fileOfKey(raw, 'countries', code)} is a draft and not published; publish it (remove "draft: true"), or make this news item a draft too`,
					found: quoteValue(code),
				});
		});
	}
}

/** The file of an entry by its key, in the source language where there is one: `content/pages/nb/about.md`. */
function fileOfKey(raw: RawEntry[], collection: RawEntry['collection'], key: string): string {
	const twins = raw.filter((entry) => entry.collection === collection && entry.key === key);
	return (twins.find((entry) => entry.locale === defaultLocale) ?? twins[0])?.file ?? key;
}

/**
 * The files of a collection by key: `true` when published, `false` when a draft (as the
 * source-locale file says, or any file when there is none in the source locale).
 */
function publicationByKey(
	raw: RawEntry[],
	collection: RawEntry['collection'],
): Map<string, boolean> {
	const result = new Map<string, boolean>();
	for (const entry of raw.filter((item) => item.collection === collection)) {
		if (result.has(entry.key) && entry.locale !== defaultLocale) continue;
		result.set(entry.key, !isDraft(entry.data));
	}
	return result;
}

/**
 * Facts a text shares with its twins in the other languages: the editors' form fills them in once
 * for every language, and a reader of any language must get the same date, country or status.
 * (A country's figures and dates: `checkCountryFacts`.)
 */
const sharedFacts: Partial<Record<CollectionName, string[]>> = {
	news: ['date', 'countries', 'legalChanges'],
	pages: ['audience', 'legalNotice', 'urgentHelp'],
	countries: ['code', 'legalChanges'],
};

/** A shared fact as an editor writes it: a date as 2026-06-04, a list as ["norway"] (in any order). */
function factText(value: unknown): string {
	if (value === undefined || value === null) return 'none';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return JSON.stringify(value.map(String).sort());
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every translated twin states the shared facts of its Bokmål source, or the build says which. */
function checkSharedFacts(entries: ValidEntry[], problems: ContentProblem[]): void {
	for (const [collection, fields] of Object.entries(sharedFacts)) {
		const inCollection = entries.filter(
			(entry) => entry.collection === collection && !isUntranslated(entry.data, entry.locale),
		);
		for (const entry of inCollection) {
			if (entry.locale === localeCodes[0]) continue;
			const source = inCollection.find(
				(other) => other.key === entry.key && other.locale === localeCodes[0],
			);
			if (!source) continue;
			for (const field of fields) {
				const here = factText(entry.parsed[field]);
				const there = factText(source.parsed[field]);
				if (here === there) continue;
				problems.push({
					severity: 'error',
					file: entry.file,
					field,
					message: `is ${here} here but ${there} in ${source.file}; a fact shared by every language must be the same in each: correct the wrong one`,
				});
			}
		}
	}
}

/**
 * Characters a reader cannot see that still change the page: bidirectional controls reorder the
 * text after them (an unclosed right-to-left override turns a title, and what follows it in a
 * list, backwards), and zero-width characters split words so search and links miss them.
 */
const invisibleCharacters: Record<string, { name: string; reorders: boolean }> = {
	'\u061C': { name: 'Arabic letter mark', reorders: true },
	'\u200E': { name: 'left-to-right mark', reorders: true },
	'\u200F': { name: 'right-to-left mark', reorders: true },
	'\u202A': { name: 'left-to-right embedding', reorders: true },
	'\u202B': { name: 'right-to-left embedding', reorders: true },
	'\u202C': { name: 'pop directional formatting', reorders: true },
	'\u202D': { name: 'left-to-right override', reorders: true },
	'\u202E': { name: 'right-to-left override', reorders: true },
	'\u2066': { name: 'left-to-right isolate', reorders: true },
	'\u2067': { name: 'right-to-left isolate', reorders: true },
	'\u2068': { name: 'first strong isolate', reorders: true },
	'\u2069': { name: 'pop directional isolate', reorders: true },
	'\u200B': { name: 'zero-width space', reorders: false },
	'\u200C': { name: 'zero-width non-joiner', reorders: false },
	'\u200D': { name: 'zero-width joiner', reorders: false },
	'\u2060': { name: 'word joiner', reorders: false },
	'\uFEFF': { name: 'zero-width no-break space', reorders: false },
};
const invisiblePattern = new RegExp(`[${Object.keys(invisibleCharacters).join('')}]`);

function invisibleMessage(text: string): string | undefined {
	const character = invisiblePattern.exec(text)?.[0];
	if (!character) return undefined;
	const { name, reorders } = invisibleCharacters[character]!;
	const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return `has an invisible character (${code}, ${name})${reorders ? ' that changes how the text around it is shown' : ' that splits the word for search and links'}; delete it (moving the cursor through the text, it stops twice at the same place), or type the text again`;
}

/** No invisible characters in any field or in the text of any file. */
function checkInvisibleCharacters(entries: RawEntry[], problems: ContentProblem[]): void {
	const inData = (file: string, value: unknown, path: string[]): void => {
		if (typeof value === 'string') {
			const message = invisibleMessage(value);
			if (message) problems.push({ severity: 'error', file, field: path.join('.'), message });
		} else if (Array.isArray(value))
			value.forEach((item, index) => inData(file, item, [...path, String(index)]));
		else if (value && typeof value === 'object' && !(value instanceof Date))
			for (const [key, item] of Object.entries(value)) inData(file, item, [...path, key]);
	};
	for (const entry of entries) {
		inData(entry.file, entry.data, []);
		entry.body.split('\n').forEach((text, index) => {
			const message = invisibleMessage(text);
			if (message)
				problems.push({
					severity: 'error',
					file: entry.file,
					line: entry.bodyLine + index,
					message: `this line ${message}`,
				});
		});
	}
}

/** The language-neutral part of a figure: the number and its date, not its qualifier. */
function figureFacts(figure: CountryFigure): string {
	return typeof figure === 'string' ? figure : `${figure.value} (${figure.asOf})`;
}

/** A country's figures are facts, not text: every language must show the same ones. */
function checkCountryFacts(entries: ValidEntry[], problems: ContentProblem[]): void {
	const countries = entries.filter((entry) => entry.collection === 'countries');
	const facts: Record<string, (data: CountryData) => string> = {
		snapshotDate: (data) => data.snapshotDate,
		treatmentCourts: (data) => figureFacts(data.treatmentCourts),
		yearStarted: (data) => String(data.yearStarted),
		model: (data) => data.model.join(', '),
		keyDates: (data) => data.keyDates.map((event) => event.date).join(', '),
		series: (data) =>
			data.series
				.map(
					(series) =>
						`${series.id}: ${series.points.map((point) => `${point.year}=${point.value}`).join(' ')}`,
				)
				.join('; '),
	};
	for (const entry of countries) {
		if (entry.locale === localeCodes[0]) continue;
		const source = countries.find(
			(other) => other.key === entry.key && other.locale === localeCodes[0],
		);
		if (!source) continue;
		for (const [field, read] of Object.entries(facts)) {
			const here = read(entry.parsed as unknown as CountryData);
			const there = read(source.parsed as unknown as CountryData);
			if (here === there) continue;
			problems.push({
				severity: 'error',
				file: entry.file,
				field,
				message: `differs from ${source.file} (${there || 'none'}); the figures and dates must be the same in every language`,
				found: here || 'none',
			});
		}
	}
}

/**
 * `snapshotDate` is the date of a snapshot's figures: not older than any figure it shows, and not
 * newer than its newest dated source. Each point of a series names one of the snapshot's sources.
 */
function checkSnapshotDates(entries: ValidEntry[], problems: ContentProblem[]): void {
	for (const entry of entries.filter((item) => item.collection === 'countries')) {
		const data = entry.parsed as unknown as CountryData;
		const fail = (field: string, message: string, found?: string) =>
			problems.push({
				severity: 'error',
				file: entry.file,
				field,
				message,
				...(found ? { found } : {}),
			});
		const figureDates = [
			...(typeof data.treatmentCourts === 'string' ? [] : [data.treatmentCourts.asOf]),
			...data.series.flatMap((series) => series.points.map((point) => String(point.year))),
		];
		const newestFigure = figureDates
			.sort((a, b) => snapshotSortKey(a).localeCompare(snapshotSortKey(b)))
			.at(-1);
		if (newestFigure && snapshotSortKey(newestFigure) > snapshotSortKey(data.snapshotDate))
			fail(
				'snapshotDate',
				`is older than the newest figure the snapshot shows (${newestFigure}); set it to the date of the newest figure`,
				quoteValue(data.snapshotDate),
			);
		const sourceDates = data.sources.flatMap((item) => (item.date ? [item.date] : []));
		const newestSource = sourceDates
			.sort((a, b) => snapshotSortKey(a).localeCompare(snapshotSortKey(b)))
			.at(-1);
		if (newestSource && earliestDayKey(data.snapshotDate) > snapshotSortKey(newestSource))
			fail(
				'snapshotDate',
				`is later than the newest dated source (${newestSource}); it must be the date of the figures, not of the review (that is lastReviewed)`,
				quoteValue(data.snapshotDate),
			);
		const urls = new Set(data.sources.map((item) => item.url));
		data.series.forEach((series, seriesIndex) =>
			series.points.forEach((point, pointIndex) => {
				if (!urls.has(point.source))
					fail(
						`series.${seriesIndex}.points.${pointIndex}.source`,
						'is not one of the snapshot\'s sources; add it to "sources" with its title and publisher',
						quoteValue(point.source),
					);
			}),
		);
	}
}

/** The first day a partial date can mean, as a sortable key: `2021` → 2021-01-01. */
function earliestDayKey(partialDate: string): string {
	const [year, month = '01', day = '01'] = partialDate.split('-');
	return `${year}-${month}-${day}`;
}

// Numbers as the outcomes write them: short numbers (113, 116 117) and eight-digit ones.
const phoneMention = /(?<![\d ])(1\d{2}(?: ?\d{3})?|\d{2} ?\d{2} ?\d{2} ?\d{2})(?![\d])/g;

/**
 * An outcome that tells readers to call a number must list it under `helplines`, so it becomes
 * a tap-to-call link; one that mentions a helpline must list at least one.
 */
function unlinkedPhoneMentions(
	flow: Flow,
	text: FlowText,
	services: ValidEntry[],
): { field: string; message: string }[] {
	const problems: { field: string; message: string }[] = [];
	for (const [id, words] of Object.entries(text.outcomes)) {
		const outcome = flow.outcomes[id];
		if (!outcome) continue;
		const listed = outcome.helplines.flatMap(
			(key) =>
				(
					services.find((entry) => entry.key === key)?.parsed as ServiceData | undefined
				)?.phones.map((phone) => phone.number.tel.replace(/^\+47/, '')) ?? [],
		);
		[words.summary, ...words.steps].forEach((sentence, index) => {
			const field = index === 0 ? `outcomes.${id}.summary` : `outcomes.${id}.steps.${index - 1}`;
			for (const [, number] of sentence.matchAll(phoneMention)) {
				if (listed.includes(number!.replaceAll(' ', ''))) continue;
				problems.push({
					field,
					message: `mentions the phone number ${number}; add the service with that number to "helplines" for outcome ${id} in flow.yaml, so readers can tap to call it`,
				});
			}
			if (/hjelpetelefon|helpline/i.test(sentence) && outcome.helplines.length === 0)
				problems.push({
					field,
					message: `mentions a helpline; list it under "helplines" for outcome ${id} in flow.yaml, so readers can tap to call it`,
				});
		});
	}
	return problems;
}

/**
 * Each flow must be a sound graph, have words in every locale for every node, and link only to
 * pages that exist. Problems name the flow file and the field.
 */
function checkFlows(
	raw: RawEntry[],
	entries: ValidEntry[],
	contentDir: string,
	projectRoot: string,
	problems: ContentProblem[],
): void {
	const pages = publicationByKey(raw, 'pages');
	const services = entries.filter((entry) => entry.collection === 'services');
	for (const flowEntry of entries.filter((entry) => entry.collection === 'flows')) {
		const flow = flowEntry.parsed as unknown as Flow;
		const folder = flowEntry.key.split('/')[0]!;
		const fail = (file: string, field: string, message: string) =>
			problems.push({ severity: 'error', file, field, message });
		const graphProblems = flowProblems(flow);
		for (const problem of graphProblems) fail(flowEntry.file, problem.field, problem.message);
		const criteriaFile = relative(projectRoot, join(contentDir, 'flows', folder, 'criteria.yaml'));
		const criteria = entries.find(
			(entry) => entry.collection === 'flowCriteria' && entry.key === `${folder}/criteria`,
		)?.parsed as unknown as FlowCriteria | undefined;
		const sourceWords = entries.find(
			(entry) => entry.collection === 'flowTexts' && entry.key === `${folder}/${defaultLocale}`,
		)?.parsed as unknown as FlowText | undefined;
		if (
			!criteria &&
			!raw.some(
				(entry) => entry.collection === 'flowCriteria' && entry.key === `${folder}/criteria`,
			)
		)
			problems.push({
				severity: 'error',
				file: criteriaFile,
				message:
					'is missing: list the criteria the flow’s questions settle, each with its sources (see content/README.md)',
			});
		// The path check needs a sound graph and the source language's words to name paths in.
		if (criteria && sourceWords && graphProblems.length === 0)
			for (const problem of criteriaProblems(flow, criteria, sourceWords))
				fail(flowEntry.file, problem.field, problem.message);
		for (const [id, outcome] of Object.entries(flow.outcomes)) {
			outcome.pages.forEach((key, index) => {
				const published = pages.get(key);
				if (published === undefined)
					fail(
						flowEntry.file,
						`outcomes.${id}.pages.${index}`,
						`no page has the file name "${key}"; use the file name of one in content/pages/${defaultLocale}/`,
					);
				else if (!published)
					fail(
						flowEntry.file,
						`outcomes.${id}.pages.${index}`,
						`names ${fileOfKey(raw, 'pages', key)}, which is a draft and not published; publish it (remove "draft: true") or remove it from this list`,
					);
			});
			outcome.helplines.forEach((key, index) => {
				const service = services.find((entry) => entry.key === key)?.parsed as
					ServiceData | undefined;
				const field = `outcomes.${id}.helplines.${index}`;
				if (!service)
					fail(
						flowEntry.file,
						field,
						`no service has the file name "${key}"; use the file name of one in content/services/`,
					);
				else if (service.draft || service.phones.length === 0)
					fail(
						flowEntry.file,
						field,
						`content/services/${key}.yaml ${service.draft ? 'is a draft' : 'has no phone number'}; a helpline here must be a published service with a phone`,
					);
			});
		}
		for (const locale of localeCodes) {
			const textEntry = entries.find(
				(entry) => entry.collection === 'flowTexts' && entry.key === `${folder}/${locale}`,
			);
			if (!textEntry) {
				// A file that exists but failed its schema has its own messages already.
				const unreadable = raw.some(
					(entry) => entry.collection === 'flowTexts' && entry.key === `${folder}/${locale}`,
				);
				if (unreadable) continue;
				// Only the source language's words are required; another language's readers get
				// their fallback's words until the file is translated.
				problems.push({
					severity: locale === defaultLocale ? 'error' : 'warning',
					file: relative(projectRoot, join(contentDir, 'flows', folder, `${locale}.yaml`)),
					message:
						locale === defaultLocale
							? `is missing: the flow needs its words in ${defaultLocale}.yaml first`
							: `is not translated yet, so readers of ${locale} get the words in ${textLocaleFor(locale, (candidate) => entries.some((entry) => entry.collection === 'flowTexts' && entry.key === `${folder}/${candidate}`))}.yaml; copy ${defaultLocale}.yaml and translate it`,
				});
				continue;
			}
			const text = textEntry.parsed as unknown as FlowText;
			for (const problem of flowTextProblems(flow, text))
				fail(textEntry.file, problem.field, problem.message);
			if (criteria)
				for (const problem of criteriaTextProblems(flow, criteria, text))
					fail(textEntry.file, problem.field, problem.message);
			for (const problem of unlinkedPhoneMentions(flow, text, services))
				fail(textEntry.file, problem.field, problem.message);
		}
	}
	for (const textEntry of entries.filter((entry) => entry.collection === 'flowTexts')) {
		const [folder, locale] = textEntry.key.split('/');
		if (!(localeCodes as string[]).includes(locale!)) {
			problems.push({
				severity: 'error',
				file: textEntry.file,
				message: `"${locale}" is not a configured locale; name the file after one of: ${localeCodes.join(', ')}`,
			});
		} else if (
			// A flow.yaml that exists but failed its schema has its own messages already.
			!raw.some((entry) => entry.collection === 'flows' && entry.key === `${folder}/flow`)
		) {
			problems.push({
				severity: 'error',
				file: textEntry.file,
				message: `there is no content/flows/${folder}/flow.yaml for these words`,
			});
		}
	}
}

/**
 * Every mention of a legal change listed in content/legal-changes/ must show its status, so no
 * page, summary or outcome states a change more surely than its newest source: MDX bodies with
 * `<LegalStatus change="…" />`, summaries, timelines and outcomes with `legalChanges`.
 */
function checkLegalChanges(entries: ValidEntry[], problems: ContentProblem[], today: Date): void {
	const changes = entries
		.filter((entry) => entry.collection === 'legalChanges')
		.map((entry) => ({
			id: entry.key,
			file: entry.file,
			data: entry.parsed as unknown as LegalChangeData,
		}));
	const ids = new Set(changes.map((change) => change.id));
	const known = `content/legal-changes/ has: ${[...ids].sort().join(', ') || 'none yet'}`;
	const fail = (file: string, message: string, field?: string) =>
		problems.push({ severity: 'error', file, message, ...(field ? { field } : {}) });
	const nameOf = (id: string, locale: Locale) =>
		localized(changes.find((change) => change.id === id)!.data.name, locale);
	const mentioned = (text: string, locale: string) =>
		isLocale(locale) ? changesMentioned(text, locale, changes) : [];
	// A reader must never see "reviewed December 2026" above a status nobody has checked since.
	const reviewedAfterCheck = (entry: ValidEntry, shown: string[]) => {
		const reviewed = entry.parsed.lastReviewed;
		if (!(reviewed instanceof Date)) return;
		for (const id of shown) {
			const change = changes.find((item) => item.id === id);
			if (change && reviewed > change.data.checkedOn)
				fail(
					entry.file,
					`is ${dayKey(reviewed)}, after the last check of ${id} (checkedOn ${dayKey(change.data.checkedOn)} in ${change.file}), whose status this shows: look for newer official sources, update the status and set its checkedOn, or set lastReviewed no later than ${dayKey(change.data.checkedOn)}`,
					'lastReviewed',
				);
		}
	};
	for (const { file, data } of changes)
		if (isStatusStale(data, today, statusBuildWarningMonths))
			problems.push({
				severity: 'warning',
				file,
				field: 'checkedOn',
				message: `was ${dayKey(data.checkedOn)}, more than ${statusBuildWarningMonths} months ago, and readers see a warning wherever the status shows: look for newer official sources (Lovdata, Stortinget, regjeringen.no), update status, asOf and statement, and set checkedOn to the day you checked`,
			});

	for (const entry of entries) {
		const listed = (entry.parsed.legalChanges as string[] | undefined) ?? [];
		listed.forEach((id, index) => {
			if (!ids.has(id))
				fail(entry.file, `names no legal change "${id}"; ${known}`, `legalChanges.${index}`);
		});
		const inBody = entry.tree
			? elementsIn(entry.tree)
					.filter((element) => element.name === 'LegalStatus')
					.map((element) => element.attributes.get('change') ?? '')
			: [];
		if (!entry.locale || !isLocale(entry.locale)) continue;
		const locale = entry.locale;
		// News items show their listed statuses at the top, so those cover the body too.
		const shownInBody = entry.collection === 'news' ? [...inBody, ...listed] : inBody;
		reviewedAfterCheck(entry, [...new Set([...listed, ...inBody])]);
		for (const id of mentioned(entry.body, locale).filter((item) => !shownInBody.includes(item)))
			fail(
				entry.file,
				`the text mentions ${nameOf(id, locale).toLowerCase()}; show where it stands: ${
					entry.collection === 'news'
						? `add "legalChanges: [${id}]" to the frontmatter, or <LegalStatus change="${id}" /> after the paragraph`
						: `${isPlainMarkdown(entry.file) ? 'rename the file to .mdx (a .md file cannot hold components) and ' : ''}add <LegalStatus change="${id}" /> after the paragraph`
				}`,
			);
		const frontmatterText =
			entry.collection === 'news'
				? { field: 'description', text: String(entry.parsed.description ?? '') }
				: entry.collection === 'countries'
					? {
							field: 'keyDates',
							text: ((entry.parsed.keyDates as { title: string; description?: string }[]) ?? [])
								.map((event) => `${event.title} ${event.description ?? ''}`)
								.join(' '),
						}
					: undefined;
		if (!frontmatterText) continue;
		for (const id of mentioned(frontmatterText.text, locale).filter(
			(item) => !listed.includes(item),
		))
			fail(
				entry.file,
				`mentions ${nameOf(id, locale).toLowerCase()}; add "legalChanges: [${id}]" so readers see where it stands`,
				frontmatterText.field,
			);
	}

	for (const flowEntry of entries.filter((entry) => entry.collection === 'flows')) {
		const flow = flowEntry.parsed as unknown as Flow;
		const folder = flowEntry.key.split('/')[0]!;
		reviewedAfterCheck(flowEntry, [
			...new Set(Object.values(flow.outcomes).flatMap((outcome) => outcome.legalChanges)),
		]);
		for (const [id, outcome] of Object.entries(flow.outcomes)) {
			outcome.legalChanges.forEach((change, index) => {
				if (!ids.has(change))
					fail(
						flowEntry.file,
						`names no legal change "${change}"; ${known}`,
						`outcomes.${id}.legalChanges.${index}`,
					);
			});
			for (const locale of localeCodes) {
				const text = entries.find(
					(entry) => entry.collection === 'flowTexts' && entry.key === `${folder}/${locale}`,
				)?.parsed as unknown as FlowText | undefined;
				const words = text?.outcomes[id];
				if (!words) continue;
				for (const change of mentioned(`${words.summary} ${words.steps.join(' ')}`, locale).filter(
					(item) => !outcome.legalChanges.includes(item),
				))
					fail(
						flowEntry.file,
						`the ${locale} text of outcome ${id} mentions ${nameOf(change, locale).toLowerCase()}; add "${change}" to its "legalChanges" so readers see where it stands`,
						`outcomes.${id}.legalChanges`,
					);
			}
		}
	}
}

/**
 * Every body of MDX text: no code or HTML that runs, components with the right props, links to
 * pages that exist and are published, and some text in a published file.
 */
function checkBodies(raw: RawEntry[], routes: Route[], problems: ContentProblem[]): void {
	const context: BodyContext = {
		pages: publicationByKey(raw, 'pages'),
		countries: publicationByKey(raw, 'countries'),
		glossary: new Set(
			raw.filter((entry) => entry.collection === 'glossary').map((entry) => entry.key),
		),
		legalChanges: new Set(
			raw.filter((entry) => entry.collection === 'legalChanges').map((entry) => entry.key),
		),
		sitePaths: sitePaths(routes),
		secureHosts: secureHosts(raw),
		fileOf: (collection, key) => fileOfKey(raw, collection, key),
	};
	for (const entry of raw.filter((item) => item.tree))
		problems.push(...checkBody(entry, context, isPublishedFile(entry.data, entry.locale)));
}

/**
 * Checks all content under `contentDir`: each file against its schema, then the links between files
 * (twins, addresses, references), the text of every page, and dates, lengths and addresses.
 * Errors stop the build; warnings go to the content report.
 */
export function validateContent(
	contentDir: string,
	projectRoot = process.cwd(),
	today = new Date(),
) {
	const { entries, problems } = readContent(contentDir, projectRoot);
	const valid = checkSchemas(entries, problems);
	const routes = contentRoutes(valid, entries);
	checkAddresses(valid, routes, problems);
	checkTwins(entries, contentDir, projectRoot, problems);
	checkServiceIds(valid, problems);
	checkNewsCountries(entries, valid, problems);
	checkSharedFacts(valid, problems);
	checkCountryFacts(valid, problems);
	checkInvisibleCharacters(entries, problems);
	checkSnapshotDates(valid, problems);
	checkBodies(entries, routes, problems);
	checkFlows(entries, valid, contentDir, projectRoot, problems);
	checkLegalChanges(valid, problems, today);
	problems.push(...dateAndLengthProblems(valid, today), ...webAddressProblems(valid));
	problems.push(...uiStringProblems(projectRoot));
	return { entries: valid, problems, routes };
}
