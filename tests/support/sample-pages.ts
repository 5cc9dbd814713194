import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '~/i18n/locales.ts';
import { realContent } from './real-content.ts';
import { distDir } from './dist.ts';

/** A page chosen to stand for its template in one language. */
export interface SamplePage {
	template: string;
	locale: Locale;
	path: string;
	/** The first page of its template and language; the second is its largest built page. */
	first: boolean;
}

/** Templates that are no HTML page for a reader. */
const notPages = new Set(['rss', 'explainerOutcomes']);

/**
 * One or two built pages of every template in every language, chosen from the route table the
 * build uses, so a new template is covered as soon as it has a page: the template's first page,
 * and its largest built page (the most content, so the likeliest to overflow). The 404 page stands
 * for itself. The expensive browser checks (axe, reflow) run on these; cheap static checks run on
 * every page in tests/build/.
 */
export function samplePages(): SamplePage[] {
	const routes = realContent().routes.filter((route) => !notPages.has(route.template));
	const size = (path: string) => statSync(join(distDir, path, 'index.html')).size;
	const groups = Map.groupBy(routes, (route) => `${route.template} ${route.locale}`);
	const samples = [...groups.values()].flatMap((group) => {
		const [first] = group;
		const largest = group.reduce((big, route) => (size(route.path) > size(big.path) ? route : big));
		return [first!, ...(largest === first ? [] : [largest])].map((route) => ({
			template: route.template,
			locale: route.locale,
			path: route.path,
			first: route === first,
		}));
	});
	return [...samples, { template: 'notFound', locale: 'nb', path: '/404.html', first: true }];
}
