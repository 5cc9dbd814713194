import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../../i18n/locales.ts';
import { pairTwins, type LocalizedRoute } from '../i18n/twins.ts';
import { localizedPath } from '../i18n/urls.ts';

/** Collections with one file per locale that pair up by file name. */
export type LocalizedCollection = 'pages';

/** The URL of an entry's slug in a locale, per collection. */
const entryPaths: Record<LocalizedCollection, (locale: Locale, slug: string) => string> = {
	pages: (locale, slug) => localizedPath(locale, slug),
};

const routeCache = new Map<LocalizedCollection, Promise<unknown>>();

/**
 * Every entry of a localised collection at every locale's URL, with twins, fallbacks and
 * outdated-translation notices worked out. Built once per collection and build.
 */
export function getLocalizedRoutes<C extends LocalizedCollection>(
	collection: C,
): Promise<LocalizedRoute<CollectionEntry<C>>[]> {
	if (!routeCache.has(collection)) {
		routeCache.set(
			collection,
			getCollection(collection).then((entries) => pairTwins(entries, entryPaths[collection])),
		);
	}
	return routeCache.get(collection) as Promise<LocalizedRoute<CollectionEntry<C>>[]>;
}

/** All information pages at all locales' URLs. */
export function getPageRoutes(): Promise<LocalizedRoute<CollectionEntry<'pages'>>[]> {
	return getLocalizedRoutes('pages');
}

/**
 * The route of one information page in one locale, by file name. Throws when no such page exists,
 * so a link to a missing page fails the build instead of shipping a 404.
 */
export async function getPageRoute(locale: Locale, key: string): Promise<LocalizedRoute<CollectionEntry<'pages'>>> {
	const route = (await getPageRoutes()).find((item) => item.locale === locale && item.key === key);
	if (!route) {
		throw new Error(`No page "${key}": add content/pages/${defaultLocale}/${key}.mdx or fix the link.`);
	}
	return route;
}
