import type { Browser, Request } from 'playwright-core';

/** Bytes on the wire (gzipped where the host compresses) and requests for one first view. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	other: number;
	total: number;
	requests: number;
}

const kindOf = (request: Request): keyof Omit<PageWeight, 'total' | 'requests'> => {
	const type = request.resourceType();
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script') return 'js';
	return 'other';
};

async function weigh(requests: Request[]): Promise<PageWeight> {
	const weight: PageWeight = {
		html: 0,
		css: 0,
		js: 0,
		other: 0,
		total: 0,
		requests: requests.length,
	};
	for (const request of requests) {
		const { responseBodySize } = await request.sizes();
		weight[kindOf(request)] += responseBodySize;
		weight.total += responseBodySize;
	}
	return weight;
}

/**
 * Opens `url` in a fresh browser context (empty cache), waits until the page and its islands have
 * loaded, and adds up what came over the wire. The favicon is left out: browsers fetch it once per site.
 */
export async function firstView(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const finished: Request[] = [];
	page.on('requestfinished', (request) => {
		if (!request.url().endsWith('/favicon.svg')) finished.push(request);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
	const weight = await weigh(finished);
	await context.close();
	return weight;
}

/** What the first search on the search page loads after the page itself (Pagefind, index, results). */
export async function firstSearch(
	browser: Browser,
	url: string,
	query: string,
): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForSelector('astro-island:not([ssr])');
	const finished: Request[] = [];
	page.on('requestfinished', (request) => finished.push(request));
	await page.fill('#site-search-query', query);
	await page.waitForSelector('.site-search[data-state="done"]');
	await page.waitForLoadState('networkidle');
	const weight = await weigh(finished);
	await context.close();
	return weight;
}
