import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { wordsBrokenWithoutHyphen } from './support/word-breaks.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

// The comparison table, not the charts' tables on the same page.
const comparison = (page: Page) => page.getByRole('table', { name: 'The countries compared' });
const firstColumn = (page: Page) => comparison(page).locator('tbody th').allTextContents();
const column = (page: Page, index: number) =>
	comparison(page).locator(`tbody tr td:nth-child(${index})`).allTextContents();
const byNumber = (values: string[]) =>
	values.map((value) => Number.parseInt(value, 10)).filter((value) => !Number.isNaN(value));

describe('the country comparison table', () => {
	test('is in alphabetical order without JavaScript', async () => {
		const { context, page } = await openPage(browser, '/en/countries/', {
			javaScriptEnabled: false,
		});
		const names = await firstColumn(page);
		expect(names.length).toBeGreaterThan(1);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		expect(names).toContain('Norway');
		await context.close();
	});

	test('sorts by a column with JavaScript, both ways, and says so with aria-sort', async () => {
		const { context, page } = await openPage(browser, '/en/countries/');
		const yearHeader = page.getByRole('columnheader', { name: 'Year started' });
		await yearHeader.getByRole('button').click();
		const ascending = byNumber(await column(page, 3));
		expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
		expect(await yearHeader.getAttribute('aria-sort')).toBe('ascending');
		await yearHeader.getByRole('button').click();
		const descending = byNumber(await column(page, 3));
		expect(descending).toEqual([...descending].sort((a, b) => b - a));
		expect(await yearHeader.getAttribute('aria-sort')).toBe('descending');
		// Figures first, largest first is not implied: unknown figures always sort last.
		await page.getByRole('columnheader', { name: 'Treatment courts' }).getByRole('button').click();
		const courts = await column(page, 4);
		const firstUnknown = courts.findIndex((value) => Number.isNaN(Number.parseInt(value, 10)));
		if (firstUnknown >= 0)
			expect(
				courts.slice(firstUnknown).every((value) => Number.isNaN(Number.parseInt(value, 10))),
			).toBe(true);
		await context.close();
	});
});

describe('the countries on a narrow phone and at 200 % zoom', () => {
	test.each([
		['/nb/land/', 320],
		['/en/countries/norway/', 320],
		['/nn/land/', 360],
		['/en/countries/', 640],
	])(
		'%s at %i px: no year or heading breaks inside a word, and the caption and hint show whole, once',
		async (path, width) => {
			const { context, page } = await openPage(browser, path, {
				viewport: { width, height: 740 },
			});
			expect(await wordsBrokenWithoutHyphen(page, 'table th, table td:not(:last-child)')).toEqual(
				[],
			);
			const captions = page.locator('.country-table__caption, .series-chart__table caption');
			for (const caption of await captions.all()) {
				const box = (await caption.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
				expect(
					await caption.evaluate((element) => element.scrollWidth <= element.clientWidth),
				).toBe(true);
			}
			const hints = await page.locator('.country-table__scroll-hint:visible').count();
			expect(hints).toBeLessThanOrEqual(1);
			await context.close();
		},
	);
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
				.getByText('The newest figure in the sources is from 2019, more than two years ago.')
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
