import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { counties, serviceCategoryValues } from '../../schemas/service.ts';
import { contentDirectory } from '../../schemas/collections.ts';
import { plannedTwins } from '../content-check/read-content.ts';
import { basePath } from './paths.ts';
import { buildRouteTable, explainerFlow, type Route, type Template } from './route-table.ts';

/** A route of this site, with its content entries typed. */
export type SiteRoute<T extends Template = Template> = Route<
	T,
	CollectionEntry<'pages'>,
	CollectionEntry<'news'>,
	CollectionEntry<'countries'>
>;

let table: Promise<SiteRoute[]> | undefined;

/**
 * Every page of the site, built once per build from the published content (the content loader in
 * src/content.config.ts never loads drafts or untranslated twins).
 */
export function getRouteTable(): Promise<SiteRoute[]> {
	// Reads the collections itself rather than through queries.ts, which builds on this table.
	table ??= (async () => {
		const flow = await getEntry('flows', `${explainerFlow}/flow`);
		if (!flow) throw new Error(`Missing content/flows/${explainerFlow}/flow.yaml.`);
		return buildRouteTable({
			pages: await getCollection('pages'),
			news: await getCollection('news'),
			countries: await getCollection('countries'),
			plannedTwins: plannedTwins(contentDirectory()),
			services: (await getCollection('services')).map((entry) => entry.id).sort(),
			flow: flow.data,
			counties,
			categories: serviceCategoryValues,
		}) as SiteRoute[];
	})();
	return table;
}

/** The routes of one template, in the table's order. */
export async function routesOf<T extends Template>(template: T): Promise<SiteRoute<T>[]> {
	return (await getRouteTable()).filter(
		(route): route is SiteRoute<T> => route.template === template,
	);
}

/**
 * `getStaticPaths` for a template's route file, `src/pages/[...<template>].astro`: each route's
 * address (without the deploy base) as the rest parameter, and the route as the page's props.
 * @example export const getStaticPaths = (() => staticPaths('article')) satisfies GetStaticPaths;
 */
export async function staticPaths<T extends Template>(template: T) {
	const base = basePath();
	return (await routesOf(template)).map((route) => ({
		// The language choice at `/` has no parameter at all.
		params: { [template]: route.path.slice(base.length).replace(/\/$/, '') || undefined },
		props: { route },
	}));
}

let byKey: Promise<Map<string, SiteRoute>> | undefined;

/** One template's route in one locale by its key (`about`); undefined when there is none. */
export async function findRoute<T extends Template>(
	template: T,
	locale: Locale,
	key: string,
): Promise<SiteRoute<T> | undefined> {
	// Pages look each other up by key (a news item its countries), so the lookup is a map, built once.
	byKey ??= getRouteTable().then(
		(routes) => new Map(routes.map((route) => [`${route.locale} ${route.key}`, route])),
	);
	return (await byKey).get(`${locale} ${template}:${key}`) as SiteRoute<T> | undefined;
}

let byPath: Promise<Map<string, SiteRoute>> | undefined;

/** The route whose page is at this address (with the deploy base, as a request has it), if any. */
export async function routeAt(pathname: string): Promise<SiteRoute | undefined> {
	byPath ??= getRouteTable().then((routes) => new Map(routes.map((route) => [route.path, route])));
	const routes = await byPath;
	return routes.get(pathname) ?? routes.get(`${pathname.replace(/\/$/, '')}/`);
}
