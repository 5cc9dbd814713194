import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, siteUrl } from './support/browser.ts';
import { nothing, recordedPage, whatThePageDid, type RecordedPage } from './support/privacy.ts';

let browser: Browser;
let recorded: RecordedPage;
let page: Page;
let requests: string[];
beforeAll(async () => {
	browser = await launchBrowser();
	recorded = await recordedPage(await browser.newContext());
	({ page, requests } = recorded);
});
afterAll(async () => {
	await browser?.close();
});

/** Requests after the page loaded, apart from the browser fetching the favicon whenever it likes. */
const requestsSince = (count: number) =>
	requests.slice(count).filter((url) => !url.endsWith('/favicon.svg'));

describe('using the interactive parts', () => {
	test('searching loads the index from this site only, and the WebAssembly runs under the CSP', async () => {
		recorded.forget();
		await page.goto(siteUrl('/nb/sok/?q=fengsel'));
		await page.waitForSelector('.site-search[data-state="done"]');
		expect(await page.locator('.site-search__results li').count()).toBeGreaterThan(0);
		expect(requests.some((url) => url.endsWith('.pagefind'))).toBe(true);
		expect(await whatThePageDid(recorded)).toEqual(nothing);
	});

	test('answering the explainer keeps the answers in the page: nothing stored, nothing sent', async () => {
		recorded.forget();
		// The page fetches the outcomes' words once it has loaded, the same file for every reader.
		const outcomes = page.waitForResponse(siteUrl('/en/pathway-explainer/outcomes.json'));
		await page.goto(siteUrl('/en/pathway-explainer/'));
		await page.waitForSelector('astro-island:not([ssr])');
		await outcomes;
		const loaded = requests.length;
		await page.getByRole('link', { name: 'Start now' }).click();
		await page.getByRole('radio', { name: 'Yes, I have been charged or indicted' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByRole('radio', { name: '18 or older' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		expect(await whatThePageDid(recorded)).toEqual(nothing);
		expect(requestsSince(loaded)).toEqual([]);
	});

	test('filtering the directory stores nothing and asks no one', async () => {
		recorded.forget();
		await page.goto(siteUrl('/nb/finn-hjelp/'));
		await page.waitForSelector('.directory[data-state="enhanced"]');
		const loaded = requests.length;
		// The filters start closed, behind one button.
		await page.getByRole('button', { name: /^Filtrer listen/ }).click();
		await page.getByRole('checkbox', { name: 'Rettshjelp' }).check();
		expect(await whatThePageDid(recorded)).toEqual(nothing);
		expect(requestsSince(loaded)).toEqual([]);
	});

	test('the headers forbid framing and referrers, and restrict browser features', async () => {
		const response = await page.goto(siteUrl('/nb/'));
		const headers = response!.headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['permissions-policy']).toContain('geolocation=()');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['set-cookie']).toBeUndefined();
	});
});
