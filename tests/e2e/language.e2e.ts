import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the language choice page at /', () => {
	test('without JavaScript, it moves on to the Norwegian home page', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(siteUrl('/'));
		await page.waitForURL(/\/nb\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Behandling i stedet for straff',
		);
		await context.close();
	});

	test('with JavaScript, it goes to the language the browser prefers', async () => {
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto(siteUrl('/'));
		await page.waitForURL(/\/en\/$/);
		await context.close();
	});

	test('with JavaScript and a Nynorsk browser, it goes to the Nynorsk home page', async () => {
		const context = await browser.newContext({ locale: 'nn-NO' });
		const page = await context.newPage();
		await page.goto(siteUrl('/'));
		await page.waitForURL(/\/nn\/$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('nn-NO');
		await context.close();
	});

	test('with JavaScript and a browser in none of the languages, it goes to Norwegian', async () => {
		const context = await browser.newContext({ locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto(siteUrl('/'));
		await page.waitForURL(/\/nb\/$/);
		await context.close();
	});
});

describe('the language switcher', () => {
	test.each([
		['/nb/om-nettstedet/', 'English', '/en/about/'],
		['/en/privacy/', 'Norsk bokmål', '/nb/personvern/'],
		['/nb/', 'English', '/en/'],
		['/nb/har-du-en-straffesak/', 'Nynorsk', '/nn/har-du-ei-straffesak/'],
		['/nn/har-du-ei-straffesak/', 'English', '/en/for-defendants/'],
		['/nn/personvern/', 'Norsk bokmål', '/nb/personvern/'],
		['/en/pathway-explainer/', 'Nynorsk', '/nn/vegvisar/'],
	])('on %s, "%s" lands on the same page in that language: %s', async (from, name, to) => {
		const { context, page } = await openPage(browser, from);
		await page
			.getByRole('navigation', { name: /^(Språk|Language)$/ })
			.getByRole('link', { name })
			.click();
		expect(new URL(page.url()).pathname).toBe(to);
		await context.close();
	});
});

describe('a page not yet in Nynorsk', () => {
	test('shows the Bokmål text, marked as Bokmål, under a notice in Nynorsk', async () => {
		const { context, page } = await openPage(browser, '/nn/om-nettstaden/');
		expect(await page.locator('html').getAttribute('lang')).toBe('nn-NO');
		expect(await page.getByRole('note').first().textContent()).toContain(
			useTranslations('nn')('notice.fallback', { language: 'norsk bokmål' }),
		);
		expect(await page.locator('article').getAttribute('lang')).toBe('nb-NO');
		// The menus stay in Nynorsk.
		const nn = useTranslations('nn');
		expect(
			await page.getByRole('link', { name: nn('nav.explainer'), exact: true }).count(),
		).toBeGreaterThan(0);
		await context.close();
	});
});
