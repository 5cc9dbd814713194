import type { Route, Template } from '../routing/route-table.ts';

// What the saved copy downloads at once in the reader's language: the pages a person in a
// criminal case, or their family, acts on. Everything else is saved when the reader opens it.

/** Templates whose every page is saved: the explainer whole (with and without JavaScript, its
 * outcomes' words included), the directory with every service and every filtered list, the search
 * page, and the offline page. */
const everyPageOf: ReadonlySet<Template> = new Set<Template>([
	'home',
	'explainer',
	'explainerOutcomes',
	'explainerStep',
	'countyOutcome',
	'directory',
	'service',
	'county',
	'category',
	'search',
	'offline',
]);

/**
 * Information pages saved at once, by file name: where a defendant or a family starts, the
 * programme, the defence lawyer, and what the site stores and how accessible it is.
 */
export const essentialArticles = [
	'for-defendants',
	'for-families',
	'drug-court-programme',
	'defence-lawyer',
	'privacy',
	'accessibility',
] as const;

/** Whether the saved copy downloads this page when the reader saves the site. */
export function isEssential(route: Pick<Route, 'template' | 'key'>): boolean {
	if (everyPageOf.has(route.template)) return true;
	return (
		route.template === 'article' &&
		essentialArticles.some((name) => route.key === `article:${name}`)
	);
}

/** The largest download the saved copy of one language may be, in bytes (compressed, as served). */
export const essentialSetBudget = 3_000_000;
