import type { Locale } from '../../i18n/locales.ts';
import type { Flow } from '../../schemas/flow.ts';
import {
	filtersToSearch,
	emptyFilters,
	type DirectoryFilters,
} from '../directory/filter-services.ts';
import { useTranslations, type TranslationKey } from '../i18n/translate.ts';
import { slugify } from '../content/slugify.ts';
import { savedCopyOfferFile, serviceWorkerFile } from '../offline/names.ts';

// The site's URL scheme, and the only place that knows it: every address is `/<locale>/…/` with a
// trailing slash, under the deploy base, with each section's word in the locale's UI strings
// (`route.*` in src/i18n/<locale>.json). The route table (route-table.ts) builds every page from
// these functions, and links use them too, so a link and the page it points to cannot disagree.

/** The deploy base path with a trailing slash: `/` or `/portal/`. */
export function basePath(): string {
	// Vite sets import.meta.env; the content check runs in plain Node, where addresses have no base.
	return withTrailingSlash((import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/');
}

/** A base path as Astro's config gives it (`/portal` or `/portal/`), with its trailing slash. */
export const withTrailingSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * A site path with the deploy base in front.
 * @example withBase('/nb/') // '/portal/nb/' when deployed under /portal/
 */
export function withBase(path: string): string {
	return `${basePath()}${path.replace(/^\//, '')}`;
}

function localized(locale: Locale, ...segments: string[]): string {
	const rest = segments.filter(Boolean).join('/');
	return withBase(`/${locale}/${rest ? `${rest}/` : ''}`);
}

const word = (locale: Locale, key: Parameters<ReturnType<typeof useTranslations>>[0]) =>
	useTranslations(locale)(key);

/** News items per list page. */
export const newsPageSize = 6;

/** The home page: `/nb/`. */
export const homePath = (locale: Locale) => localized(locale);

/** An information page (content/pages/): `/nb/narkotikaprogrammet/`. */
export const articlePath = (locale: Locale, slug: string) => localized(locale, slug);

/** The country overview: `/nb/land/`. */
export const countriesPath = (locale: Locale) => localized(locale, word(locale, 'route.countries'));

/** A country snapshot: `/nb/land/portugal/`. */
export const countryPath = (locale: Locale, slug: string) =>
	localized(locale, word(locale, 'route.countries'), slug);

/** A page of the news list: `/nb/nyheter/`, then `/nb/nyheter/side/2/`. */
export function newsListPath(locale: Locale, page = 1): string {
	const news = word(locale, 'route.news');
	return page === 1
		? localized(locale, news)
		: localized(locale, news, word(locale, 'route.newsPage'), String(page));
}

/** A news item: `/nb/nyheter/hoyesterett-2022/`. */
export const newsItemPath = (locale: Locale, slug: string) =>
	localized(locale, word(locale, 'route.news'), slug);

/** The RSS feed: `/nb/nyheter/rss.xml` (no trailing slash: it is a file). */
export const rssPath = (locale: Locale) => `${newsListPath(locale)}rss.xml`;

/** The directory listing: `/nb/finn-hjelp/`. */
export const directoryPath = (locale: Locale) => localized(locale, word(locale, 'route.directory'));

/** One service's page: `/nb/finn-hjelp/jussbuss/`. */
export const servicePath = (locale: Locale, id: string) =>
	localized(locale, word(locale, 'route.directory'), id);

/** A county's static listing, which works without JavaScript: `/nb/finn-hjelp/fylke/oslo/`. */
export const countyPath = (locale: Locale, county: string) =>
	localized(locale, word(locale, 'route.directory'), word(locale, 'route.directoryCounty'), county);

/**
 * A category's static listing, which works without JavaScript: `/nb/finn-hjelp/kategori/rettshjelp/`
 * (the segment is the category's name in the locale).
 */
export const categoryPath = (locale: Locale, category: string) =>
	localized(
		locale,
		word(locale, 'route.directory'),
		word(locale, 'route.directoryCategory'),
		slugify(word(locale, `category.${category}` as TranslationKey)),
	);

/**
 * The directory with filters already set, for links from other pages (the explainer's outcomes).
 * @example directoryHref('nb', { categories: ['legal-aid'], region: 'oslo' }) // '/nb/finn-hjelp/?category=legal-aid&region=oslo'
 */
export function directoryHref(locale: Locale, filters: Partial<DirectoryFilters>): string {
	return `${directoryPath(locale)}${filtersToSearch({ ...emptyFilters, ...filters })}`;
}

/** The search page: `/nb/sok/`. */
export const searchPath = (locale: Locale) => localized(locale, word(locale, 'route.search'));

// The saved copy (on request, for use without internet): a service worker at the root of the
// base path, so its scope is the whole site, and one list per language of what it saves.

/** The page a saved copy shows without internet when the page asked for is not saved: `/nb/uten-nett/`. */
export const offlinePath = (locale: Locale) => localized(locale, word(locale, 'route.offline'));

/** The service worker that keeps the saved copy: `/service-worker.js`. */
export const serviceWorkerPath = () => withBase(serviceWorkerFile);
/** The saved copy's offer, fetched by the page once it has loaded: `/saved-copy-offer.js`. */
export const savedCopyOfferPath = () => withBase(savedCopyOfferFile);

/** The file listing what the saved copy of one language holds, in the built site: `saved-copy/nb.json`. */
export const savedCopyListFile = (locale: Locale) => `saved-copy/${locale}.json`;

/** Its address: `/saved-copy/nb.json`. */
export const savedCopyListPath = (locale: Locale) => withBase(savedCopyListFile(locale));

// Explainer step pages have neutral, numbered addresses (/nb/veiviser/sporsmal-3/), so a browser
// history shows no one's situation. Numbers follow the order of the nodes in flow.yaml.

/** The explainer's start page: `/nb/veiviser/`. */
export const explainerPath = (locale: Locale) => localized(locale, word(locale, 'route.explainer'));

/** The URL segment of a question or outcome page: `sporsmal-3`, `resultat-2`. */
function stepSegment(locale: Locale, flow: Flow, kind: 'question' | 'outcome', id: string): string {
	const ids = Object.keys(kind === 'question' ? flow.questions : flow.outcomes);
	const index = ids.indexOf(id);
	if (index < 0) throw new Error(`The flow has no ${kind} "${id}".`);
	const key = kind === 'question' ? 'route.explainerQuestion' : 'route.explainerOutcome';
	return `${word(locale, key)}-${index + 1}`;
}

/** A question's static page, for readers without JavaScript: `/nb/veiviser/sporsmal-3/`. */
export const questionPath = (locale: Locale, flow: Flow, id: string) =>
	localized(locale, word(locale, 'route.explainer'), stepSegment(locale, flow, 'question', id));

/** An outcome's static page; with a county, the variant whose directory link is for that county. */
export const outcomePath = (locale: Locale, flow: Flow, id: string, county?: string) =>
	localized(
		locale,
		word(locale, 'route.explainer'),
		stepSegment(locale, flow, 'outcome', id),
		county ?? '',
	);

/**
 * The outcomes' words as data, which the explainer's island fetches once its page has loaded rather
 * than carrying them in every start page: `/nb/veiviser/outcomes.json` (a file, like the feeds).
 */
export const explainerOutcomesPath = (locale: Locale) => `${explainerPath(locale)}outcomes.json`;

/** The editors' overview of every question and outcome: `/nb/veiviser/oversikt/`. */
export const overviewPath = (locale: Locale) =>
	localized(locale, word(locale, 'route.explainer'), word(locale, 'route.explainerOverview'));

/** The outcomes reached through a county question: they get a static variant per county. */
export function outcomesAfterCountyQuestion(flow: Flow): string[] {
	return Object.values(flow.questions)
		.filter((question) => question.county)
		.map((question) => question.next!)
		.filter((id) => Object.hasOwn(flow.outcomes, id));
}
