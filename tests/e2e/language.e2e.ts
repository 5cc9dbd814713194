import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

	test('with JavaScript and a browser in neither language, it goes to Norwegian', async () => {
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
	])('on %s, "%s" lands on the same page in the other language: %s', async (from, name, to) => {
		const { context, page } = await openPage(browser, from);
		await page
			.getByRole('navigation', { name: /^(Språk|Language)$/ })
			.getByRole('link', { name })
			.click();
		expect(new URL(page.url()).pathname).toBe(to);
		await context.close();
	});
});
