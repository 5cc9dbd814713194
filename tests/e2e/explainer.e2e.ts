import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Answers the current question by its visible label and continues; checks axe on every step. */
async function answer(page: Page, label: string, violations: string[]) {
	await page.getByRole('radio', { name: label, exact: true }).check();
	violations.push(...(await axeViolations(page)));
	await page.getByRole('button', { name: /^(Fortsett|Continue)$/ }).click();
}

async function start(page: Page) {
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByRole('link', { name: /^(Start|Start now)$/ }).click();
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** The island moves focus after it renders the next step; wait for it to land on the new heading. */
async function focusedText(page: Page): Promise<string> {
	await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
	return page.evaluate(() => document.activeElement?.textContent ?? '');
}

describe('the explainer with JavaScript', () => {
	test('path 1: charged, dependent, consenting, in Vestland → the programme may fit, with phases and a county directory link', async () => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const violations: string[] = [];
		await start(page);
		expect(await focusedText(page)).toBe('Har du en straffesak nå?');
		await answer(page, 'Ja, jeg er siktet eller tiltalt', violations);
		expect(await focusedText(page)).toBe('Hvor gammel var du da det skjedde?');
		await answer(page, '18 år eller eldre', violations);
		await answer(page, 'Noe jeg gjorde i rus, eller for å skaffe penger til rus', violations);
		await answer(page, 'Ja', violations);
		await answer(page, 'Ja', violations);
		await answer(page, 'Vestland', violations);
		expect(await heading(page)).toBe('Sjekk svarene dine');
		violations.push(...(await axeViolations(page)));
		await page.getByRole('button', { name: 'Se resultatet' }).click();
		expect(await heading(page)).toBe('Narkotikaprogrammet kan være aktuelt for deg');
		expect(await focusedText(page)).toBe('Narkotikaprogrammet kan være aktuelt for deg');
		expect(
			await page
				.getByText(
					'Det er retten som avgjør en straffesak, og forsvareren din kan si hva som gjelder for deg.',
				)
				.isVisible(),
		).toBe(true);
		expect(
			await page
				.getByRole('list', { name: 'Fasene i narkotikaprogrammet' })
				.getByRole('listitem')
				.count(),
		).toBe(4);
		const directory = page.getByRole('link', {
			name: 'Se tjenester som kan hjelpe deg i Vestland',
		});
		expect(await directory.getAttribute('href')).toBe(
			'/nb/finn-hjelp/?category=drug-court&category=specialist-treatment&category=legal-aid&region=vestland',
		);
		expect(
			await page.getByRole('button', { name: 'Skriv ut eller lagre oppsummeringen' }).isVisible(),
		).toBe(true);
		violations.push(...(await axeViolations(page)));
		expect(violations).toEqual([]);
		// Nothing left the page: no request at all after the page and its island had loaded.
		expect(requests.filter((url) => !url.startsWith(siteUrl('/')))).toEqual([]);
		expect(page.url()).toBe(siteUrl('/nb/veiviser/'));
		expect(
			await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
		).toEqual(['', 0, 0]);
		await context.close();
	});

	test('path 2: 16 years old → the youth routes, where the lawyer must check the programme', async () => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		const violations: string[] = [];
		await start(page);
		await answer(page, 'Yes, the police are investigating', violations);
		await answer(page, '15, 16 or 17', violations);
		await page.getByRole('button', { name: 'See the result' }).click();
		expect(await heading(page)).toBe('There are special sanctions for young people');
		expect(
			await page
				.getByText('Your defence lawyer must check whether it could apply.', { exact: false })
				.isVisible(),
		).toBe(true);
		violations.push(...(await axeViolations(page)));
		expect(violations).toEqual([]);
		await context.close();
	});

	test('path 3: own use only → the own-use outcome; "Change" on the summary leads to another outcome', async () => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		const violations: string[] = [];
		await start(page);
		await answer(page, 'Ja, saken skal opp i retten', violations);
		await answer(page, '18 år eller eldre', violations);
		await answer(page, 'Bare bruk eller besittelse av narkotika til eget bruk', violations);
		expect(await heading(page)).toBe('Sjekk svarene dine');
		await page
			.getByRole('button', { name: 'Endre svaret på: Hvor gammel var du da det skjedde?' })
			.click();
		await expect
			.poll(() => page.getByRole('radio', { name: '18 år eller eldre' }).isChecked())
			.toBe(true);
		await answer(page, 'Under 15 år', violations);
		expect(await heading(page)).toBe('Sjekk svarene dine');
		expect(await page.getByRole('term').allTextContents()).toEqual([
			'Har du en straffesak nå?',
			'Hvor gammel var du da det skjedde?',
		]);
		await page.getByRole('button', { name: 'Se resultatet' }).click();
		expect(await heading(page)).toBe('Du kan ikke straffes for noe du gjorde før du fylte 15 år');
		expect(violations).toEqual([]);
		await context.close();
	});

	test('not in a criminal case → help without a case', async () => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		const violations: string[] = [];
		await start(page);
		await answer(page, 'No, I do not have a criminal case', violations);
		await answer(page, 'I would rather not say', violations);
		await page.getByRole('button', { name: 'See the result' }).click();
		expect(await heading(page)).toBe('You can get help with drugs without a criminal case');
		expect(
			await page.getByRole('link', { name: 'See services that can help you' }).getAttribute('href'),
		).toBe(
			'/en/find-help/?category=specialist-treatment&category=municipal-service&category=helpline&category=harm-reduction',
		);
		await context.close();
	});

	test('continuing without an answer shows an error that is announced and focused', async () => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		await start(page);
		await page.getByRole('button', { name: 'Fortsett' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Velg et svar for å gå videre.');
		await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('the browser’s Back button goes to the previous question with its answer kept', async () => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		await start(page);
		await answer(page, 'Ja, politiet etterforsker saken', []);
		await answer(page, '18 år eller eldre', []);
		expect(await heading(page)).toBe('Hva gjelder saken?');
		await page.goBack();
		await expect.poll(() => heading(page)).toBe('Hvor gammel var du da det skjedde?');
		await expect
			.poll(() => page.getByRole('radio', { name: '18 år eller eldre' }).isChecked())
			.toBe(true);
		expect(new URL(page.url()).search).toBe('');
		await context.close();
	});

	test('the whole flow works with the keyboard alone', async () => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		await page.waitForSelector('astro-island:not([ssr])');
		await page.getByRole('link', { name: 'Start now' }).focus();
		await page.keyboard.press('Enter');
		expect(await focusedText(page)).toBe('Do you have a criminal case now?');
		// Tab reaches the first answer; arrow keys move between answers, as in any radio group.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowDown');
		expect(
			await page.getByRole('radio', { name: 'Yes, the police are investigating' }).isChecked(),
		).toBe(true);
		await page.keyboard.press('Enter');
		expect(await focusedText(page)).toBe('How old were you when it happened?');
		await context.close();
	});

	test('"Exit this page" leaves at once for a neutral site, replacing the page in the history', async () => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		await context.route('https://www.yr.no/**', (route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: '<title>yr</title>' }),
		);
		await start(page);
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.waitForURL('https://www.yr.no/');
		await context.close();
	});
});

describe('the explainer without JavaScript', () => {
	test('answer links lead through static pages with neutral titles and addresses to an outcome', async () => {
		const { context, page } = await openPage(browser, '/nb/veiviser/', {
			javaScriptEnabled: false,
		});
		// (axe checks these static pages in a11y.e2e.ts, which visits every built page.)
		await page.getByRole('link', { name: 'Start', exact: true }).click();
		for (const label of [
			'Ja, jeg er siktet eller tiltalt',
			'18 år eller eldre',
			'Annen narkotikakriminalitet, for eksempel salg',
			'Ja',
			'Jeg er usikker',
		]) {
			expect(await page.title()).toMatch(/^Spørsmål – Veiviser/);
			expect(page.url()).toMatch(/\/nb\/veiviser\/sporsmal-\d+\/$/);
			await page.getByRole('link', { name: label, exact: true }).click();
		}
		await page.getByRole('link', { name: 'Oslo', exact: true }).click();
		expect(page.url()).toMatch(/\/nb\/veiviser\/resultat-\d+\/oslo\/$/);
		expect(await page.title()).toMatch(/^Resultat – Veiviser/);
		expect(await heading(page)).toBe('Narkotikaprogrammet kan være aktuelt for deg');
		expect(
			await page
				.getByRole('link', { name: 'Se tjenester som kan hjelpe deg i Oslo' })
				.getAttribute('href'),
		).toBe('/nb/finn-hjelp/fylke/oslo/#category-drug-court');
		await context.close();
	});
});
