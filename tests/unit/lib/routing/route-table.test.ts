import { describe, expect, test } from 'vitest';
import { realContent } from '../../../support/real-content.ts';
import { buildRouteTable, hreflangLinks, type RouteSources } from '~/lib/routing/route-table.ts';
import type { Flow } from '~/schemas/flow.ts';
import { counties, serviceCategoryValues } from '~/schemas/service.ts';

const entries = realContent().entries;
const flow = entries.find((entry) => entry.key === 'eligibility/flow')!.parsed as unknown as Flow;
const day = new Date('2026-11-01T00:00:00Z');
const page = (id: string, slug?: string) => ({ id, data: { slug, lastReviewed: day } });

const sources = (
	overrides: Partial<
		RouteSources<ReturnType<typeof page>, ReturnType<typeof page>, ReturnType<typeof page>>
	> = {},
) => ({
	pages: [page('nb/about', 'om-nettstedet'), page('en/about', 'about')],
	news: Array.from({ length: 7 }, (_, index) => page(`nb/item-${index}`)),
	countries: [page('nb/portugal'), page('en/portugal')],
	services: ['jussbuss'],
	flow,
	counties,
	categories: serviceCategoryValues,
	...overrides,
});

describe('the route table', () => {
	const routes = buildRouteTable(sources());
	const at = (path: string) => routes.find((route) => route.path === path);

	test('gives every page one address, in every locale', () => {
		expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
		expect(at('/nb/om-nettstedet/')).toMatchObject({ template: 'article', locale: 'nb' });
		expect(at('/en/find-help/county/oslo/')).toMatchObject({ template: 'county', locale: 'en' });
		expect(at('/nb/nyheter/side/2/')).toMatchObject({ props: { page: 2, pageCount: 2 } });
		expect(at('/nb/nyheter/side/3/')).toBeUndefined();
		expect(at('/en/news/rss.xml')).toMatchObject({ template: 'rss', noindex: true });
	});

	test("links a page's versions across languages, and says which are translations", () => {
		expect(at('/en/item-0/')).toBeUndefined();
		const fallback = at('/en/news/item-0/')!;
		expect(fallback).toMatchObject({ noindex: true, search: undefined });
		expect(fallback.alternates).toEqual([
			{ locale: 'nb', url: '/nb/nyheter/item-0/', translated: true },
			{ locale: 'en', url: '/en/news/item-0/', translated: false },
			{ locale: 'nn', url: '/nn/nyheiter/item-0/', translated: false },
		]);
		expect(hreflangLinks(fallback)).toEqual([
			{ hreflang: 'nb-NO', path: '/nb/nyheter/item-0/' },
			{ hreflang: 'x-default', path: '/nb/nyheter/item-0/' },
		]);
		expect(hreflangLinks(at('/en/')!).at(-1)).toEqual({ hreflang: 'x-default', path: '/' });
	});

	test('keeps explainer steps out of search engines, and findable outcomes in site search', () => {
		expect(at('/nb/veiviser/sporsmal-1/')).toMatchObject({ noindex: true, search: undefined });
		expect(at('/nb/veiviser/resultat-1/')).toMatchObject({ noindex: true, search: 'explainer' });
		expect(at('/nb/veiviser/')).toMatchObject({ noindex: false, search: 'explainer' });
	});

	test("refuses a page whose address is a section's, naming the file to change", () => {
		expect(() => buildRouteTable(sources({ pages: [page('nb/search-help', 'sok')] }))).toThrow(
			'/nb/sok/ is wanted by content/pages/nb/search-help and the search page (search:search)',
		);
	});
});
