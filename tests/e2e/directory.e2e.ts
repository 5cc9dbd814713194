import type { Browser, Page } from 'playwright-core';
import { withoutSoftHyphens } from '~/lib/text/hyphenate.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { realContent } from '../support/real-content.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

const services = realContent().entries.filter((entry) => entry.collection === 'services');
const servicesIn = (category: string) =>
	services.filter((entry) => (entry.data as { category: string }).category === category).length;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

// The cards a reader sees (the filters hide the others). Headings carry soft hyphens for narrow
// screens; compare names as readers type them.
const cardNames = async (page: Page) =>
	(await page.locator('.service-card h3:visible').allTextContents()).map(withoutSoftHyphens);
const enhanced = (page: Page) => page.waitForSelector('.directory[data-state="enhanced"]');
/** Opens the filters, which start closed so the list does not move when they arrive. */
async function openFilters(page: Page) {
	await enhanced(page);
	await page.getByRole('button', { name: /^(Filtrer listen|Filter the list)/ }).click();
}

describe('the directory with JavaScript', () => {
	test('filtering by category and county shows exactly the matching cards and announces the count', async () => {
		const { context, page } = await openPage(browser, '/nb/finn-hjelp/');
		await openFilters(page);
		await page.getByRole('checkbox', { name: 'Rettshjelp' }).check();
		await page.getByRole('combobox', { name: 'Fylke' }).selectOption('vestland');
		// The county's own services and those that serve the whole country.
		expect((await cardNames(page)).sort()).toEqual([
			'Fri rettshjelp',
			'Gatejuristen',
			'Jussformidlingen i Bergen',
			'Rettshjelpsentralen – Kirkens Bymisjon',
		]);
		expect(await page.getByRole('main').getByRole('status').textContent()).toBe(
			`Viser 4 av ${services.length} tjenester`,
		);
		await page.waitForURL((url) => url.search === '?category=legal-aid&region=vestland');
		await context.close();
	});

	test('a filtered address opens with the filters applied', async () => {
		const { context, page } = await openPage(
			browser,
			'/en/find-help/?category=family-support&q=children',
		);
		await openFilters(page);
		expect(await cardNames(page)).toEqual(['Children of Substance Abusers (BaR)']);
		expect(await page.getByRole('checkbox', { name: 'For family and friends' }).isChecked()).toBe(
			true,
		);
		expect(await page.getByRole('searchbox', { name: 'Search by name or word' }).inputValue()).toBe(
			'children',
		);
		await context.close();
	});

	test('free text finds Norwegian words typed without æøå, and "Clear all filters" shows everything again', async () => {
		const { context, page } = await openPage(browser, '/nb/finn-hjelp/');
		await openFilters(page);
		await page
			.getByRole('searchbox', { name: 'Søk etter navn eller ord' })
			.fill('parorendetelefonen');
		expect(await cardNames(page)).toEqual(['Ivareta – Pårørendetelefonen']);
		const clear = page.getByRole('button', { name: 'Fjern alle filtre' });
		await clear.click();
		expect(await cardNames(page)).toHaveLength(services.length);
		await page.waitForURL((url) => url.search === '');
		// Focus stays where the reader was, on the button, not lost to the top of the page.
		expect(await clear.evaluate((element) => element === document.activeElement)).toBe(true);
		await context.close();
	});

	test('words nothing matches say so, and one category shows its group without the jump list', async () => {
		const { context, page } = await openPage(browser, '/en/find-help/');
		await openFilters(page);
		await page.getByRole('searchbox', { name: 'Search by name or word' }).fill('xylophone');
		expect(await cardNames(page)).toEqual([]);
		expect(await page.getByText('No services match the filters.').isVisible()).toBe(true);
		expect(await page.locator('.service-groups__group:visible').count()).toBe(0);
		await page.getByRole('searchbox', { name: 'Search by name or word' }).fill('');
		await page.getByRole('checkbox', { name: 'Legal aid' }).check();
		expect(await page.getByText('No services match the filters.').isVisible()).toBe(false);
		expect(await page.locator('.service-groups__group:visible h2').allTextContents()).toEqual([
			'Legal aid',
		]);
		// A list to jump within one group would only repeat its heading.
		expect(await page.locator('.service-groups__jump').isVisible()).toBe(false);
		await page.getByRole('checkbox', { name: 'For family and friends' }).check();
		expect(
			(await page.locator('.service-groups__jump li:visible').allTextContents()).map(
				withoutSoftHyphens,
			),
		).toEqual([
			`Legal aid (${servicesIn('legal-aid')})`,
			`For family and friends (${servicesIn('family-support')})`,
		]);
		await context.close();
	});

	test('the filtered and unfiltered listing have no WCAG 2.1 A/AA violations', async () => {
		const { context, page } = await openPage(
			browser,
			'/nb/finn-hjelp/?region=oslo&category=harm-reduction',
		);
		await openFilters(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('the directory on a phone', () => {
	const phone = { viewport: { width: 360, height: 740 } };

	test('"Show N services" stays on screen while choosing, and brings the count and the first results into view', async () => {
		const { context, page } = await openPage(browser, '/en/find-help/', phone);
		await openFilters(page);
		await page.getByRole('checkbox', { name: 'For family and friends' }).check();
		await page.getByRole('combobox', { name: 'County' }).selectOption('troms');
		const show = page.getByRole('button', { name: /^Show \d+ services?$/ });
		const box = await show.evaluate((element) => element.getBoundingClientRect().toJSON());
		expect(box.top).toBeGreaterThanOrEqual(0);
		expect(box.bottom).toBeLessThanOrEqual(740);
		await show.click();
		const count = page.getByRole('main').getByRole('status');
		expect(await count.evaluate((element) => element === document.activeElement)).toBe(true);
		const top = await count.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(100);
		expect(
			await page
				.locator('.service-card:visible')
				.first()
				.evaluate((card) => card.getBoundingClientRect().top < window.innerHeight),
		).toBe(true);
		await context.close();
	});

	test('the list does not move down when the filters arrive on a slow connection', async () => {
		const context = await browser.newContext(phone);
		const page = await context.newPage();
		// About 50 KB/s with 400 ms latency: the island's script arrives late.
		const client = await context.newCDPSession(page);
		await client.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 400,
			downloadThroughput: 50 * 1024,
			uploadThroughput: 50 * 1024,
		});
		await page.goto(siteUrl('/en/find-help/'), {
			waitUntil: 'domcontentloaded',
		});
		const before = await page
			.locator('#results')
			.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
		await enhanced(page);
		const after = await page
			.locator('#results')
			.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
		expect(Math.abs(after - before)).toBeLessThan(2);
		await context.close();
	});

	test('the audience filter offers no two options with the same name', async () => {
		const { context, page } = await openPage(browser, '/nb/finn-hjelp/', phone);
		await openFilters(page);
		const labels = await page
			.getByRole('combobox', { name: 'For hvem' })
			.locator('option')
			.allTextContents();
		expect(new Set(labels).size).toBe(labels.length);
		await context.close();
	});

	test('switching language keeps the filters', async () => {
		const { context, page } = await openPage(
			browser,
			'/nb/finn-hjelp/?category=legal-aid&region=troms',
		);
		await enhanced(page);
		await page
			.locator('a[data-alternate][hreflang="en-GB"]')
			.evaluate((link: HTMLAnchorElement) => link.click());
		await page.waitForURL(/\/en\/find-help\/\?category=legal-aid&region=troms$/);
		await enhanced(page);
		expect(await page.getByRole('button', { name: 'Filter the list (2 chosen)' }).isVisible()).toBe(
			true,
		);
		await context.close();
	});
});

describe('the directory without JavaScript', () => {
	test('the listing shows every entry, grouped by category, with a jump list', async () => {
		const { context, page } = await openPage(browser, '/nb/finn-hjelp/', {
			javaScriptEnabled: false,
		});
		expect(await cardNames(page)).toHaveLength(services.length);
		await page
			.getByRole('navigation', { name: 'Kategorier' })
			.getByRole('link', { name: /^Rettshjelp/ })
			.click();
		expect(new URL(page.url()).hash).toBe('#category-legal-aid');
		await context.close();
	});

	test('a county page lists that county’s services and the national ones', async () => {
		const { context, page } = await openPage(browser, '/nb/finn-hjelp/', {
			javaScriptEnabled: false,
		});
		await page.getByRole('link', { name: 'Finnmark', exact: true }).click();
		const names = await cardNames(page);
		expect(names).toContain('Finnmarksklinikken');
		expect(names).toContain('Medisinsk nødtelefon 113');
		expect(names).not.toContain('Jussbuss');
		await context.close();
	});

	test.each([
		['/nb/for-parorende/', 'oversikten over hjelp for pårørende', 'Viser'],
		['/en/pathway-explainer/result-1/', 'Legal aid', 'Showing'],
		['/nn/har-du-ei-straffesak/', 'rettshjelp', 'Viser'],
	])(
		'a link to the directory from %s lands on a list narrowed to its category',
		async (from, name, showing) => {
			const { context, page } = await openPage(browser, from, { javaScriptEnabled: false });
			await page.getByRole('link', { name, exact: true }).first().click();
			expect(new URL(page.url()).search).toBe('');
			const count = await page.locator('#results .directory__count').textContent();
			expect(count).toMatch(new RegExp(`^${showing} \\d+ (av|of) ${services.length}`));
			const [shown] = count!.match(/\d+/)!.map(Number);
			expect(shown).toBeGreaterThan(0);
			expect(shown).toBeLessThan(services.length);
			expect(await cardNames(page)).toHaveLength(shown!);
			await context.close();
		},
	);
});

describe('a service page', () => {
	test('has tap-to-call links, when and how the details were gathered, sources and a way to report a mistake', async () => {
		const { context, page } = await openPage(browser, '/en/find-help/uteseksjonen-oslo/');
		expect(await page.getByRole('link', { name: '+47 913 03 913' }).getAttribute('href')).toBe(
			'tel:+4791303913',
		);
		expect(
			await page
				.getByText(
					'These details were taken from the sources below on 22 November 2026. The service itself has not confirmed them.',
				)
				.isVisible(),
		).toBe(true);
		expect(await page.getByRole('heading', { name: 'Sources' }).isVisible()).toBe(true);
		const report = await page
			.getByRole('link', { name: 'Report a mistake in this listing' })
			.getAttribute('href');
		expect(report).toMatch(/^mailto:.+\?subject=Mistake%20in%20the%20listing%3A%20Uteseksjonen/);
		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent())!,
		);
		expect(jsonLd).toMatchObject({ '@type': 'Service', name: 'Uteseksjonen (outreach service)' });
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('shows the emergency numbers', async () => {
		const { context, page } = await openPage(browser, '/nb/finn-hjelp/jussbuss/');
		const urgent = page.getByRole('main').getByRole('region', { name: 'Trenger du hjelp nå?' });
		expect(await urgent.getByRole('link', { name: '113' }).getAttribute('href')).toBe('tel:113');
		await context.close();
	});
});
