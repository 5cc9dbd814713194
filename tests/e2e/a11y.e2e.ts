import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, siteUrl } from './support/browser.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
});

describe('every built page, in both languages', () => {
	test.each(builtPages())('$path has no WCAG 2.1 A/AA violations', async ({ path }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(siteUrl(path));
		expect(await axeViolations(page)).toEqual([]);
	});

	test.each(builtPages())(
		'$path reflows to 320 CSS pixels without sideways scrolling',
		async ({ path }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(siteUrl(path));
			// Measured after the islands have rendered: their filters and forms are wider than the
			// static HTML they replace.
			await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			// A component stylesheet that declares a cascade layer before the global one would reorder the
			// layers and let Designsystemet's web font (never loaded here) win over the site's font stack.
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
				/sans-serif$/,
			);
		},
	);
});
