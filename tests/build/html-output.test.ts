import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { locales } from '~/i18n/locales.ts';
import { builtPages, distDir, problemsByPage, readBuilt } from '../support/dist.ts';

const pages = builtPages();
const documents = new Map(pages.map((page) => [page.path, parse(readBuilt(page.file))]));
const siteOrigin = new URL(
	documents.get('/nb/')!.querySelector('link[rel=canonical]')!.getAttribute('href')!,
).origin;
const languageTags = locales.map((locale) => locale.bcp47);

/** The dist/ file a site path is served from, or undefined when nothing is there. */
function fileForPath(path: string): string | undefined {
	const candidates = path.endsWith('/')
		? [join(path, 'index.html')]
		: [path, join(path, 'index.html')];
	return candidates.map((candidate) => join(distDir, candidate)).find((file) => existsSync(file));
}

function ids(document: HTMLElement): Set<string> {
	return new Set(document.querySelectorAll('[id]').map((element) => element.id));
}

test('the build has a home page per language and the language choice page', () => {
	expect(documents.has('/')).toBe(true);
	for (const locale of locales) expect(documents.has(`/${locale.code}/`)).toBe(true);
});

const withDocuments = pages.map((page) => ({ ...page, document: documents.get(page.path)! }));
const indexableWithDocuments = withDocuments.filter((page) => page.path !== '/404.html');

describe('every page', () => {
	test('declares a configured language', () => {
		expect(
			problemsByPage(withDocuments, ({ document }) => {
				const lang = document.querySelector('html')!.getAttribute('lang');
				return (languageTags as string[]).includes(lang!) ? [] : [`lang="${lang}"`];
			}),
		).toEqual({});
	});

	// HTML allows <style> only in <head> here; a stricter validator than html-validate reports it.
	test('has its style elements in the head', () => {
		expect(
			problemsByPage(withDocuments, ({ document }) =>
				document.querySelectorAll('body style').map(() => '<style> in <body>'),
			),
		).toEqual({});
	});

	// The test build has no SITE_URL: printed addresses must then be paths, never a local address.
	test('prints no local test address: the address line and printed links show paths', () => {
		expect(
			problemsByPage(withDocuments, ({ document }) =>
				[
					...document.querySelectorAll('.nk-print-only').map((element) => element.textContent),
					...document
						.querySelectorAll('[data-print-url]')
						.map((element) => element.getAttribute('data-print-url')!),
				].filter((text) => /localhost|127\.0\.0\.1/.test(text)),
			),
		).toEqual({});
	});

	test('has exactly one h1', () => {
		expect(
			problemsByPage(withDocuments, ({ document }) => {
				const count = document.querySelectorAll('h1').length;
				return count === 1 ? [] : [`${count} h1 elements`];
			}),
		).toEqual({});
	});

	test('has a title and a meta description', () => {
		expect(
			problemsByPage(withDocuments, ({ document }) => [
				...(document.querySelector('title')?.text.trim() ? [] : ['no <title>']),
				...(document.querySelector('meta[name=description]')?.getAttribute('content')?.trim()
					? []
					: ['no meta description']),
			]),
		).toEqual({});
	});

	test('has headings in order, without skipping a level', () => {
		expect(
			problemsByPage(withDocuments, ({ document }) => {
				const levels = document
					.querySelectorAll('h1, h2, h3, h4, h5, h6')
					.map((heading) => Number(heading.tagName[1]));
				return levels.some((level, index) => index > 0 && level > levels[index - 1]! + 1)
					? [`heading levels: ${levels.join(' ')}`]
					: [];
			}),
		).toEqual({});
	});

	test('has no link whose text says nothing on its own', () => {
		const vague = /^(her|klikk her|les mer|mer|lenke|here|click here|read more|more|link)$/i;
		expect(
			problemsByPage(withDocuments, ({ document }) =>
				document
					.querySelectorAll('a[href]')
					.map((link) => link.text.trim())
					.filter((text) => vague.test(text) || text === '')
					.map((text) => `link text "${text}"`),
			),
		).toEqual({});
	});

	test('links to pages in its own language, apart from the language switcher', () => {
		expect(
			problemsByPage(withDocuments, ({ path, document }) => {
				const lang = document.querySelector('html')!.getAttribute('lang')!;
				const ownPrefix = `/${locales.find((locale) => locale.bcp47 === lang)!.code}/`;
				const otherPrefixes = locales
					.map((locale) => `/${locale.code}/`)
					.filter((prefix) => prefix !== ownPrefix);
				return document
					.querySelectorAll('a[href]')
					.filter((link) => !link.closest('.language-switcher') && !link.getAttribute('hreflang'))
					.map((link) => new URL(link.getAttribute('href')!, new URL(path, siteOrigin)))
					.filter(
						(url) =>
							url.origin === siteOrigin &&
							otherPrefixes.some((prefix) => url.pathname.startsWith(prefix)),
					)
					.map((url) => `links to ${url.pathname}`);
			}),
		).toEqual({});
	});

	test('links only to internal pages and anchors that exist', () => {
		expect(
			problemsByPage(withDocuments, ({ path, document }) => {
				const broken: string[] = [];
				for (const link of document.querySelectorAll('a[href]')) {
					const href = link.getAttribute('href')!;
					if (/^(mailto|tel):/.test(href)) continue;
					const url = new URL(href, new URL(path, siteOrigin));
					if (url.origin !== siteOrigin) continue;
					const target = url.pathname === path ? document : documents.get(url.pathname);
					if (!target && !fileForPath(url.pathname)) broken.push(`no page at ${href}`);
					else if (url.hash && target && !ids(target).has(decodeURIComponent(url.hash.slice(1))))
						broken.push(`no anchor for ${href}`);
				}
				return broken;
			}),
		).toEqual({});
	});
});

// 404.html answers every missing address, so it has no canonical URL or alternates of its own.
describe('every page but the 404 page', () => {
	test('has an absolute canonical URL to a page that exists', () => {
		expect(
			problemsByPage(indexableWithDocuments, ({ document }) => {
				const canonical = document.querySelector('link[rel=canonical]')?.getAttribute('href');
				return canonical &&
					/^https?:\/\//.test(canonical) &&
					fileForPath(new URL(canonical).pathname)
					? []
					: [`canonical: ${canonical}`];
			}),
		).toEqual({});
	});

	test('has hreflang alternates, including x-default, that resolve to pages', () => {
		expect(
			problemsByPage(indexableWithDocuments, ({ document }) => {
				const alternates = document.querySelectorAll('link[rel=alternate][hreflang]');
				const problems = alternates.some((link) => link.getAttribute('hreflang') === 'x-default')
					? []
					: ['no x-default alternate'];
				for (const link of alternates) {
					const href = new URL(link.getAttribute('href')!);
					if (href.origin !== siteOrigin || !fileForPath(href.pathname))
						problems.push(`${link.getAttribute('hreflang')} → ${href.href}`);
				}
				return problems;
			}),
		).toEqual({});
	});
});

// WCAG 3.1.2: a screen reader reads Bokmål words with a Bokmål voice on a Nynorsk page. (Which
// pages are still in Bokmål changes as translations land; the marking itself is unit-tested in
// localized-text.test.ts.)
test('the breadcrumb of a Nynorsk page still in Bokmål marks its Bokmål title', () => {
	const untranslated = [...documents.entries()].filter(
		([path, document]) =>
			path.startsWith('/nn/') &&
			document.querySelector('article')?.getAttribute('lang') === 'nb-NO',
	);
	expect(untranslated.length).toBeGreaterThan(0);
	for (const [path, document] of untranslated)
		expect(
			document.querySelector('.breadcrumbs [aria-current=page]')?.getAttribute('lang'),
			path,
		).toBe('nb-NO');
	expect(
		documents
			.get('/nn/personvern/')!
			.querySelector('.breadcrumbs [aria-current=page]')
			?.getAttribute('lang'),
	).toBeUndefined();
});
