import type { BrowserContext, Page } from 'playwright-core';
import { siteUrl } from './browser.ts';

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

/** A page whose storage, cookies, CSP violations and requests are recorded from its first script. */
export interface RecordedPage {
	context: BrowserContext;
	page: Page;
	/** Every URL the page asked for since the last `forget()`. */
	requests: string[];
	forget(): void;
}

export async function recordedPage(context: BrowserContext): Promise<RecordedPage> {
	await context.addInitScript(recordPrivacy);
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	return { context, page, requests, forget: () => (requests.length = 0) };
}

/** Everything the page has done since it opened, once its islands have started. */
export async function whatThePageDid({ context, page, requests }: RecordedPage) {
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

/** What `whatThePageDid` returns for a page that kept everything to itself. */
export const nothing = {
	storageWrites: [],
	cookieWrites: [],
	indexedDbOpens: [],
	cspViolations: [],
	cookies: [],
	stored: 0,
	otherOrigins: [],
};
