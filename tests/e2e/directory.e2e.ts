import type { Browser, Page } from 'playwright-core';
import { withoutSoftHyphens } from '~/lib/text/hyphenate.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateContent } from '~/lib/content/validate-content.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openPage } from './support/browser.ts';

const services = validateContent('content').entries.filter(
	(entry) => entry.collection === 'services',
);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

// Headings carry soft hyphens for narrow screens; compare names as readers type them.
const cardNames = async (page: Page) =>
	(await page.locator('.service-card h3').allTextContents()).map(withoutSoftHyphens);
const enhanced = (page: Page) => page.waitForSelector('.directory[data-state="enhanced"]');

describe('the directory with JavaScript', () => {
	test('filtering by category and county shows exactly the matching cards and announces the count', async () => {
		const { context, page } = await openPage(browser, '/nb/finn-hjelp/');
		await enhanced(page);
		await page.getByRole('checkbox', { name: 'Rettshjelp' }).check();
		await page.getByRole('combobox', { name: 'Fylke' }).selectOption('vestland');
		expect((await cardNames(page)).sort()).toEqual([
			'Fri rettshjelp',
			'Gatejuristen',
			'Jussformidlingen i Bergen',
		]);
		expect(await page.getByRole('status').textContent()).toBe(
			`Viser 3 av ${services.length} tjenester`,
		);
		await page.waitForURL((url) => url.search === '?category=legal-aid&region=vestland');
		await context.close();
	});

	test('a filtered address opens with the filters applied', async () => {
		const { context, page } = await openPage(
			browser,
			'/en/find-help/?category=family-support&q=children',
		);
		await enhanced(page);
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
		await enhanced(page);
		await page
			.getByRole('searchbox', { name: 'Søk etter navn eller ord' })
			.fill('parorendetelefonen');
		expect(await cardNames(page)).toEqual(['Ivareta – Pårørendetelefonen']);
		await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
		expect(await cardNames(page)).toHaveLength(services.length);
		await page.waitForURL((url) => url.search === '');
		await context.close();
	});

	test('the filtered and unfiltered listing have no WCAG 2.1 A/AA violations', async () => {
		const { context, page } = await openPage(
			browser,
			'/nb/finn-hjelp/?region=oslo&category=harm-reduction',
		);
		await enhanced(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
		expect(await axeViolations(page)).toEqual([]);
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
});

describe('a service page', () => {
	test('has tap-to-call links, the last-checked date, sources and a way to report a mistake', async () => {
		const { context, page } = await openPage(browser, '/en/find-help/uteseksjonen-oslo/');
		expect(await page.getByRole('link', { name: '+47 913 03 913' }).getAttribute('href')).toBe(
			'tel:+4791303913',
		);
		expect(
			await page.getByText('Last checked against the sources on 22 November 2026').isVisible(),
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
		const urgent = page.getByRole('complementary', { name: 'Trenger du hjelp nå?' });
		expect(await urgent.getByRole('link', { name: '113' }).getAttribute('href')).toBe('tel:113');
		await context.close();
	});
});
