import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { distDir } from '../support/dist.ts';
import { launchBrowser } from './support/browser.ts';
import { continueToNextStep } from './support/explainer-steps.ts';

// The saved copy changes the browser's state for its origin, and one test publishes a "new build",
// so these tests serve a copy of the built site of their own.
let browser: Browser;
let site: string;
let server: Server;
let url: (path: string) => string;
beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'saved-copy-'));
	cpSync(distDir, site, { recursive: true });
	const served = await startStaticServer(site);
	server = served.server;
	url = (path) => new URL(path.replace(/^\//, ''), served.url).href;
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => server?.close(resolve));
	rmSync(site, { recursive: true, force: true });
});

/** The site's service workers and caches, as the page sees them. */
const savedState = (page: Page) =>
	page.evaluate(async () => ({
		workers: (await navigator.serviceWorker.getRegistrations()).length,
		caches: (await caches.keys()).length,
	}));

/** Presses "Save this site on this phone", confirms, and waits until the copy is saved. */
async function saveTheSite(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Save this site on this phone' }).click();
	// The size comes from the build's list, fetched when the reader asks.
	const saveNow = page.getByRole('button', { name: 'Save now' });
	await saveNow.waitFor();
	const question = await page.locator('[data-confirm]').textContent();
	await saveNow.click();
	await page
		.getByRole('status')
		.filter({ hasText: 'This site is saved on this phone' })
		.waitFor({ timeout: 60_000 });
	return question ?? '';
}

async function newReader(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	// "Exit this page" leads to yr.no; the tests have no internet, so a stand-in answers.
	await context.route('https://www.yr.no/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>yr</title>' }),
	);
	return { context, page: await context.newPage() };
}

describe('the saved copy', () => {
	test('nothing is saved until the reader asks: no worker, no cache, only the offer', async () => {
		const { context, page } = await newReader();
		await page.goto(url('/en/'));
		await page.goto(url('/en/pathway-explainer/'));
		// The offer arrives a second after the page has loaded.
		await page.getByRole('button', { name: 'Save this site on this phone' }).waitFor();
		expect(await savedState(page)).toEqual({ workers: 0, caches: 0 });
		await context.close();
	});

	test('saved, the site works without internet: pages, the explainer with and without JavaScript, a service, search; other pages show the offline page', async () => {
		const { context, page } = await newReader();
		await page.goto(url('/en/for-families/'));
		const question = await saveTheSite(page);
		expect(question).toMatch(/^Saving downloads about [\d.]+ MB\.$/);

		// What a reader types is stored nowhere: not in a saved page's key, nor in its stored address.
		await page.goto(url('/en/search/?q=private+words'));
		await page.waitForSelector('.site-search[data-state="done"]');
		const addresses = await page.evaluate(async () => {
			const found: string[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys())
					found.push(request.url, (await cache.match(request))!.url);
			}
			return found;
		});
		expect(addresses.length).toBeGreaterThan(200);
		expect(addresses.filter((address) => address.includes('private'))).toEqual([]);

		await context.setOffline(true);
		const home = await page.goto(url('/en/'));
		expect(home?.fromServiceWorker()).toBe(true);
		expect(await page.title()).toBe('Treatment instead of punishment');

		await page.goto(url('/en/find-help/jussbuss/'));
		expect(await page.locator('h1').textContent()).toContain('Jussbuss');

		// The explainer's island, to an outcome.
		await page.goto(url('/en/pathway-explainer/'));
		await page.waitForSelector('astro-island:not([ssr])');
		await page.getByRole('link', { name: 'Start now' }).click();
		for (const answer of [
			'Yes, I have been charged or indicted',
			'18 or older',
			'Theft, burglary or another crime',
			'Yes, it could be prison',
			'Yes',
			'Yes',
			'Yes',
		]) {
			await page.getByRole('radio', { name: answer, exact: true }).check();
			await continueToNextStep(page, 'Continue');
		}
		await page.getByRole('radio', { name: 'Oslo' }).check();
		await continueToNextStep(page, 'Continue');
		await page.getByRole('button', { name: 'See the result' }).click();
		// The result is drawn once the outcomes' words are read from the copy (up to 5 s on a busy machine).
		await expect
			.poll(() => page.locator('h1').textContent(), { timeout: 5000 })
			.toContain('The drug court programme may be an option for you');

		// Search: the index for English is in the copy.
		await page.goto(url('/en/search/?q=defence+lawyer'));
		await page.waitForSelector('.site-search[data-state="done"]');
		expect(await page.locator('.site-search__results li').count()).toBeGreaterThan(0);

		// A page that is not saved: the offline page, in its language, with the saved pages and the numbers.
		await page.goto(url('/en/news/'));
		expect(await page.locator('h1').textContent()).toBe('This page is not saved on this phone');
		expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
		expect(await page.locator('main a[href="/en/pathway-explainer/"]').count()).toBe(1);

		// Without JavaScript, through the static pages, to an outcome.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
		await page.goto(url('/en/pathway-explainer/question-1/'));
		await page.getByRole('link', { name: 'Yes, I have already been sentenced' }).click();
		expect(await page.locator('h1').textContent()).toContain('the time to appeal is short');
		await context.close();
	});

	test('"Remove the saved copy" removes the worker and every cache', async () => {
		const { context, page } = await newReader();
		await page.goto(url('/nb/'));
		await page.getByRole('button', { name: 'Lagre nettstedet på denne telefonen' }).click();
		await page.getByRole('button', { name: 'Lagre nå' }).click();
		await page
			.getByRole('button', { name: 'Fjern den lagrede kopien' })
			.waitFor({ timeout: 60_000 });
		expect(await savedState(page)).toMatchObject({ workers: 1 });
		await page.getByRole('button', { name: 'Fjern den lagrede kopien' }).click();
		await page.getByRole('status').filter({ hasText: 'fjernet' }).waitFor();
		expect(await savedState(page)).toEqual({ workers: 0, caches: 0 });
		await context.close();
	});

	test('"Exit this page" removes the saved copy before it leaves', async () => {
		const { context, page } = await newReader();
		await page.goto(url('/nn/'));
		await page.getByRole('button', { name: 'Lagre nettstaden på denne telefonen' }).click();
		await page.getByRole('button', { name: 'Lagre no' }).click();
		await page.getByRole('button', { name: 'Fjern den lagra kopien' }).waitFor({ timeout: 60_000 });
		await page.getByRole('link', { name: 'Forlat sida' }).click();
		await page.waitForURL('https://www.yr.no/');
		const after = await context.newPage();
		await after.goto(url('/nn/'));
		expect(await savedState(after)).toEqual({ workers: 0, caches: 0 });
		await context.close();
	});

	test('a new build updates the saved copy: offline, the reader sees the newest page', async () => {
		const { context, page } = await newReader();
		await page.goto(url('/en/'));
		await saveTheSite(page);
		// Publish a "new build": a changed home page, its new hash in the list, and a new worker.
		const home = join(site, 'en', 'index.html');
		writeFileSync(home, readFileSync(home, 'utf8').replace('<h1', '<h1 data-new-build'));
		const listFile = join(site, 'saved-copy', 'en.json');
		const list = JSON.parse(readFileSync(listFile, 'utf8')) as { files: Record<string, string> };
		list.files['/en/'] = 'changed';
		writeFileSync(listFile, JSON.stringify(list));
		const worker = join(site, 'service-worker.js');
		writeFileSync(
			worker,
			readFileSync(worker, 'utf8').replace(/"version":"[^"]+"/, '"version":"next"'),
		);

		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration!.update();
			await new Promise<void>((resolve) => {
				const check = () =>
					registration!.active?.scriptURL && !registration!.installing && !registration!.waiting
						? resolve()
						: setTimeout(check, 100);
				check();
			});
		});
		// The new worker carries the copy over (some 290 files) before it takes over.
		await expect
			.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
			.toEqual(['saved-copy-next']);
		await context.setOffline(true);
		await page.goto(url('/en/'));
		expect(await page.locator('h1[data-new-build]').count()).toBe(1);
		await context.close();
	});
});
