import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, problemsByPage, readBuilt } from '../support/dist.ts';

// The size budgets from the README, checked on the built files (gzip level 6, as hosts use). The
// same figures, measured in Chromium, are in `npm run bench`.
const gzipped = (text: string) => gzipSync(text).length;
const fileAt = (url: string) => url.replace(/^\//, '');

/** A JavaScript module and every module it imports statically, as built files. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const code = readBuilt(fileAt(entry));
	for (const [, specifier] of code.matchAll(/(?:import|from)\s*"(\.\/[^"]+\.js)"/g)) {
		moduleGraph(new URL(specifier!, `http://site${entry}`).pathname, seen);
	}
	return seen;
}

const pages = builtPages().map((page) => {
	const document = parse(readBuilt(page.file));
	const css = document
		.querySelectorAll('link[rel=stylesheet]')
		.map((link) => gzipped(readBuilt(fileAt(link.getAttribute('href')!))));
	const entries = [
		...document.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
		...document
			.querySelectorAll('astro-island')
			.flatMap((island) => [
				island.getAttribute('component-url')!,
				island.getAttribute('renderer-url')!,
			]),
	];
	const modules = new Set(entries.flatMap((entry) => [...moduleGraph(entry)]));
	const inline = document
		.querySelectorAll('script:not([src]):not([type="application/ld+json"])')
		.map((script) => gzipped(script.textContent));
	const js =
		[...modules].reduce((total, module) => total + gzipped(readBuilt(fileAt(module))), 0) +
		inline.reduce((a, b) => a + b, 0);
	return {
		...page,
		document,
		html: gzipped(readBuilt(page.file)),
		css: css.reduce((a, b) => a + b, 0),
		js,
	};
});

const articles = pages.filter(({ document }) => document.querySelector('article.article'));
// The sources page is an index of every source the site cites (some 300), not an article to read
// through: it is held to "no JavaScript" only, and `npm run bench` reports its weight.
const isSourceIndex = (document: (typeof pages)[number]['document']) =>
	document.querySelector('.source-index') !== null;

// One inline script: "Exit this page" (which also removes a saved copy); once the page has loaded
// it fetches the saved copy's offer (/saved-copy-offer.js). An external module script costs
// Lighthouse's simulated mobile LCP some 300 ms.
test('every article page has only the inline script of "Exit this page", under 1 KB gzipped', () => {
	expect(
		problemsByPage(articles, ({ js, document }) => [
			...document
				.querySelectorAll('script[src], astro-island')
				.map((element) => element.getAttribute('src') ?? element.tagName),
			...(js > 0 && js <= 1024 ? [] : [`${js} bytes of JavaScript`]),
		]),
	).toEqual({});
});

test('every article page weighs at most 20 KB gzipped, HTML and CSS together', () => {
	expect(
		problemsByPage(
			articles.filter(({ document }) => !isSourceIndex(document)),
			({ html, css }) => (html + css <= 20 * 1024 ? [] : [`${html + css} bytes`]),
		),
	).toEqual({});
});

test('the article budget covers the information pages, news items and country pages', () => {
	expect(articles.filter(({ document }) => !isSourceIndex(document)).length).toBeGreaterThanOrEqual(
		50,
	);
});

describe.each(
	pages.filter(({ path }) =>
		/^\/(nb\/(veiviser|finn-hjelp)|en\/(pathway-explainer|find-help))\/$/.test(path),
	),
)('$path', ({ js }) => {
	// 16 KB since the explainer prints and copies the questions for the defence lawyer (was 15).
	test('loads at most 16 KB of JavaScript gzipped for its island, Preact included', () => {
		expect(js).toBeGreaterThan(0);
		expect(js).toBeLessThanOrEqual(16 * 1024);
	});
});

// The pages with an island carry its data: the explainer's start page its questions (the outcomes'
// words are fetched once it has loaded), the directory each service's filter facts (the cards are
// its HTML). Before each page's CSS was pruned they weighed 34.2 and 45.1 KB; the budget is a
// quarter less.
test('the explainer’s and the directory’s start pages weigh at most 25 and 33 KB gzipped, HTML and CSS together', () => {
	const budget = (path: string) =>
		/\/(veiviser|vegvisar|pathway-explainer)\/$/.test(path) ? 25 : 33;
	const islandPages = pages.filter(({ path }) =>
		/^\/(nb|nn|en)\/(veiviser|vegvisar|pathway-explainer|finn-hjelp|find-help)\/$/.test(path),
	);
	expect(islandPages).toHaveLength(6);
	expect(
		problemsByPage(islandPages, ({ path, html, css }) =>
			html + css <= budget(path) * 1024 ? [] : [`${html + css} bytes`],
		),
	).toEqual({});
});

test('the saved copy’s offer, which every page fetches once it has loaded, is at most 1.5 KB gzipped', () => {
	expect(gzipped(readBuilt('saved-copy-offer.js'))).toBeLessThanOrEqual(1.5 * 1024);
});
