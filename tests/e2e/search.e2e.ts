import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { withoutSoftHyphens } from '~/lib/text/hyphenate.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localeConfig } from '~/i18n/locales.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { readBuilt } from '../support/dist.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const searchPage = { nb: '/nb/sok/', en: '/en/search/', nn: '/nn/sok/' } as const;
type SearchLocale = keyof typeof searchPage;

/** Waits until the island has answered the query in the address, and returns the result links' paths. */
async function resultPaths(page: Page): Promise<string[]> {
	await page.waitForSelector('.site-search[data-state="done"]');
	return page
		.locator('.site-search__results a')
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
}

// One tab per language for the realistic queries: the first opens the search page with the query
// in its address (as a shared link would), the others are typed into its box, as a reader
// searching again does; the index is then loaded once per language, not once per query.
const queryTabs = new Map<SearchLocale, Page>();
async function search(lang: SearchLocale, query: string) {
	let page = queryTabs.get(lang);
	if (!page) {
		page = (await openPage(browser, `${searchPage[lang]}?q=${encodeURIComponent(query)}`)).page;
		queryTabs.set(lang, page);
		return resultPaths(page);
	}
	const box = page.locator('#site-search-query');
	if ((await box.inputValue()) !== query) {
		// The island sets data-state again when it starts and when it answers, so with the attribute
		// gone, resultPaths waits for the answer to this query, not the last one.
		await page.locator('.site-search').evaluate((element) => element.removeAttribute('data-state'));
		await box.fill(query);
	}
	return resultPaths(page);
}

// What readers type when they are worried, and the page that should answer them. Several are
// inflected forms that appear nowhere in the expected page (see the stemming test below).
const queries: Record<SearchLocale, [query: string, expected: string][]> = {
	nb: [
		['fengsel', '/nb/narkotikaprogrammet/'],
		['må jeg i fengsel', '/nb/narkotikaprogrammet/'],
		['fengselet', '/nb/narkotikaprogrammet/'],
		['domstolen', '/nb/narkotikaprogrammet/'],
		['tilbakefallet', '/nb/har-du-en-straffesak/'],
		['hva skjer hvis jeg får tilbakefall', '/nb/har-du-en-straffesak/'],
		['forsvareren', '/nb/har-du-en-straffesak/'],
		['rusbehandling Bergen', '/nb/finn-hjelp/helse-bergen-avdeling-for-rusmedisin/'],
		['pårørende', '/nb/for-parorende/'],
		['høyesterett', '/nb/nyheter/hoyesterett-2022/'],
		['frarådingskommisjonene', '/nb/portugal/'],
		['avkriminalisering', '/nb/portugal/'],
		['rusreformen', '/nb/rusreformen/'],
		['personvern', '/nb/personvern/'],
		// Typed without æ, ø and å, as on a phone or a foreign keyboard.
		['parorende', '/nb/for-parorende/'],
		['hjelp til parorende', '/nb/for-parorende/'],
		['hoyesterett', '/nb/nyheter/hoyesterett-2022/'],
		['domstolskontroll', '/nb/narkotikaprogrammet/'],
		// Several words, all of which one page has.
		['rusbehandling tromsø', '/nb/finn-hjelp/unn-rus-tromso/'],
		['rusbehandling tromso', '/nb/finn-hjelp/unn-rus-tromso/'],
		// The explainer's outcomes, under neutral titles.
		['unge eget bruk', '/nb/veiviser/resultat-3/'],
		['alkohol narkotikaprogrammet', '/nb/veiviser/resultat-13/'],
		// Typos, corrected to the closest word the site uses (src/lib/search/vocabulary.ts).
		['narkotikaprgram', '/nb/narkotikaprogrammet/'],
		['personvrn', '/nb/personvern/'],
		['tilbakefal', '/nb/har-du-en-straffesak/'],
		['avkriminalisring portugal', '/nb/portugal/'],
		['rusbehandlng bergen', '/nb/finn-hjelp/helse-bergen-avdeling-for-rusmedisin/'],
		// A part of a compound, and several words with a folded letter.
		['program', '/nb/narkotikaprogrammet/'],
		['kontroll', '/nb/narkotikaprogrammet/'],
		['parorende bergen', '/nb/for-parorende/'],
		// Nynorsk typed on the Bokmål site.
		['forsvarar', '/nb/forsvarer/'],
		['rusreforma', '/nb/rusreformen/'],
	],
	en: [
		['prison', '/en/drug-court-programme/'],
		['will I go to prison', '/en/for-defendants/'],
		['what happens if I relapse', '/en/for-defendants/'],
		['relapsed', '/en/for-defendants/'],
		['courts', '/en/drug-court-programme/'],
		['treatment Bergen', '/en/find-help/helse-bergen-avdeling-for-rusmedisin/'],
		['families', '/en/for-families/'],
		['supreme court', '/en/news/supreme-court-2022/'],
		['dissuasion commissions', '/en/portugal/'],
		['decriminalisation', '/en/portugal/'],
		['drug reform', '/en/drug-reform/'],
		['privacy', '/en/privacy/'],
		['tromso', '/en/find-help/unn-rus-tromso/'],
		// More words than any one page has: the words that find the page a reader means.
		['family support tromsø', '/en/for-families/'],
		['portugal results', '/en/portugal/'],
		['alcohol', '/en/pathway-explainer/result-13/'],
		['young people own use', '/en/pathway-explainer/result-3/'],
		// Typos and American spellings.
		['prgramme', '/en/drug-court-programme/'],
		['relaps', '/en/for-defendants/'],
		['decriminalization', '/en/portugal/'],
		['defense lawyer', '/en/defence-lawyer/'],
		['privacy polcy', '/en/privacy/'],
		['drug court program', '/en/drug-court-programme/'],
		['family support tromso', '/en/for-families/'],
		['portugal deaths', '/en/portugal/'],
	],
	// Nynorsk readers type Nynorsk forms; the Bokmål-only pages are not in this index.
	nn: [
		['fengsel', '/nn/narkotikaprogrammet/'],
		['forsvararen', '/nn/har-du-ei-straffesak/'],
		['pårørande', '/nn/for-parorande/'],
		['parorande', '/nn/for-parorande/'],
		['høgsterett', '/nn/nyheiter/hogsterett-2022/'],
		['personvern', '/nn/personvern/'],
		['rusbehandling Bergen', '/nn/finn-hjelp/helse-bergen-avdeling-for-rusmedisin/'],
		['unge eigen bruk', '/nn/vegvisar/resultat-3/'],
		// Bokmål typed on the Nynorsk site, typos and parts of compounds.
		['forsvareren', '/nn/forsvarar/'],
		['rusreformen', '/nn/rusreforma/'],
		['tilgjengelighet', '/nn/tilgjengelegheit/'],
		['hjelp til parorende', '/nn/for-parorande/'],
		['narkotikaprgram', '/nn/narkotikaprogrammet/'],
		['program', '/nn/narkotikaprogrammet/'],
		['straffesak', '/nn/har-du-ei-straffesak/'],
	],
};

// One test per language, side by side (each in its own tab), listing every query that missed.
test.concurrent.for(['nb', 'en', 'nn'] as const)(
	'realistic queries in %s find the right page in the top three',
	async (lang, { expect }) => {
		const missed: string[] = [];
		for (const [query, expected] of queries[lang]) {
			const top = (await search(lang, query)).slice(0, 3);
			if (!top.includes(expected)) missed.push(`"${query}" → ${expected}, found ${top.join(', ')}`);
		}
		expect(missed).toEqual([]);
	},
);

test('a query typed without æ, ø and å says which spelling it searched for', async () => {
	const { context, page } = await openPage(browser, `${searchPage.nb}?q=parorende`);
	await resultPaths(page);
	expect(await page.getByRole('main').getByRole('status').textContent()).toContain(
		'Viser treff for «pårørende».',
	);
	await context.close();
});

test('a corrected typo says what it searched for, with a link that searches for the words as typed', async () => {
	const { context, page } = await openPage(browser, `${searchPage.en}?q=prgramme`);
	expect((await resultPaths(page))[0]).toBe('/en/drug-court-programme/');
	const status = page.getByRole('main').getByRole('status');
	expect(await status.textContent()).toContain('Showing results for “programme”.');
	await page.locator('.site-search').evaluate((element) => element.removeAttribute('data-state'));
	await status.getByRole('link', { name: 'Search for “prgramme” instead' }).click();
	expect(await resultPaths(page)).toEqual([]);
	expect(new URL(page.url()).searchParams.has('exact')).toBe(true);
	await context.close();
});

test('results from the sources page and the glossary do not come first for a subject word', async () => {
	for (const [lang, query] of [
		['nb', 'pårørende'],
		['nb', 'påtaleunnlatelse'],
		['en', 'waiver of prosecution'],
	] as const) {
		const first = (await search(lang, query))[0];
		expect(first, query).not.toMatch(/\/(kilder|sources|ordliste|glossary)\/$/);
	}
});

test('Norwegian stemming: inflected forms find pages that only use other forms of the word', () => {
	// If these words were on the pages, a match could be plain prefix search; they are not, so the
	// matches above for "fengselet", "domstolen" and "tilbakefallet" come from the Norwegian stemmer.
	const mainText = (file: string) =>
		parse(readBuilt(file)).querySelector('main')!.textContent.toLowerCase();
	expect(mainText('nb/narkotikaprogrammet/index.html')).not.toMatch(/fengselet|domstolen\b/);
	expect(mainText('nb/narkotikaprogrammet/index.html')).toMatch(/\bfengsel\b/);
	expect(mainText('nb/har-du-en-straffesak/index.html')).not.toMatch(/tilbakefallet/);
});

describe.concurrent('searching with JavaScript', () => {
	test('type, see results, filter by section, follow a result, and Back returns to the same results', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, searchPage.nb);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.waitForSelector('astro-island:not([ssr])');
		await page.getByRole('searchbox', { name: 'Hva leter du etter?' }).fill('pårørende');
		const all = await resultPaths(page);
		expect(all.length).toBeGreaterThan(3);
		await page.waitForURL((url) => url.search === `?q=${encodeURIComponent('pårørende')}`);
		const status = await page.getByRole('main').getByRole('status').textContent();
		expect(status).toMatch(/^\d+ treff på «pårørende»$/);

		await page.getByRole('radio', { name: /^Sider \(\d+\)$/ }).check();
		await page.waitForURL((url) => url.searchParams.get('section') === 'Sider');
		await page.waitForSelector('.site-search[data-state="done"]');
		const pages = await resultPaths(page);
		expect(pages).toContain('/nb/for-parorende/');
		expect(pages.every((path) => !path.includes('/finn-hjelp/'))).toBe(true);
		expect(await page.locator('.site-search__results .ds-tag').allTextContents()).toEqual(
			pages.map(() => 'Sider'),
		);
		// The matched words are highlighted in the excerpt.
		expect(await page.locator('.site-search__excerpt mark').first().textContent()).toMatch(
			/pårørende/i,
		);

		await page
			.locator('.site-search__results')
			.getByRole('link', { name: 'For pårørende – familie og venner' })
			.click();
		await page.waitForURL(siteUrl('/nb/for-parorende/'));
		await page.goBack();
		await page.waitForURL(
			(url) => url.pathname === searchPage.nb && url.searchParams.get('q') === 'pårørende',
		);
		expect(await resultPaths(page)).toEqual(pages);
		expect(await page.getByRole('searchbox', { name: 'Hva leter du etter?' }).inputValue()).toBe(
			'pårørende',
		);
		expect(await page.getByRole('radio', { name: /^Sider/ }).isChecked()).toBe(true);

		// The query never left the site: every request went to this origin.
		expect(requests.filter((url) => !url.startsWith(siteUrl('/')))).toEqual([]);
		await context.close();
	});

	test('the keyboard moves from the search box through the results with the arrow keys', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, `${searchPage.en}?q=prison`);
		await resultPaths(page);
		await page.getByRole('searchbox', { name: 'What are you looking for?' }).focus();
		await page.keyboard.press('ArrowDown');
		const first = await page.evaluate(() => document.activeElement?.textContent);
		await page.keyboard.press('ArrowDown');
		const second = await page.evaluate(() => document.activeElement?.textContent);
		const titles = await page.locator('.site-search__results a').allTextContents();
		expect([first, second]).toEqual(titles.slice(0, 2));
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
		await context.close();
	});

	test('more than ten results: "show more" adds the next ones and moves focus to the first new one', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, `${searchPage.en}?q=drug`);
		expect(await resultPaths(page)).toHaveLength(10);
		const count = Number(
			(await page.getByRole('main').getByRole('status').textContent())!.match(/^(\d+) results/)![1],
		);
		expect(count).toBeGreaterThan(10);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await page.waitForFunction(
			() => document.querySelectorAll('.site-search__results li').length > 10,
		);
		expect(await page.locator('.site-search__results li').count()).toBe(Math.min(count, 20));
		const titles = await page.locator('.site-search__results a').allTextContents();
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[10]);
		await context.close();
	});

	test('no results suggests the explainer, the directory and the A–Z list', async ({ expect }) => {
		const { context, page } = await openPage(
			browser,
			`${searchPage.nb}?q=${encodeURIComponent('xylofonkonsert')}`,
		);
		await page.waitForSelector('.site-search[data-state="done"]');
		expect(await page.getByText('Ingen treff på «xylofonkonsert».').isVisible()).toBe(true);
		expect(
			await page
				.locator('.site-search__none a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
		).toEqual(['/nb/veiviser/', '/nb/finn-hjelp/', '#a-z']);
		await context.close();
	});

	test.for(['nb', 'en', 'nn'] as const)(
		'the %s search page with results has no axe violations',
		async (lang, { expect }) => {
			const { context, page } = await openPage(
				browser,
				`${searchPage[lang]}?q=${lang === 'en' ? 'prison' : 'fengsel'}`,
			);
			await resultPaths(page);
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		},
	);
});

test('nothing on the search page moves when the search box starts working (no layout shift)', async () => {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	await page.addInitScript(() => {
		// Each shift as its size and what moved, so a failure says which part of the page it was.
		const shifts: string[] = [];
		(window as unknown as { shifts: string[] }).shifts = shifts;
		type Shift = { value: number; sources: { node?: Element }[] };
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as Shift[])
				shifts.push(
					`${entry.value.toFixed(4)}: ${entry.sources
						.map(({ node }) => (node ? `${node.nodeName} ${node.className}` : 'a removed node'))
						.join(', ')}`,
				);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(siteUrl(searchPage.nb));
	await page.waitForSelector('.site-search[data-state="idle"]');
	// Two frames, so a shift from the island's first render is recorded.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
	);
	expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
	await context.close();
});

describe.concurrent('without JavaScript', () => {
	test.for(['nb', 'en', 'nn'] as const)(
		'the %s search page lists every page from A to Z, grouped by section',
		async (lang, { expect }) => {
			const t = useTranslations(lang);
			const { context, page } = await openPage(browser, searchPage[lang], {
				javaScriptEnabled: false,
			});
			const heading = t('search.index.heading');
			expect(await page.getByRole('heading', { level: 2, name: heading }).isVisible()).toBe(true);
			const groups = (await page.locator('.a-z h3').allTextContents()).map(withoutSoftHyphens);
			expect(groups).toEqual(
				(['page', 'explainer', 'service', 'country', 'news'] as const).map((section) =>
					t(`search.section.${section}`),
				),
			);
			const links = await page
				.locator('.a-z a')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
			// Every page search can find is in the list, and nothing else.
			const indexed = JSON.parse(readBuilt('pagefind/pagefind-entry.json')).languages[
				localeConfig(lang).bcp47.toLowerCase()
			].page_count;
			expect(links).toHaveLength(indexed);
			expect(links.every((href) => href?.startsWith(`/${lang}/`))).toBe(true);
			// No search box that would do nothing, and no blank gap: it says why, and links to the list.
			expect(await page.getByRole('searchbox').count()).toBe(0);
			expect(
				await page.locator('.site-search').getByText(t('search.needsScript')).isVisible(),
			).toBe(true);
			await context.close();
		},
	);
});
