import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../i18n/urls.ts';

/** Collections with one file per locale that pair up by file name. */
export type LocalizedCollection = 'pages';

/** One locale's version of a page, for the language switcher and `hreflang`. */
export interface Alternate {
	locale: Locale;
	url: string;
	/** False when the locale shows a fallback (the text in another language). */
	translated: boolean;
}

/** Everything a route needs to render one entry at one locale's URL. */
export interface LocalizedRoute<C extends LocalizedCollection> {
	/** The URL's locale: the language of the menus and notices. */
	locale: Locale;
	/** The file name shared by twins. */
	key: string;
	/** This locale's URL segment for the entry. */
	slug: string;
	url: string;
	/** The entry shown: this locale's own, or a twin when this locale has none yet. */
	entry: CollectionEntry<C>;
	/** The language of the entry's text. */
	contentLocale: Locale;
	isFallback: boolean;
	/** Every locale's version, including this one. */
	alternates: Alternate[];
	/** The newest twin, when it was reviewed after this entry: this one may be out of date. */
	newerTwin?: { locale: Locale; url: string; lastReviewed: Date };
}

/**
 * Splits an entry id like `nb/for-families` into locale and key.
 * @example splitLocalizedId('en/for-families') // { locale: 'en', key: 'for-families' }
 */
export function splitLocalizedId(id: string): { locale: Locale; key: string } {
	const [locale, ...rest] = id.split('/');
	if (!isLocale(locale) || rest.length !== 1) {
		throw new Error(`Content entry "${id}" is not in a locale folder like nb/ or en/.`);
	}
	return { locale, key: rest[0]! };
}

type LocalizedEntry<C extends LocalizedCollection> = CollectionEntry<C> & {
	data: { slug?: string; lastReviewed: Date };
};

/** The URL of an entry's slug in a locale, per collection. */
const entryPaths: Record<LocalizedCollection, (locale: Locale, slug: string) => string> = {
	pages: (locale, slug) => localizedPath(locale, slug),
};

async function buildRoutes<C extends LocalizedCollection>(collection: C): Promise<LocalizedRoute<C>[]> {
	const pathFor = entryPaths[collection];
	const entries = (await getCollection(collection)) as LocalizedEntry<C>[];
	const byKey = new Map<string, Map<Locale, LocalizedEntry<C>>>();
	for (const entry of entries) {
		const { locale, key } = splitLocalizedId(entry.id);
		if (!byKey.has(key)) byKey.set(key, new Map());
		byKey.get(key)!.set(locale, entry);
	}
	const routes: LocalizedRoute<C>[] = [];
	for (const [key, twins] of byKey) {
		// A missing translation shows the source-locale text (or any twin) at a URL made from the key.
		const fallbackLocale = twins.has(defaultLocale) ? defaultLocale : [...twins.keys()][0]!;
		const slugFor = (locale: Locale) => twins.get(locale)?.data.slug ?? key;
		const alternates: Alternate[] = localeCodes.map((locale) => ({
			locale,
			url: pathFor(locale, slugFor(locale)),
			translated: twins.has(locale),
		}));
		for (const locale of localeCodes) {
			const own = twins.get(locale);
			const entry = own ?? twins.get(fallbackLocale)!;
			const newest = [...twins.entries()]
				.filter(([other]) => other !== locale)
				.sort(([, a], [, b]) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime())[0];
			routes.push({
				locale,
				key,
				slug: slugFor(locale),
				url: pathFor(locale, slugFor(locale)),
				entry,
				contentLocale: own ? locale : fallbackLocale,
				isFallback: !own,
				alternates,
				...(own && newest && newest[1].data.lastReviewed > own.data.lastReviewed
					? {
							newerTwin: {
								locale: newest[0],
								url: pathFor(newest[0], slugFor(newest[0])),
								lastReviewed: newest[1].data.lastReviewed,
							},
						}
					: {}),
			});
		}
	}
	return routes;
}

const routeCache = new Map<LocalizedCollection, Promise<LocalizedRoute<LocalizedCollection>[]>>();

/**
 * Every entry of a localised collection at every locale's URL, with twins, fallbacks and
 * outdated-translation notices worked out. Built once per collection and build.
 */
export function getLocalizedRoutes<C extends LocalizedCollection>(collection: C): Promise<LocalizedRoute<C>[]> {
	if (!routeCache.has(collection)) routeCache.set(collection, buildRoutes(collection));
	return routeCache.get(collection)! as Promise<LocalizedRoute<C>[]>;
}

/** All information pages at all locales' URLs. */
export function getPageRoutes(): Promise<LocalizedRoute<'pages'>[]> {
	return getLocalizedRoutes('pages');
}

/**
 * The route of one information page in one locale, by file name. Throws when no such page exists,
 * so a link to a missing page fails the build instead of shipping a 404.
 */
export async function getPageRoute(locale: Locale, key: string): Promise<LocalizedRoute<'pages'>> {
	const route = (await getPageRoutes()).find((item) => item.locale === locale && item.key === key);
	if (!route) {
		throw new Error(`No page "${key}": add content/pages/${defaultLocale}/${key}.mdx or fix the link.`);
	}
	return route;
}
