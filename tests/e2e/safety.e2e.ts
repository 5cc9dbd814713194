import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Serves the neutral site locally, so leaving for it needs no network. */
async function fakeNeutralSite(context: BrowserContext) {
	await context.route('https://www.yr.no/**', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Yr</title>' }),
	);
}

// The exit is one component on every page (tests/e2e/every-template.e2e.ts checks it is on screen
// on every template): here it is used on an article, an explainer step and the directory.
const templates = ['/nb/', '/en/pathway-explainer/question-3/', '/nn/finn-hjelp/'];

describe('"Exit this page"', () => {
	test.each(templates)(
		'on %s leaves at once, and Back does not return to the page',
		async (path) => {
			const { context, page } = await openPage(browser, '/en/about/');
			await fakeNeutralSite(context);
			await page.goto(siteUrl(path));
			await page.getByRole('link', { name: /^(Exit this page|Forlat siden|Forlat sida)$/ }).click();
			await page.waitForURL('https://www.yr.no/');
			await page.goBack();
			expect(page.url()).toBe(siteUrl('/en/about/'));
			await context.close();
		},
	);

	test.each(['/en/drug-court-programme/', '/nb/finn-hjelp/'])(
		'on %s, pressing Shift three times leaves at once',
		async (path) => {
			const { context, page } = await openPage(browser, path);
			await fakeNeutralSite(context);
			for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
			await page.waitForURL('https://www.yr.no/');
			await context.close();
		},
	);

	// The privacy page tells readers what the exit does not do; what it says must be what happens.
	test.each([
		['nb', '/nb/personvern/', 'Trykker du Tilbake på yr.no, kommer du til siden du så før den'],
		['en', '/en/privacy/', 'If you press Back on yr.no, you come to the page you saw before it'],
		['nn', '/nn/personvern/', 'Trykkjer du Tilbake på yr.no, kjem du til sida du såg før ho'],
	] as const)(
		'the %s privacy page says Back returns to the page before, has the exit and the helplines beside it, and that is what happens',
		async (locale, privacyPath, backSentence) => {
			const t = useTranslations(locale);
			const home = `/${locale}/`;
			const { context, page } = await openPage(browser, home, {
				viewport: { width: 360, height: 740 },
			});
			await fakeNeutralSite(context);
			await page.goto(siteUrl(privacyPath));
			const section = page.getByText(backSentence);
			await section.scrollIntoViewIfNeeded();
			expect(await section.isVisible()).toBe(true);
			expect(await page.getByText(/Safari/).count()).toBeGreaterThan(0);
			expect(await page.getByText(/Chrome/).count()).toBeGreaterThan(0);
			expect(
				await page.getByRole('heading', { name: t('urgentHelp.heading'), exact: true }).count(),
			).toBe(1);
			await page.getByRole('link', { name: t('exit.label'), exact: true }).click();
			await page.waitForURL('https://www.yr.no/');
			await page.goBack();
			expect(page.url()).toBe(siteUrl(home));
			await context.close();
		},
	);

	test('without JavaScript it is a plain link that still leaves', async () => {
		const { context, page } = await openPage(browser, '/nb/for-parorende/', {
			javaScriptEnabled: false,
		});
		await fakeNeutralSite(context);
		await page.getByRole('link', { name: 'Forlat siden' }).click();
		await page.waitForURL('https://www.yr.no/');
		await context.close();
	});

	test('shows the keyboard hint with a keyboard, and not on a touch phone', async () => {
		const desktop = await openPage(browser, '/en/about/');
		expect(await desktop.page.getByText('Or press Shift three times').isVisible()).toBe(true);
		await desktop.context.close();
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			isMobile: true,
			hasTouch: true,
		});
		const phone = await context.newPage();
		await phone.goto(siteUrl('/en/about/'));
		expect(await phone.getByText('Or press Shift three times').isVisible()).toBe(false);
		await context.close();
	});
});

describe('help one tap away', () => {
	test('on a phone, the menu opens without JavaScript and lists 113 as a tap-to-call link', async () => {
		const { context, page } = await openPage(browser, '/nb/narkotikaprogrammet/', {
			javaScriptEnabled: false,
			viewport: { width: 360, height: 740 },
		});
		await page.getByText('Meny', { exact: true }).click();
		const emergency = page.getByRole('link', { name: '113', exact: true }).first();
		expect(await emergency.isVisible()).toBe(true);
		expect(await emergency.getAttribute('href')).toBe('tel:113');
		await context.close();
	});

	test.each(['/nb/for-parorende/', '/en/for-defendants/', '/nb/'])(
		'%s has a "Do you need help now?" block, and every phone link is at least 44 × 44 px',
		async (path) => {
			const { context, page } = await openPage(browser, path, {
				viewport: { width: 360, height: 740 },
			});
			expect(
				await page
					.getByRole('heading', { name: /^(Do you need help now\?|Trenger du hjelp nå\?)$/ })
					.count(),
			).toBe(1);
			const sizes = await page.locator('main a[href^="tel:"]').evaluateAll((links) =>
				links.map((link) => {
					const box = link.getBoundingClientRect();
					return { number: link.textContent, small: box.width < 44 || box.height < 44 };
				}),
			);
			expect(sizes.length).toBeGreaterThan(0);
			expect(sizes.filter((size) => size.small)).toEqual([]);
			await context.close();
		},
	);
});

describe('the first screen on a phone', () => {
	test.each(['/nb/for-parorende/', '/en/find-help/', '/nb/veiviser/'])(
		'%s shows the page’s heading above the fold, under a one-row header',
		async (path) => {
			const { context, page } = await openPage(browser, path, {
				viewport: { width: 360, height: 740 },
			});
			const header = await page
				.locator('header')
				.evaluate((element) => element.getBoundingClientRect().height);
			const heading = await page
				.getByRole('heading', { level: 1 })
				.evaluate((element) => element.getBoundingClientRect().top);
			expect(header).toBeLessThanOrEqual(90);
			expect(heading).toBeLessThan(250);
			await context.close();
		},
	);
});
