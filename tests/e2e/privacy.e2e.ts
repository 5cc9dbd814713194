import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { launchBrowser, siteUrl } from './support/browser.ts';

/** What a page did that a private site must not do, recorded from inside the page. */
interface PrivacyLog {
	storageWrites: string[];
	cookieWrites: string[];
	indexedDbOpens: string[];
	cspViolations: string[];
}

/** Runs in every page before its own scripts: records storage writes and CSP violations. */
function recordPrivacy() {
	const log: PrivacyLog = {
		storageWrites: [],
		cookieWrites: [],
		indexedDbOpens: [],
		cspViolations: [],
	};
	(window as unknown as { privacyLog: PrivacyLog }).privacyLog = log;
	for (const method of ['setItem', 'removeItem', 'clear'] as const) {
		const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
		Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
			log.storageWrites.push(`${method}(${args.join(', ')})`);
			return original.apply(this, args);
		} as never;
	}
	const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
	Object.defineProperty(document, 'cookie', {
		get: () => cookie.get!.call(document),
		set: (value: string) => {
			log.cookieWrites.push(value);
			cookie.set!.call(document, value);
		},
	});
	const open = indexedDB.open.bind(indexedDB);
	indexedDB.open = (name: string, version?: number) => {
		log.indexedDbOpens.push(name);
		return open(name, version);
	};
	document.addEventListener('securitypolicyviolation', (event) =>
		log.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
	);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	await context.addInitScript(recordPrivacy);
	page = await context.newPage();
	page.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
	await browser?.close();
});

/** Everything the page has done since it opened, once its islands have started. */
async function whatThePageDid() {
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
	const log = await page.evaluate(
		() => (window as unknown as { privacyLog: PrivacyLog }).privacyLog,
	);
	const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
	return {
		...log,
		cookies: (await context.cookies()).map((cookie) => cookie.name),
		stored,
		otherOrigins: requests.filter(
			(url) => !url.startsWith(siteUrl('/')) && !url.startsWith('data:'),
		),
	};
}

/** Requests after the page loaded, apart from the browser fetching the favicon whenever it likes. */
const requestsSince = (count: number) =>
	requests.slice(count).filter((url) => !url.endsWith('/favicon.svg'));

const nothing = {
	storageWrites: [],
	cookieWrites: [],
	indexedDbOpens: [],
	cspViolations: [],
	cookies: [],
	stored: 0,
	otherOrigins: [],
};

describe('every built page', () => {
	test.each(builtPages())(
		'$path sets no cookie, stores nothing, asks no other site and breaks no CSP rule',
		async ({ path }) => {
			requests.length = 0;
			await page.goto(siteUrl(path));
			expect(await whatThePageDid()).toEqual(nothing);
		},
	);
});

describe('using the interactive parts', () => {
	test('searching loads the index from this site only, and the WebAssembly runs under the CSP', async () => {
		requests.length = 0;
		await page.goto(siteUrl('/nb/sok/?q=fengsel'));
		await page.waitForSelector('.site-search[data-state="done"]');
		expect(await page.locator('.site-search__results li').count()).toBeGreaterThan(0);
		expect(requests.some((url) => url.endsWith('.pagefind'))).toBe(true);
		expect(await whatThePageDid()).toEqual(nothing);
	});

	test('answering the explainer keeps the answers in the page: nothing stored, nothing sent', async () => {
		requests.length = 0;
		await page.goto(siteUrl('/en/pathway-explainer/'));
		await page.waitForSelector('astro-island:not([ssr])');
		const loaded = requests.length;
		await page.getByRole('link', { name: 'Start now' }).click();
		await page.getByRole('radio', { name: 'Yes, I have been charged or indicted' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByRole('radio', { name: '18 or older' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		expect(await whatThePageDid()).toEqual(nothing);
		expect(requestsSince(loaded)).toEqual([]);
	});

	test('filtering the directory stores nothing and asks no one', async () => {
		requests.length = 0;
		await page.goto(siteUrl('/nb/finn-hjelp/'));
		await page.waitForSelector('.directory[data-state="enhanced"]');
		const loaded = requests.length;
		// The filters start closed, behind one button.
		await page.getByRole('button', { name: /^Filtrer listen/ }).click();
		await page.getByRole('checkbox', { name: 'Rettshjelp' }).check();
		expect(await whatThePageDid()).toEqual(nothing);
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
