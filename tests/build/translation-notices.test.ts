import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { buildSite, copyContent } from '../support/build-site.ts';

// Builds the site from a copy of content/ where one page has lost its English twin
// and one English twin was reviewed long before its Norwegian source.
let dist: string;
beforeAll(() => {
	const content = copyContent();
	rmSync(join(content, 'pages/en/privacy.mdx'));
	const setReviewed = (file: string, date: string) =>
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/lastReviewed: .*/, `lastReviewed: ${date}`),
		);
	setReviewed(join(content, 'pages/nb/about.mdx'), '2026-06-01');
	setReviewed(join(content, 'pages/en/about.mdx'), '2025-01-15');
	dist = buildSite({ CONTENT_DIR: content });
}, 600_000);

const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const en = useTranslations('en');

describe('a page with no English translation yet', () => {
	test('still exists at an English address, with the Norwegian text and a translated notice', () => {
		const document = page('en/privacy');
		expect(document.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
		expect(document.querySelector('main')?.text).toContain(en('notice.fallback'));
		expect(document.querySelector('article')?.getAttribute('lang')).toBe('nb-NO');
		expect(document.querySelector('h1')?.text).toBe('Personvern');
	});

	test('points search engines to the Norwegian original', () => {
		const document = page('en/privacy');
		expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(
			/\/nb\/personvern\/$/,
		);
		expect(document.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
	});

	test('is offered by the Norwegian page’s language switcher, marked as not translated', () => {
		const link = page('nb/personvern').querySelector('.language-switcher a[hreflang="en-GB"]');
		expect(link?.getAttribute('href')).toBe('/en/privacy/');
		expect(link?.text).toContain(en('languageSwitcher.untranslated'));
	});
});

describe('an English page reviewed before its Norwegian twin', () => {
	test('warns that it may be out of date and links to the newer Norwegian page', () => {
		const main = page('en/about').querySelector('main')!;
		expect(main.text).toContain(en('notice.outdated', { date: '1 June 2026' }));
		expect(main.querySelector(`a[href="/nb/om-nettstedet/"]`)?.text).toBe(
			en('notice.outdatedLink'),
		);
	});

	test('the newer Norwegian page carries no such notice', () => {
		expect(page('nb/om-nettstedet').querySelector('main')?.text).not.toContain(
			useTranslations('nb')('notice.outdatedLink'),
		);
	});
});
