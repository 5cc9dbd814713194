import { defaultLocale, localeCodes, localeConfig, type Locale } from '../../i18n/locales.ts';
import type { Flow } from '../../schemas/flow.ts';
import {
	pairTwins,
	type Alternate,
	type LocalizedRoute,
	type PlannedTwin,
	type TwinnableEntry,
} from '../i18n/twins.ts';
import type { SearchSection } from '../search/sections.ts';
import * as paths from './paths.ts';

/** The flow the explainer shows (`content/flows/<name>/`). */
export const explainerFlow = 'eligibility';

/** A step of the explainer's static pages. */
export type ExplainerStep =
	{ kind: 'question'; id: string } | { kind: 'outcome'; id: string } | { kind: 'overview' };

/** What the table is built from: the published entries, the services' ids, the flow, the counties. */
export interface RouteSources<Page, News, Country> {
	pages: Page[];
	news: News[];
	countries: Country[];
	/** Twins marked `needsTranslation`, by folder: their locale shows a fallback at their `slug`. */
	plannedTwins?: Partial<Record<'pages' | 'news' | 'countries', PlannedTwin[]>>;
	services: string[];
	flow: Flow;
	counties: readonly string[];
	/** The directory's categories, each with a static listing. */
	categories: readonly string[];
}

/** The props each template's page gets, by template. */
export interface TemplateProps<
	Page extends TwinnableEntry,
	News extends TwinnableEntry,
	Country extends TwinnableEntry,
> {
	languageChoice: object;
	home: object;
	article: { entry: LocalizedRoute<Page> };
	countries: object;
	country: { entry: LocalizedRoute<Country> };
	newsList: { page: number; pageCount: number };
	newsItem: { entry: LocalizedRoute<News> };
	rss: object;
	directory: object;
	service: { service: string };
	county: { county: string };
	category: { category: string };
	explainer: object;
	explainerOutcomes: object;
	explainerStep: { step: ExplainerStep };
	countyOutcome: { outcome: string; county: string };
	search: object;
	offline: object;
}

export type Template = keyof TemplateProps<TwinnableEntry, TwinnableEntry, TwinnableEntry>;

/** One page (or feed) of the site. */
export interface Route<
	T extends Template = Template,
	Page extends TwinnableEntry = TwinnableEntry,
	News extends TwinnableEntry = TwinnableEntry,
	Country extends TwinnableEntry = TwinnableEntry,
> {
	template: T;
	path: string;
	locale: Locale;
	/** Shared by a page's versions in every locale: `article:about`, `service:jussbuss`. */
	key: string;
	props: TemplateProps<Page, News, Country>[T];
	/** The same page in every locale, for the language switcher, `hreflang` and the sitemap. */
	alternates: Alternate[];
	/** Where `hreflang="x-default"` points: the source-locale version, or the language choice. */
	xDefault?: string;
	/** Kept out of search engines and the sitemap: fallbacks, explainer steps, feeds. */
	noindex: boolean;
	/** Which filter of the site search the page is indexed under; none: not in the index. */
	search?: SearchSection;
	/** The content file the page shows, without extension (`pages/nb/about`), for messages. */
	entryFile?: string;
}

/** Two routes that want the same address. */
export interface AddressClash {
	path: string;
	routes: Route[];
}

type EveryLocale = (locale: Locale) => string;

/** The site's pages, each template's in a fixed order, before any check. */
export function listRoutes<
	Page extends TwinnableEntry,
	News extends TwinnableEntry,
	Country extends TwinnableEntry,
>(sources: RouteSources<Page, News, Country>): Route<Template, Page, News, Country>[] {
	type R = Route<Template, Page, News, Country>;
	const routes: R[] = [];
	/** A page that exists in every locale, at `pathFor(locale)`. */
	const inEveryLocale = <T extends Template>(
		template: T,
		key: string,
		pathFor: EveryLocale,
		props: TemplateProps<Page, News, Country>[T],
		options: { noindex?: boolean; search?: SearchSection; xDefault?: string } = {},
	) => {
		const alternates = localeCodes.map((locale) => ({
			locale,
			url: pathFor(locale),
			translated: true,
		}));
		for (const locale of localeCodes)
			routes.push({
				template,
				key: `${template}:${key}`,
				path: pathFor(locale),
				locale,
				props,
				alternates,
				xDefault: options.xDefault ?? xDefaultOf(alternates),
				noindex: options.noindex ?? false,
				search: options.search,
			} as R);
	};
	const fromEntries = <T extends 'article' | 'newsItem' | 'country', E extends TwinnableEntry>(
		template: T,
		folder: string,
		entries: E[],
		pathFor: (locale: Locale, slug: string) => string,
		search: SearchSection,
	) => {
		const planned = sources.plannedTwins?.[folder as 'pages' | 'news' | 'countries'] ?? [];
		for (const entry of pairTwins<E>([...entries, ...planned], pathFor))
			routes.push({
				template,
				key: `${template}:${entry.key}`,
				path: entry.url,
				locale: entry.locale,
				props: { entry },
				alternates: entry.alternates,
				xDefault: xDefaultOf(entry.alternates),
				// A page in the other language's words is not this locale's page: the source is.
				noindex: entry.isFallback,
				search: entry.isFallback ? undefined : search,
				entryFile: `${folder}/${entry.entry.id}`,
			} as R);
	};

	// `/` offers every language; it and the home pages name it as the page for any other language.
	const languageChoice = paths.withBase('/');
	routes.push({
		template: 'languageChoice',
		key: 'languageChoice:root',
		path: languageChoice,
		locale: defaultLocale,
		props: {},
		alternates: localeCodes.map((locale) => ({
			locale,
			url: paths.homePath(locale),
			translated: true,
		})),
		xDefault: languageChoice,
		noindex: false,
	} as R);
	inEveryLocale('home', 'home', paths.homePath, {}, { xDefault: languageChoice });
	fromEntries('article', 'pages', sources.pages, paths.articlePath, 'page');

	inEveryLocale('countries', 'countries', paths.countriesPath, {});
	fromEntries('country', 'countries', sources.countries, paths.countryPath, 'country');

	// Every locale lists every news item (fallbacks included), so each has the same number of pages.
	const newsKeys = new Set(sources.news.map((entry) => entry.id.split('/').slice(1).join('/')));
	const pageCount = Math.max(1, Math.ceil(newsKeys.size / paths.newsPageSize));
	for (let page = 1; page <= pageCount; page += 1)
		inEveryLocale('newsList', `page-${page}`, (locale) => paths.newsListPath(locale, page), {
			page,
			pageCount,
		});
	fromEntries('newsItem', 'news', sources.news, paths.newsItemPath, 'news');
	inEveryLocale('rss', 'rss', paths.rssPath, {}, { noindex: true });

	inEveryLocale('directory', 'directory', paths.directoryPath, {});
	for (const id of sources.services)
		inEveryLocale(
			'service',
			id,
			(locale) => paths.servicePath(locale, id),
			{ service: id },
			{ search: 'service' },
		);
	for (const county of sources.counties)
		inEveryLocale('county', county, (locale) => paths.countyPath(locale, county), { county });
	for (const category of sources.categories)
		inEveryLocale('category', category, (locale) => paths.categoryPath(locale, category), {
			category,
		});

	const { flow } = sources;
	inEveryLocale('explainer', 'start', paths.explainerPath, {}, { search: 'explainer' });
	inEveryLocale(
		'explainerOutcomes',
		'outcomes',
		paths.explainerOutcomesPath,
		{},
		{ noindex: true },
	);
	// Steps are noindex: a search engine should send readers to the start, not into the middle.
	for (const id of Object.keys(flow.questions))
		inEveryLocale(
			'explainerStep',
			`question:${id}`,
			(locale) => paths.questionPath(locale, flow, id),
			{ step: { kind: 'question', id } },
			{ noindex: true },
		);
	// An outcome is findable in the site's own search, by its topic, but not in search engines.
	for (const id of Object.keys(flow.outcomes))
		inEveryLocale(
			'explainerStep',
			`outcome:${id}`,
			(locale) => paths.outcomePath(locale, flow, id),
			{ step: { kind: 'outcome', id } },
			{ noindex: true, search: 'explainer' },
		);
	inEveryLocale('explainerStep', 'overview', paths.overviewPath, { step: { kind: 'overview' } });
	for (const outcome of paths.outcomesAfterCountyQuestion(flow))
		for (const county of sources.counties)
			inEveryLocale(
				'countyOutcome',
				`${outcome}:${county}`,
				(locale) => paths.outcomePath(locale, flow, outcome, county),
				{ outcome, county },
				{ noindex: true },
			);

	inEveryLocale('search', 'search', paths.searchPath, {});
	// Shown by the saved copy without internet; nothing a search engine should list.
	inEveryLocale('offline', 'offline', paths.offlinePath, {}, { noindex: true });
	return routes;
}

/** The version for readers of any other language: the source locale's, else the first translated. */
function xDefaultOf(alternates: Alternate[]): string | undefined {
	const translated = alternates.filter((alternate) => alternate.translated);
	return (translated.find((alternate) => alternate.locale === defaultLocale) ?? translated[0])?.url;
}

/**
 * The `hreflang` links of a page, as its `<head>` and the sitemap list them: every translated
 * version, then `x-default`.
 */
export function hreflangLinks(route: Route): { hreflang: string; path: string }[] {
	return [
		...route.alternates
			.filter((alternate) => alternate.translated)
			.map((alternate) => ({
				hreflang: localeConfig(alternate.locale).bcp47,
				path: alternate.url,
			})),
		...(route.xDefault ? [{ hreflang: 'x-default', path: route.xDefault }] : []),
	];
}

/** Addresses that more than one route wants, e.g. a page whose slug is a section's word. */
export function addressClashes(routes: Route[]): AddressClash[] {
	const byPath = Map.groupBy(routes, (route) => route.path);
	return [...byPath]
		.filter(([, group]) => group.length > 1)
		.map(([path, group]) => ({ path, routes: group }));
}

/** How a route is named in a message: its content file, or its kind of page. */
export const routeName = (route: Route) =>
	route.entryFile ? `content/${route.entryFile}` : `the ${route.template} page (${route.key})`;

/**
 * Every page of the site with its address, locale, template, props, alternates and search
 * section. Throws when two pages want the same address; the content check reports that to
 * editors first, with the file to change.
 */
export function buildRouteTable<
	Page extends TwinnableEntry,
	News extends TwinnableEntry,
	Country extends TwinnableEntry,
>(sources: RouteSources<Page, News, Country>): Route<Template, Page, News, Country>[] {
	const routes = listRoutes(sources);
	const clashes = addressClashes(routes as Route[]);
	if (clashes.length > 0)
		throw new Error(
			clashes
				.map(
					({ path, routes: group }) => `${path} is wanted by ${group.map(routeName).join(' and ')}`,
				)
				.join('\n'),
		);
	return routes;
}
