import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const firstColumn = (page: Page) => page.locator('table tbody th').allTextContents();
const column = (page: Page, index: number) =>
	page.locator(`table tbody tr td:nth-child(${index})`).allTextContents();

describe('the country comparison table', () => {
	test('is in alphabetical order without JavaScript', async () => {
		const { context, page } = await openPage(browser, '/en/countries/', {
			javaScriptEnabled: false,
		});
		expect(await firstColumn(page)).toEqual([
			'Canada',
			'Ireland',
			'Norway',
			'Portugal',
			'Scotland',
			'United States',
		]);
		expect(await page.locator('table caption').textContent()).toContain('The countries compared');
		await context.close();
	});

	test('sorts by a column with JavaScript, both ways, and says so with aria-sort', async () => {
		const { context, page } = await openPage(browser, '/en/countries/');
		const yearHeader = page.getByRole('columnheader', { name: 'Year started' });
		await yearHeader.getByRole('button').click();
		expect(await column(page, 3)).toEqual(['1989', '1998', '2001', '2001', '2001', '2006']);
		expect(await yearHeader.getAttribute('aria-sort')).toBe('ascending');
		await yearHeader.getByRole('button').click();
		expect((await column(page, 3))[0]).toBe('2006');
		expect(await yearHeader.getAttribute('aria-sort')).toBe('descending');
		await page.getByRole('columnheader', { name: 'Treatment courts' }).getByRole('button').click();
		expect(await column(page, 4)).toEqual([
			'14',
			'Unknown',
			'Unknown',
			'Unknown',
			'Unknown',
			'Unknown',
		]);
		await context.close();
	});
});

describe('news and countries', () => {
	test('a news item links to its country, and the country page lists the item', async () => {
		const { context, page } = await openPage(browser, '/nb/nyheter/');
		await page
			.getByRole('link', { name: 'Portugal endrer reglene for narkotika til eget bruk' })
			.click();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Portugal endrer reglene for narkotika til eget bruk',
		);
		await page.locator('.news-meta').getByRole('link', { name: 'Portugal' }).click();
		expect(new URL(page.url()).pathname).toBe('/nb/land/portugal/');
		expect(
			await page
				.getByRole('link', { name: 'Portugal endrer reglene for narkotika til eget bruk' })
				.count(),
		).toBe(1);
		await context.close();
	});

	test('the news list is newest first and paginated', async () => {
		const { context, page } = await openPage(browser, '/en/news/');
		const dates = await page
			.locator('.news-list time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
		expect([...dates].sort().reverse()).toEqual(dates);
		await page
			.getByRole('navigation', { name: 'News pages' })
			.getByRole('link', { name: 'Older news' })
			.click();
		expect(new URL(page.url()).pathname).toBe('/en/news/page/2/');
		await context.close();
	});

	test('an old snapshot warns that it may be out of date', async () => {
		const { context, page } = await openPage(browser, '/en/countries/norway/');
		expect(
			await page
				.getByText('The figures in this snapshot are from 1 January 2017, more than two years ago.')
				.isVisible(),
		).toBe(true);
		await context.close();
	});

	test('the home page shows the latest news', async () => {
		const { context, page } = await openPage(browser, '/nb/');
		const latest = page.getByRole('region', { name: 'Siste nytt' });
		expect(await latest.getByRole('heading', { level: 3 }).count()).toBe(3);
		await context.close();
	});
});
