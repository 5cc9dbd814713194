import type { Browser, Page } from 'playwright-core';
import { withoutSoftHyphens } from '~/lib/text/hyphenate.ts';
import { afterAll, beforeAll, describe, test, type ExpectStatic } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { parse } from 'node-html-parser';
import { builtPages, readBuilt } from '../support/dist.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';
import { continueToNextStep } from './support/explainer-steps.ts';
import { wordsBrokenWithoutHyphen } from './support/word-breaks.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Headings carry soft hyphens for narrow screens; compare their text without them. */
const clean = (text: string | null) => withoutSoftHyphens(text ?? '').trim();
const heading = async (page: Page) =>
	clean(await page.getByRole('heading', { level: 1 }).textContent());
/** The island moves focus after it renders the next step; wait for it to land on the new heading. */
async function focusedText(page: Page): Promise<string> {
	await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
	return clean(await page.evaluate(() => document.activeElement?.textContent ?? ''));
}

/** How long a page may take to move on or settle on a busy machine (`expect.poll`'s default is 1 s). */
const settleTime = 5000;

/** True when the results start at the top of the window, or as near as the page's length allows. */
const resultsAtTop = (page: Page) =>
	page.locator('#results').evaluate((element) => {
		const top = element.getBoundingClientRect().top;
		const atBottom =
			window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
		return (top >= 0 && top < 40) || (atBottom && top >= 0 && top < window.innerHeight / 2);
	});

const startPath = {
	nb: '/nb/veiviser/',
	en: '/en/pathway-explainer/',
	nn: '/nn/vegvisar/',
} as const;
type ExplainerLocale = keyof typeof startPath;
const words = {
	nb: {
		start: 'Start nå',
		continue: 'Fortsett',
		showResult: 'Se resultatet',
		check: 'Sjekk svarene dine',
	},
	en: {
		start: 'Start now',
		continue: 'Continue',
		showResult: 'See the result',
		check: 'Check your answers',
	},
	nn: {
		start: 'Start no',
		continue: 'Hald fram',
		showResult: 'Sjå resultatet',
		check: 'Sjekk svara dine',
	},
} as const;

async function startIsland(page: Page, locale: ExplainerLocale) {
	await page.waitForSelector('astro-island:not([ssr])');
	await page.getByRole('link', { name: words[locale].start, exact: true }).click();
}

/**
 * Answers every question by its visible label with JavaScript. axe checks the island's three kinds
 * of step (the first question stands for the others, which differ only in their words), the
 * summary and the outcome.
 */
async function answerWithScript(
	expect: ExpectStatic,
	page: Page,
	locale: ExplainerLocale,
	labels: string[],
	/** Where axe's findings go; without it, axe does not run. */
	violations?: string[],
) {
	for (const [index, label] of labels.entries()) {
		await page.getByRole('radio', { name: label, exact: true }).check();
		if (violations && index === 0) violations.push(...(await axeViolations(page)));
		await continueToNextStep(page, words[locale].continue);
	}
	await expect.poll(() => heading(page), { timeout: settleTime }).toBe(words[locale].check);
	violations?.push(...(await axeViolations(page)));
	await page.getByRole('button', { name: words[locale].showResult }).click();
	await page.waitForSelector('[data-state="outcome"]');
	violations?.push(...(await axeViolations(page)));
}

/** Follows the answer links of the static pages, as a reader without JavaScript does. */
async function answerWithoutScript(
	expect: ExpectStatic,
	page: Page,
	locale: ExplainerLocale,
	labels: string[],
) {
	await page.getByRole('link', { name: words[locale].start, exact: true }).click();
	for (const [index, label] of labels.entries()) {
		// Every step page has a neutral title with its step number and no answer in its address.
		await expect
			.poll(() => page.title(), { timeout: settleTime })
			.toMatch(/^(Spørsmål|Question) \d+ – /);
		expect(new URL(page.url()).search).toBe('');
		expect(index === 0 ? await page.locator('.explainer-label').textContent() : 'skip').toMatch(
			/^(Spørsmål 1|Question 1|skip)$/,
		);
		await page.getByRole('link', { name: label, exact: true }).click();
	}
	await expect.poll(() => page.title(), { timeout: settleTime }).toMatch(/^(Resultat|Result) – /);
}

// A sample of the readers in tests/unit/lib/flow/explainer-view.test.ts (which walks every
// scenario in every language and both ways): one per language, each run here in a real browser
// with and without JavaScript, with axe on every step of the island.
const scenarios: {
	reader: string;
	locale: ExplainerLocale;
	answers: string[];
	outcome: string;
}[] = [
	{
		reader: 'an adult who stole to pay for drugs, dependent, consenting, in Vestland',
		locale: 'nb',
		answers: [
			'Ja, jeg er siktet eller tiltalt',
			'18 år eller eldre',
			'Tyveri, innbrudd eller et annet lovbrudd',
			'Ja, det kan bli fengsel',
			'Ja',
			'Ja',
			'Ja',
			'Vestland',
		],
		outcome: 'Narkotikaprogrammet kan være aktuelt for deg',
	},

	{
		reader: 'an adult charged with aggravated drug crime, dependent, unsure about consent',
		locale: 'en',
		answers: [
			'Yes, my case is going to court',
			'18 or older',
			'Selling drugs, or other drug crime',
			'Aggravated (section 232), for example large amounts',
			'Yes',
			'Yes',
			'I am not sure',
		],
		outcome: 'For aggravated or organised drug crime, the bar for the programme is high',
	},

	{
		reader: 'a 16-year-old with drugs for their own use',
		locale: 'nn',
		answers: [
			'Ja, politiet etterforskar saka',
			'15, 16 eller 17 år',
			'Berre bruk eller innehav av narkotika til eigen bruk',
		],
		outcome: 'For unge med narkotika til eigen bruk finst det andre vegar',
	},
];
const scenario = (reader: string) => scenarios.find((item) => item.reader === reader)!;

describe('each scenario ends on the same outcome with and without JavaScript', () => {
	test.for(scenarios)('$reader ($locale)', async ({ locale, answers, outcome }, { expect }) => {
		const withScript = await openPage(browser, startPath[locale]);
		const requests: string[] = [];
		withScript.page.on('request', (request) => requests.push(request.url()));
		const violations: string[] = [];
		await startIsland(withScript.page, locale);
		await answerWithScript(expect, withScript.page, locale, answers, violations);
		expect(await heading(withScript.page)).toBe(outcome);
		expect(violations).toEqual([]);
		// Nothing left the browser, and the address never changed.
		expect(requests.filter((url) => !url.startsWith(siteUrl('/')))).toEqual([]);
		expect(withScript.page.url()).toBe(siteUrl(startPath[locale]));
		expect(
			await withScript.page.evaluate(() => [
				document.cookie,
				localStorage.length,
				sessionStorage.length,
			]),
		).toEqual(['', 0, 0]);
		await withScript.context.close();

		const withoutScript = await openPage(browser, startPath[locale], { javaScriptEnabled: false });
		await answerWithoutScript(expect, withoutScript.page, locale, answers);
		expect(await heading(withoutScript.page)).toBe(outcome);
		await withoutScript.context.close();
	});
});

describe('the explainer with JavaScript', () => {
	test('on a 360 × 740 phone, every step shows its heading below the header, and "Exit this page" stays on screen at its end', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/nb/veiviser/', {
			viewport: { width: 360, height: 740 },
		});
		await startIsland(page, 'nb');
		const exit = page.getByRole('link', { name: 'Forlat siden', exact: true });
		const check = async () => {
			const [header, title] = await Promise.all([
				page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().bottom),
				page.locator('.explainer h1').evaluate((element) => element.getBoundingClientRect().top),
			]);
			// The step's heading is not hidden under the header that sticks to the top.
			expect(title).toBeGreaterThanOrEqual(header);
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			const box = (await exit.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(740);
			expect(
				await exit.evaluate((element) => {
					const rect = element.getBoundingClientRect();
					return element.contains(
						document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2),
					);
				}),
			).toBe(true);
		};
		for (const label of scenarios[0]!.answers) {
			await page.getByRole('radio', { name: label, exact: true }).check();
			await continueToNextStep(page, words.nb.continue);
			await check();
		}
		await page.getByRole('button', { name: words.nb.showResult }).click();
		await page.waitForSelector('[data-state="outcome"]');
		await check();
		await context.close();
	});

	test('"See the result" starts the page at the result’s heading, with focus on it', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/', {
			viewport: { width: 360, height: 740 },
		});
		await startIsland(page, 'en');
		const { answers, outcome } = scenario(
			'an adult charged with aggravated drug crime, dependent, unsure about consent',
		);
		await answerWithScript(expect, page, 'en', answers);
		expect(await focusedText(page)).toBe(outcome);
		const top = await page
			.getByRole('heading', { level: 1 })
			.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(80);
		await context.close();
	});

	test('when the outcomes’ words cannot be fetched, "See the result" says so and links to the result’s own page', async ({
		expect,
	}) => {
		const context = await browser.newContext();
		// The connection goes before the page has fetched the words (they come once it has loaded).
		await context.route('**/outcomes.json', (route) => route.abort('internetdisconnected'));
		const page = await context.newPage();
		await page.goto(siteUrl('/en/pathway-explainer/'));
		await startIsland(page, 'en');
		const { answers } = scenario(
			'an adult charged with aggravated drug crime, dependent, unsure about consent',
		);
		for (const label of answers) {
			await page.getByRole('radio', { name: label, exact: true }).check();
			await continueToNextStep(page, words.en.continue);
		}
		await page.getByRole('button', { name: words.en.showResult }).click();
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('The result could not be loaded');
		const link = alert.getByRole('link', { name: 'Open the result as its own page' });
		await link.click();
		await page.waitForURL(/\/en\/pathway-explainer\/result-\d+\/$/);
		expect(await heading(page)).toBe(
			scenario('an adult charged with aggravated drug crime, dependent, unsure about consent')
				.outcome,
		);
		await context.close();
	});

	test('the directory link from an outcome lands at the top of the filtered results', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		await startIsland(page, 'nb');
		await answerWithScript(expect, page, 'nb', scenarios[0]!.answers);
		const link = page.getByRole('link', { name: 'Se tjenester som kan hjelpe deg i Vestland' });
		expect(await link.getAttribute('href')).toBe('/nb/finn-hjelp/fylke/vestland/#results');
		await link.click();
		await page.waitForURL(/fylke\/vestland/);
		await expect.poll(() => resultsAtTop(page), { timeout: settleTime }).toBe(true);
		await context.close();
	});

	test('without a county, the outcome links to category pages that list only that category', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		await startIsland(page, 'en');
		await answerWithScript(
			expect,
			page,
			'en',
			scenario('an adult charged with aggravated drug crime, dependent, unsure about consent')
				.answers,
		);
		const link = page.getByRole('link', { name: 'The drug court programme', exact: true });
		// The reader's answers never go into the address: the page is the category's own.
		expect(await link.getAttribute('href')).toBe(
			'/en/find-help/category/the-drug-court-programme/#results',
		);
		await link.click();
		await page.waitForURL(/category\/the-drug-court-programme/);
		await expect.poll(() => resultsAtTop(page), { timeout: settleTime }).toBe(true);
		const count = await page.locator('#results .directory__count').textContent();
		const [shown, total] = count!.match(/\d+/g)!.map(Number);
		expect(shown).toBeLessThan(total!);
		await context.close();
	});

	test('the printed outcome has the site, the date, the answers, the steps, the phones and no buttons', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		await startIsland(page, 'nb');
		// Someone not in a criminal case, in Troms.
		await answerWithScript(expect, page, 'nb', ['Nei, jeg har ingen straffesak', 'Troms']);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.locator('body').innerText();
		expect(printed).toContain('Behandling i stedet for straff');
		// Built without SITE_URL, the address is the path alone: never a local test address.
		expect(printed).toContain('Behandling i stedet for straff – /nb/veiviser/');
		expect(printed).toMatch(/Skrevet ut \d+\. \w+ \d{4}/);
		expect(printed).toContain('Svarene dine');
		expect(printed).toContain('Nei, jeg har ingen straffesak');
		expect(printed).toContain('ring 113');
		expect(printed).toMatch(/113\s+Medisinsk nødtelefon 113/);
		// The county's directory link prints with its full address after it.
		const printedAddress = await page
			.getByRole('link', { name: 'Se tjenester som kan hjelpe deg i Troms' })
			.evaluate((element) => getComputedStyle(element, '::after').content);
		expect(printedAddress).toBe('" (/nb/finn-hjelp/fylke/troms/)"');
		for (const button of await page.getByRole('button').all())
			expect(await button.isVisible()).toBe(false);
		expect(await page.getByRole('link', { name: 'Forlat siden' }).isVisible()).toBe(false);
		await context.close();
	});

	test('the questions for the lawyer print alone on one page, with the date, the address and the numbers, and copy as text', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startIsland(page, 'en');
		// Less serious violence, not sure about dependency.
		await answerWithScript(expect, page, 'en', [
			'Yes, I have been charged or indicted',
			'18 or older',
			'Violence',
			'It may count as less serious',
			'Yes',
			'I am not sure',
			'Yes',
		]);
		const questions = page.getByRole('region', { name: 'Questions to ask your defence lawyer' });
		const asked = (await questions.locator('li').allTextContents()).map(clean);
		expect(asked.slice(0, 2)).toEqual([
			'What makes violence count as less serious?',
			'How does the court decide whether I depend on drugs?',
		]);

		await page.getByRole('button', { name: 'Copy the questions' }).click();
		await page.getByRole('status').filter({ hasText: 'The questions are copied' }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			[
				'Questions to ask your defence lawyer',
				...asked.map((question, index) => `${index + 1}. ${question}`),
				'',
				'Treatment instead of punishment – /en/pathway-explainer/',
			].join('\n'),
		);

		// The browser's print dialogue is replaced, so the page stays in its printing state.
		await page.evaluate(() => (window.print = () => undefined));
		await page.getByRole('button', { name: 'Print the questions' }).click();
		await page.emulateMedia({ media: 'print' });
		const printed = await page.locator('body').innerText();
		expect(printed).toContain('Treatment instead of punishment – /en/pathway-explainer/');
		expect(printed).toMatch(/Printed on \d+ \w+ \d{4}/);
		expect(printed).toContain('How does the court decide whether I depend on drugs?');
		expect(printed).toMatch(/113\s+Medical emergency number 113/);
		// Only the questions, the numbers and where they come from: not the outcome or the answers.
		expect(printed).not.toContain('What you can do now');
		expect(printed).not.toContain('Your answers');
		for (const button of await page.getByRole('button').all())
			expect(await button.isVisible()).toBe(false);
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
		await context.close();
	});

	test('an outcome that says "call 113" has 113 as a tap-to-call link', async ({ expect }) => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		await startIsland(page, 'en');
		await answerWithScript(expect, page, 'en', [
			'No, I do not have a criminal case',
			'I would rather not say',
		]);
		// The outcome's text and its "Need help now?" block both carry 113 as a link.
		const links = page
			.locator('.explainer-outcome')
			.getByRole('link', { name: '113', exact: true });
		expect(await links.first().getAttribute('href')).toBe('tel:113');
		await context.close();
	});

	test('"Change" on the summary leads back to that question with its answer kept', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		const violations: string[] = [];
		await startIsland(page, 'nb');
		for (const label of [
			'Ja, saken skal opp i retten',
			'18 år eller eldre',
			'Bare bruk eller besittelse av narkotika til eget bruk',
		]) {
			await page.getByRole('radio', { name: label, exact: true }).check();
			await continueToNextStep(page, words.nb.continue);
		}
		expect(await heading(page)).toBe('Sjekk svarene dine');
		await page
			.getByRole('button', { name: 'Endre svaret på: Hvor gammel var du da det skjedde?' })
			.click();
		await expect
			.poll(() => page.getByRole('radio', { name: '18 år eller eldre' }).isChecked(), {
				timeout: settleTime,
			})
			.toBe(true);
		await page.getByRole('radio', { name: 'Under 15 år', exact: true }).check();
		await continueToNextStep(page, words.nb.continue);
		expect(await heading(page)).toBe('Sjekk svarene dine');
		expect((await page.getByRole('term').allTextContents()).map(clean)).toEqual([
			'Har du en straffesak nå?',
			'Hvor gammel var du da det skjedde?',
		]);
		violations.push(...(await axeViolations(page)));
		expect(violations).toEqual([]);
		await context.close();
	});

	test('"Continue" without an answer says what is wrong, above and beside the question, and the summary leads to the answers', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		await startIsland(page, 'en');
		await focusedText(page);
		await page.getByRole('button', { name: words.en.continue }).click();
		const summary = page.getByRole('alert');
		await expect
			.poll(() => summary.evaluate((element) => element === document.activeElement), {
				timeout: settleTime,
			})
			.toBe(true);
		expect(await summary.getByRole('heading').textContent()).toBe('There is a problem');
		const question = page.locator('.explainer fieldset');
		expect(await question.getAttribute('aria-describedby')).toContain('error-');
		expect(await question.innerText()).toContain('Choose an answer to continue.');
		const firstAnswer = page.getByRole('radio').first();
		expect(await firstAnswer.getAttribute('aria-invalid')).toBe('true');
		await summary.getByRole('link', { name: 'Choose an answer to continue.' }).click();
		await expect
			.poll(() => firstAnswer.evaluate((element) => element === document.activeElement), {
				timeout: settleTime,
			})
			.toBe(true);
		// Choosing an answer clears the message.
		await firstAnswer.check();
		expect(await page.getByRole('alert').count()).toBe(0);
		expect(await question.innerText()).not.toContain('Choose an answer to continue.');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('Back goes one question back with the answer kept, Forward returns from the start, and the explainer adds one history entry', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		const startTitle = await page.title();
		const entries = () => page.evaluate(() => window.history.length);
		const before = await entries();
		await startIsland(page, 'nb');
		for (const label of ['Ja, politiet etterforsker saken', '18 år eller eldre']) {
			await page.getByRole('radio', { name: label, exact: true }).check();
			await continueToNextStep(page, words.nb.continue);
		}
		expect(await heading(page)).toBe('Hva gjelder saken?');
		await expect
			.poll(() => page.title(), { timeout: settleTime })
			.toMatch(/^Spørsmål 3 – Veiviser/);
		await page.goBack();
		await expect
			.poll(() => heading(page), { timeout: settleTime })
			.toBe('Hvor gammel var du da det skjedde?');
		await expect
			.poll(() => page.getByRole('radio', { name: '18 år eller eldre' }).isChecked(), {
				timeout: settleTime,
			})
			.toBe(true);
		await page.goBack();
		await expect
			.poll(() => heading(page), { timeout: settleTime })
			.toBe('Har du en straffesak nå?');
		await page.goBack();
		await expect
			.poll(() => heading(page), { timeout: settleTime })
			.toBe('Veiviser – hva kan skje i saken din?');
		await expect.poll(() => page.title(), { timeout: settleTime }).toBe(startTitle);
		await page.goForward();
		await expect
			.poll(() => heading(page), { timeout: settleTime })
			.toBe('Har du en straffesak nå?');
		// Three steps forward and three back: one entry for the whole explainer, no answer in it.
		expect(await entries()).toBe(before + 1);
		expect(new URL(page.url()).search).toBe('');
		await context.close();
	});

	test('after Change to another answer and Back twice, "check your answers" lists every answer and leads to the result', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/nb/veiviser/');
		await startIsland(page, 'nb');
		for (const label of [
			'Ja, saken skal opp i retten',
			'18 år eller eldre',
			'Bare bruk eller besittelse av narkotika til eget bruk',
		]) {
			await page.getByRole('radio', { name: label, exact: true }).check();
			await continueToNextStep(page, words.nb.continue);
		}
		await page
			.getByRole('button', { name: 'Endre svaret på: Hvor gammel var du da det skjedde?' })
			.click();
		await page.getByRole('radio', { name: 'Under 15 år', exact: true }).check();
		await continueToNextStep(page, words.nb.continue);
		await page.goBack();
		await expect
			.poll(() => heading(page), { timeout: settleTime })
			.toBe('Hvor gammel var du da det skjedde?');
		await page.goBack();
		await expect.poll(() => heading(page), { timeout: settleTime }).toBe('Sjekk svarene dine');
		const answered = page.locator('.explainer-check dd:not(.explainer-check__change)');
		expect((await answered.allTextContents()).map(clean)).toEqual([
			'Ja, saken skal opp i retten',
			'Under 15 år',
		]);
		await page.getByRole('button', { name: words.nb.showResult }).click();
		await expect
			.poll(() => heading(page), { timeout: settleTime })
			.toBe('Du kan ikke straffes for noe du gjorde før du fylte 15 år');
		await context.close();
	});

	test('"Start again" returns to the start with the page’s own title and no answers', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/');
		const startTitle = await page.title();
		await startIsland(page, 'en');
		await page.getByRole('radio', { name: 'Yes, the police are investigating' }).check();
		await continueToNextStep(page, words.en.continue);
		await page.getByRole('button', { name: 'Start again' }).click();
		await expect
			.poll(() => heading(page), { timeout: settleTime })
			.toBe('Pathway explainer – what could happen in your case?');
		await expect.poll(() => page.title(), { timeout: settleTime }).toBe(startTitle);
		await startIsland(page, 'en');
		expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
		await context.close();
	});

	test('the whole flow works with the keyboard alone', async ({ expect }) => {
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
		await startIsland(page, 'nb');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.waitForURL('https://www.yr.no/');
		await context.close();
	});
});

describe('the explainer without JavaScript', () => {
	test('a static outcome says how to change an answer, and its county link lands on the results', async ({
		expect,
	}) => {
		const { context, page } = await openPage(browser, '/nb/veiviser/', {
			javaScriptEnabled: false,
		});
		await answerWithoutScript(expect, page, 'nb', scenarios[0]!.answers);
		expect(page.url()).toMatch(/\/nb\/veiviser\/resultat-\d+\/vestland\/$/);
		expect(
			await page
				.getByText('Vil du endre et svar, gå tilbake med nettleserens Tilbake-knapp.')
				.isVisible(),
		).toBe(true);
		const link = page.getByRole('link', { name: 'Se tjenester som kan hjelpe deg i Vestland' });
		expect(await link.getAttribute('href')).toBe('/nb/finn-hjelp/fylke/vestland/#results');
		await context.close();
	});

	test('question pages are numbered by their step on every path', async ({ expect }) => {
		const { context, page } = await openPage(browser, '/en/pathway-explainer/', {
			javaScriptEnabled: false,
		});
		await page.getByRole('link', { name: 'Start now', exact: true }).click();
		const labels: string[] = [];
		for (const answer of ['Yes, I have been charged or indicted', '18 or older', 'Violence']) {
			labels.push(clean(await page.locator('.explainer-label').textContent()));
			await page.getByRole('link', { name: answer, exact: true }).click();
		}
		labels.push(clean(await page.locator('.explainer-label').textContent()));
		expect(labels).toEqual(['Question 1', 'Question 2', 'Question 3', 'Question 4']);
		await context.close();
	});
});

describe('outcome headings on a narrow phone', () => {
	const outcomePages = builtPages().filter((page) =>
		/^\/(nb\/veiviser\/resultat|nn\/vegvisar\/resultat|en\/pathway-explainer\/result)-\d+\/$/.test(
			page.path,
		),
	);

	// Every outcome's title, set in turn into one outcome page (same styles, same width): a title
	// that would break inside a word without a hyphen shows up without loading every page.
	test.for([320, 360])('break long words only at a hyphen at %i px', async (width, { expect }) => {
		const context = await browser.newContext({ viewport: { width, height: 740 } });
		const page = await context.newPage();
		const broken: string[] = [];
		for (const locale of ['nb', 'en', 'nn']) {
			const pages = outcomePages.filter(({ path }) => path.startsWith(`/${locale}/`));
			await page.goto(siteUrl(pages[0]!.path));
			broken.push(
				...(await wordsBrokenWithoutHyphen(page)).map((word) => `${pages[0]!.path}: ${word}`),
			);
			for (const { path, file } of pages) {
				const title = parse(readBuilt(file)).querySelector('h1')!.innerHTML;
				await page.locator('h1').evaluate((h1, html) => (h1.innerHTML = html), title);
				broken.push(
					...(await wordsBrokenWithoutHyphen(page, 'h1')).map((word) => `${path}: ${word}`),
				);
			}
		}
		expect(outcomePages.length).toBeGreaterThan(30);
		expect(broken).toEqual([]);
		await context.close();
	});
});
