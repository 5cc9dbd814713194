import { availableParallelism } from 'node:os';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { samplePages, type SamplePage } from '../support/sample-pages.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, siteUrl } from './support/browser.ts';
import { nothing, recordedPage, whatThePageDid, type RecordedPage } from './support/privacy.ts';

// The expensive checks, on one or two pages of every template in every language (chosen from the
// route table: tests/support/sample-pages.ts): the page reflows to 320 px, keeps everything to
// itself, has "Exit this page" on screen at the end of the page on a 360 × 740 phone and a
// helpline one tap away, and (on the template's first page) has no WCAG 2.1 A/AA violations.
// Pages with an island are also tried without JavaScript (all but axe, which needs scripts). The cheap checks run on every page in
// tests/build/.
const tabs = Math.max(1, Math.min(availableParallelism(), 4));

/** Templates whose page changes when JavaScript runs (an island replaces part of it). */
const withIsland = new Set(['directory', 'explainer', 'search']);
/** The language choice page moves on at once (with or without JavaScript): readers never stay. */
const transit = new Set(['languageChoice']);

const runs = samplePages().flatMap((sample) => [
	{ ...sample, javaScript: true },
	...(withIsland.has(sample.template) ? [{ ...sample, javaScript: false }] : []),
]);

let browser: Browser;
const idle = new Map<boolean, RecordedPage[]>([
	[true, []],
	[false, []],
]);
const waiting = new Map<boolean, ((tab: RecordedPage) => void)[]>([
	[true, []],
	[false, []],
]);
beforeAll(async () => {
	browser = await launchBrowser();
	for (let index = 0; index < tabs; index += 1)
		// A context per tab: cookies and storage of one page never show up in another's report.
		idle.get(true)!.push(await recordedPage(await browser.newContext()));
	idle.get(false)!.push(await recordedPage(await browser.newContext({ javaScriptEnabled: false })));
});
afterAll(async () => {
	await browser?.close();
});

async function withTab<T>(javaScript: boolean, use: (tab: RecordedPage) => Promise<T>): Promise<T> {
	const tab =
		idle.get(javaScript)!.pop() ??
		(await new Promise<RecordedPage>((give) => waiting.get(javaScript)!.push(give)));
	try {
		return await use(tab);
	} finally {
		const next = waiting.get(javaScript)!.shift();
		if (next) next(tab);
		else idle.get(javaScript)!.push(tab);
	}
}

/** There, on screen, and what a tap at its centre reaches (nothing lies over it). */
const inReach = async (locator: Locator) =>
	// A hidden control has no role in the accessibility tree: none found, not in reach (no waiting).
	(await locator.count()) === 1 &&
	locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return (
			box.width >= 44 &&
			box.height >= 44 &&
			box.top >= 0 &&
			box.bottom <= window.innerHeight &&
			box.right <= window.innerWidth &&
			(hit === element || element.contains(hit))
		);
	});

const name = ({ template, locale, path }: SamplePage) => `${template} (${locale}) ${path}`;

describe.concurrent('every template, in every language', () => {
	test.for(runs)('$template ($locale) $path, JavaScript $javaScript', (sample, { expect }) =>
		withTab(sample.javaScript, async (tab) => {
			const { page } = tab;
			const t = useTranslations(sample.locale);
			tab.forget();
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(siteUrl(sample.path), { waitUntil: 'load' });
			if (sample.javaScript)
				// Measured after the islands have rendered: their forms are wider than the HTML they replace.
				expect.soft(await whatThePageDid(tab), `${name(sample)}: privacy`).toEqual(nothing);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect.soft(overflow, `${name(sample)}: sideways scrolling at 320 px`).toBeLessThanOrEqual(0);
			// A component stylesheet that declares a cascade layer before the global one would
			// reorder the layers and let Designsystemet's web font (never loaded here) win over the
			// site's font stack.
			expect
				.soft(await page.evaluate(() => getComputedStyle(document.body).fontFamily))
				.toMatch(/sans-serif$/);

			if (!transit.has(sample.template)) {
				await page.setViewportSize({ width: 360, height: 740 });
				await page.evaluate(() =>
					window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
				);
				const exit = page.getByRole('link', { name: t('exit.label'), exact: true });
				expect.soft(await inReach(exit), `${name(sample)}: exit on screen at the end`).toBe(true);
				// A helpline on screen, or one tap away in the menu.
				const menu = page.locator('.site-menu__toggle');
				const onScreen = page.locator('a[href^="tel:"]:visible');
				const reachable = async () => {
					for (const link of await onScreen.all()) if (await inReach(link)) return true;
					return false;
				};
				let helpline = await reachable();
				if (!helpline && (await menu.count()) > 0) {
					await menu.click();
					helpline = await reachable();
					await menu.click();
				}
				expect.soft(helpline, `${name(sample)}: a helpline one tap away`).toBe(true);
			}

			// axe needs the page's own timers, which do not run without JavaScript.
			if (sample.first && sample.javaScript) {
				await page.setViewportSize({ width: 1280, height: 900 });
				expect.soft(await axeViolations(page), `${name(sample)}: axe at 1280 px`).toEqual([]);
			}
		}),
	);
});
