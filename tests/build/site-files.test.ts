import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '~/i18n/locales.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { essentialSetBudget } from '~/lib/offline/essential-set.ts';
import { builtPages, distDir, readBuilt } from '../support/dist.ts';

const pages = builtPages().map((page) => ({ ...page, document: parse(readBuilt(page.file)) }));
const isNoindex = (document: ReturnType<typeof parse>) =>
	document.querySelector('meta[name=robots]')?.getAttribute('content')?.includes('noindex') ??
	false;

describe('the sitemap', () => {
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
	const urls = [parser.parse(readBuilt('sitemap.xml')).urlset.url].flat();
	const byPath = new Map(urls.map((url) => [new URL(url.loc).pathname, url]));

	test('lists every page search engines may index, and no other', () => {
		const indexable = pages.filter(
			({ path, document }) => path !== '/404.html' && !isNoindex(document),
		);
		expect([...byPath.keys()].sort()).toEqual(indexable.map(({ path }) => path).sort());
	});

	test("gives each page its translations as hreflang alternates, the same as the page's own", () => {
		for (const { path, document } of pages) {
			const entry = byPath.get(path);
			if (!entry) continue;
			const own = document
				.querySelectorAll('link[rel=alternate][hreflang]')
				.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`);
			const listed = [entry['xhtml:link'] ?? []]
				.flat()
				.map((link: { hreflang: string; href: string }) => `${link.hreflang} ${link.href}`);
			expect(listed, path).toEqual(own);
			expect(listed.length, path).toBeGreaterThanOrEqual(3);
		}
	});
});

test('robots.txt allows crawling and names the sitemap', () => {
	const robots = readBuilt('robots.txt');
	expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
	const sitemap = robots.match(/^Sitemap: (.+)$/m)?.[1];
	expect(sitemap && existsSync(join(distDir, new URL(sitemap).pathname))).toBe(true);
});

describe.each(localeCodes)('the %s web app manifest', (locale) => {
	const t = useTranslations(locale);
	const manifest = JSON.parse(readBuilt(`${locale}/manifest.webmanifest`));

	test("names the site in the page's language and opens on its home page", () => {
		expect(manifest).toMatchObject({
			name: t('site.name'),
			lang: locale,
			start_url: `/${locale}/`,
		});
	});

	test('uses only icons from this site, which exist', () => {
		expect(manifest.icons.length).toBeGreaterThan(0);
		for (const icon of manifest.icons) expect(existsSync(join(distDir, icon.src))).toBe(true);
	});

	test(`is linked from every ${locale} page`, () => {
		for (const { path, document } of pages.filter(({ path }) => path.startsWith(`/${locale}/`))) {
			expect(document.querySelector('link[rel=manifest]')?.getAttribute('href'), path).toBe(
				`/${locale}/manifest.webmanifest`,
			);
		}
	});
});

test('every page has the favicon, and the 404 page speaks both languages', () => {
	expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
	for (const { path, document } of pages)
		expect(document.querySelector('link[rel=icon]')?.getAttribute('href'), path).toBe(
			'/favicon.svg',
		);
	const notFound = pages.find(({ path }) => path === '/404.html')!.document;
	for (const locale of localeCodes)
		expect(notFound.textContent).toContain(useTranslations(locale)('notFound.title'));
});

describe.each(localeCodes)('the %s saved copy', (locale) => {
	const list = JSON.parse(readBuilt(`saved-copy/${locale}.json`)) as {
		downloadBytes: number;
		storedBytes: number;
		files: Record<string, string>;
	};
	const paths = Object.keys(list.files);
	const t = useTranslations(locale);

	test(`downloads at most ${essentialSetBudget / 1e6} MB, and every file it lists exists`, () => {
		expect(list.downloadBytes).toBeLessThanOrEqual(essentialSetBudget);
		expect(
			paths.filter(
				(path) => !existsSync(join(distDir, path, path.endsWith('/') ? 'index.html' : '')),
			),
		).toEqual([]);
	});

	test('holds the explainer whole, every service, the search index and the offline page, in its language only', () => {
		const offline = `/${locale}/${t('route.offline')}/`;
		expect(paths).toContain(offline);
		expect(paths).toContain(`/${locale}/${t('route.explainer')}/`);
		expect(paths).toContain(`/${locale}/${t('route.directory')}/jussbuss/`);
		expect(paths.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
		expect(
			paths.filter((path) => /^\/(nb|nn|en)\//.test(path) && !path.startsWith(`/${locale}/`)),
		).toEqual([]);
		const explainerPages = builtPages().filter((page) =>
			page.path.startsWith(`/${locale}/${t('route.explainer')}/`),
		);
		expect(explainerPages.filter((page) => !paths.includes(page.path))).toEqual([]);
	});
});
