import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, siteUrl } from './support/browser.ts';
import { nothing, recordedPage, whatThePageDid, type RecordedPage } from './support/privacy.ts';

// Each page is loaded once and checked for everything a reader of any page relies on: it reflows
// to 320 px, it has no WCAG 2.1 A/AA violations, and it keeps everything to itself. Axe is most of
// the time, and runs in the page's renderer, so one tab per core checks pages side by side.
const tabs = Math.max(1, Math.min(availableParallelism(), 4));

let browser: Browser;
const idle: RecordedPage[] = [];
const waiting: ((tab: RecordedPage) => void)[] = [];
beforeAll(async () => {
	browser = await launchBrowser();
	for (let index = 0; index < tabs; index += 1)
		// A context per tab: cookies and storage of one page never show up in another's report.
		idle.push(await recordedPage(await browser.newContext()));
});
afterAll(async () => {
	await browser?.close();
});

async function withTab<T>(use: (tab: RecordedPage) => Promise<T>): Promise<T> {
	const tab = idle.pop() ?? (await new Promise<RecordedPage>((give) => waiting.push(give)));
	try {
		return await use(tab);
	} finally {
		const next = waiting.shift();
		if (next) next(tab);
		else idle.push(tab);
	}
}

describe.concurrent('every built page, in both languages', () => {
	test.for(builtPages())(
		'$path reflows to 320 px, has no WCAG 2.1 A/AA violations, and sets no cookie, stores nothing, asks no other site and breaks no CSP rule',
		({ path }, { expect }) =>
			withTab(async (tab) => {
				const { page } = tab;
				tab.forget();
				await page.setViewportSize({ width: 320, height: 640 });
				await page.goto(siteUrl(path));
				// Measured after the islands have rendered: their filters and forms are wider than the
				// static HTML they replace. whatThePageDid waits for them.
				expect.soft(await whatThePageDid(tab), 'privacy').toEqual(nothing);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				);
				expect.soft(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
				// A component stylesheet that declares a cascade layer before the global one would
				// reorder the layers and let Designsystemet's web font (never loaded here) win over the
				// site's font stack.
				expect
					.soft(await page.evaluate(() => getComputedStyle(document.body).fontFamily))
					.toMatch(/sans-serif$/);
				await page.setViewportSize({ width: 1280, height: 900 });
				expect.soft(await axeViolations(page), 'axe at 1280 px').toEqual([]);
			}),
	);
});
