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

describe('the page frame', () => {
	test('the first Tab shows the skip link, and it moves focus to the main content', async () => {
		const { context, page } = await openPage(browser, '/nb/om-nettstedet/');
		await page.keyboard.press('Tab');
		const skipLink = page.getByRole('link', { name: useTranslations('nb')('skipLink.label') });
		expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await skipLink.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await context.close();
	});

	test('a focused link has a visible focus outline', async () => {
		const { context, page } = await openPage(browser, '/en/about/');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
		await context.close();
	});

	test('breadcrumbs lead back to the home page', async () => {
		const { context, page } = await openPage(browser, '/en/privacy/');
		await page
			.getByRole('navigation', { name: 'You are here' })
			.getByRole('link', { name: 'Home' })
			.click();
		expect(new URL(page.url()).pathname).toBe('/en/');
		await context.close();
	});

	test('printing leaves out the header, menus and breadcrumbs', async () => {
		const { context, page } = await openPage(browser, '/nb/personvern/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header').isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: 'Du er her' }).isVisible()).toBe(false);
		expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		await context.close();
	});

	test('dark mode follows the reader’s system setting', async () => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(siteUrl('/nb/'));
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [red, green, blue] = background.match(/\d+/g)!.map(Number) as [number, number, number];
		expect(red + green + blue).toBeLessThan(150);
		await context.close();
	});
});
