import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { locales } from '~/i18n/locales.ts';
import { vocabularyFile } from '~/lib/search/sections.ts';
import type { SearchVocabulary } from '~/lib/search/vocabulary.ts';
import { builtPages, distDir, readBuilt } from '../support/dist.ts';

const documents = builtPages().map((page) => ({ ...page, document: parse(readBuilt(page.file)) }));
const indexed = documents.filter(({ document }) => document.querySelector('[data-pagefind-body]'));
const searchPages = new Set(['/nb/sok/', '/en/search/', '/nn/sok/']);

test('the build leaves one Pagefind index per language, with every searchable page in it', () => {
	const entry = JSON.parse(readBuilt('pagefind/pagefind-entry.json')) as {
		languages: Record<string, { page_count: number }>;
	};
	expect(Object.keys(entry.languages).sort()).toEqual(
		locales.map((locale) => locale.bcp47.toLowerCase()).sort(),
	);
	for (const locale of locales) {
		const pagesInLocale = indexed.filter(({ path }) => path.startsWith(`/${locale.code}/`));
		expect(entry.languages[locale.bcp47.toLowerCase()]!.page_count).toBe(pagesInLocale.length);
		// Each language's search code carries its Snowball stemmer (Pagefind maps nb, nn and no to
		// Norwegian), so it is larger than the stemmer-less code Pagefind uses for unknown languages.
		const wasmBytes = (name: string) =>
			statSync(join(distDir, 'pagefind', `wasm.${name}.pagefind`)).size;
		expect(wasmBytes(locale.bcp47.toLowerCase())).toBeGreaterThan(wasmBytes('unknown'));
	}
	expect(indexed.length).toBeGreaterThan(80);
});

test('only the main content is indexed, never the header, navigation or footer', () => {
	for (const { path, document } of indexed) {
		const bodies = document.querySelectorAll('[data-pagefind-body]');
		expect(
			bodies.map((body) => body.tagName),
			path,
		).toEqual(['MAIN']);
	}
});

test('every indexed page names its section, and services also their category and region', () => {
	for (const { path, document } of indexed) {
		const filters = document
			.querySelectorAll('[data-pagefind-filter]')
			.map((element) => element.getAttribute('data-pagefind-filter')!.split(':')[0]);
		const expected =
			path.includes('/finn-hjelp/') || path.includes('/find-help/')
				? ['section', 'category', 'region']
				: ['section'];
		expect([...new Set(filters)], path).toEqual(expected);
		expect(document.querySelector('[data-pagefind-meta^="section:"]'), path).not.toBeNull();
	}
});

test('pages without search carry no search code: only the search pages load the search island', () => {
	const searchChunks = readdirSync(join(distDir, '_astro')).filter((name) =>
		readBuilt(join('_astro', name)).includes('pagefind/pagefind.js'),
	);
	expect(searchChunks).toHaveLength(1);
	const loading = documents
		.filter(({ file }) => readBuilt(file).includes(searchChunks[0]!))
		.map(({ path }) => path);
	expect(new Set(loading)).toEqual(searchPages);
});

test('every word the search page may put into a query (a respelling, a correction, a compound, the other written Norwegian’s form) is a word the pages of that language use', () => {
	for (const locale of locales) {
		const vocabulary = JSON.parse(readBuilt(vocabularyFile(locale.bcp47))) as SearchVocabulary;
		// The words of each page's main element, tags stripped (node-html-parser drops some text
		// inside <dl><div>, so its textContent is no reference here).
		const words = new Set(
			indexed
				.filter(({ path }) => path.startsWith(`/${locale.code}/`))
				.flatMap(({ file }) => {
					const html = readBuilt(file);
					return html
						.slice(html.indexOf('data-pagefind-body'), html.indexOf('</main>'))
						.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
						.replace(/<[^>]+>/g, ' ')
						.replaceAll('\u00AD', '')
						.toLocaleLowerCase(locale.bcp47)
						.split(/[^\p{L}\p{N}]+/u);
				}),
		);
		const offered = [
			...vocabulary.words,
			...Object.values(vocabulary.spellings),
			...Object.values(vocabulary.forms),
			...Object.values(vocabulary.compounds).flat(),
		];
		expect(
			offered.filter((word) => !words.has(word)),
			locale.code,
		).toEqual([]);
		expect(Object.keys(vocabulary.spellings).length).toBeGreaterThan(20);
		expect(Object.keys(vocabulary.compounds).length).toBeGreaterThan(50);
	}
});
