import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { unprunedStylesFile, type UnprunedStyles } from '~/lib/html/prune-styles.ts';
import { samplePages } from '../support/sample-pages.ts';
import { launchBrowser, siteUrl } from './support/browser.ts';

// Every page carries only the CSS rules it can use (src/lib/html/prune-styles.ts). Here one page
// of every template is drawn twice, as built and with the styles it had before pruning (which the
// build keeps in Astro's cache folder), and the two pictures must be the same.

/** Pixels that may differ: none expected, as both are drawn by the same browser from the same HTML. */
const tolerance = 0.001;

const unpruned = JSON.parse(
	readFileSync(
		unprunedStylesFile(
			process.env.ASTRO_CACHE_DIR ??
				fileURLToPath(new URL('../../node_modules/.astro', import.meta.url)),
		),
		'utf8',
	),
) as UnprunedStyles;

/** The styles a built page had before pruning, in the order of its `<style>` elements. */
function unprunedStyles(path: string): string[] {
	const file = path.endsWith('/') ? `${path}index.html` : path;
	const keys = unpruned.pages[file];
	if (!keys) throw new Error(`The build kept no unpruned styles for ${file}.`);
	return keys.map((key) => unpruned.styles[key]!);
}

interface Mode {
	width: number;
	javaScript: boolean;
	forcedColors: boolean;
}
// Each width with JavaScript on and off, and each width in light and forced colours: four of the
// eight combinations cover every pair of the three (a pairwise design), for half the pictures.
const modes: Mode[] = [
	{ width: 360, javaScript: true, forcedColors: false },
	{ width: 360, javaScript: false, forcedColors: true },
	{ width: 1280, javaScript: true, forcedColors: true },
	{ width: 1280, javaScript: false, forcedColors: false },
];
const name = (mode: Mode) =>
	`${mode.width} px, JavaScript ${mode.javaScript ? 'on' : 'off'}, ${mode.forcedColors ? 'forced colours' : 'light'}`;

/** What a reader does before the picture, for states the server does not render. */
const states: Record<string, (page: Page) => Promise<void>> = {
	'the explainer’s error summary': async (page) => {
		await page.waitForSelector('astro-island:not([ssr])');
		await page.getByRole('link', { name: 'Start now', exact: true }).click();
		await page.getByRole('button', { name: 'Continue' }).click();
		// The island moves focus to the summary once it is drawn.
		await page.waitForFunction(() =>
			document.activeElement?.classList.contains('ds-error-summary'),
		);
	},
	'the directory, filtered': async (page) => {
		await page.waitForSelector('.directory[data-state="enhanced"]');
		await page.getByRole('button', { name: /^Filter the list/ }).click();
		const count = page.locator('.directory__count');
		const before = await count.textContent();
		await page.getByRole('checkbox', { name: 'For family and friends' }).check();
		await page.waitForFunction(
			(text) => document.querySelector('.directory__count')?.textContent !== text,
			before,
		);
	},
	'search results': async (page) => {
		await page.getByRole('searchbox').fill('defence lawyer');
		await page.waitForSelector('.site-search[data-state="done"]');
	},
};
const statePages: Record<string, string> = {
	'the explainer’s error summary': '/en/pathway-explainer/',
	'the directory, filtered': '/en/find-help/',
	'search results': '/en/search/',
};

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A page for one test: the tests run side by side, each drawing in its own. */
async function newPage(mode: Mode): Promise<Page> {
	const context: BrowserContext = await browser.newContext({
		viewport: { width: mode.width, height: 800 },
		javaScriptEnabled: mode.javaScript,
		forcedColors: mode.forcedColors ? 'active' : 'none',
		reducedMotion: 'reduce',
		// The full styles are put in place of the pruned ones in the open page, and the page's policy
		// lists only the pruned ones' hashes. (That the pruned styles' hashes are in each page's
		// policy is checked by the sweep of every template, which records any CSP violation.)
		bypassCSP: true,
	});
	return context.newPage();
}

/** Pictures are of the page's first 4,000 px: enough for every part of every template. */
const pictureHeight = 4000;

/** A picture of the page as it is now, once it has laid itself out again. */
async function picture(page: Page, mode: Mode): Promise<Buffer> {
	// Sticky parts are drawn where the window is: the same place for both pictures. With
	// JavaScript, two frames let the page lay itself out again (without it, the page runs no frame
	// callbacks, and the screenshot waits for layout itself).
	await page.evaluate(() => window.scrollTo(0, 0));
	if (mode.javaScript)
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
		);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	return page.screenshot({
		fullPage: true,
		clip: { x: 0, y: 0, width: mode.width, height: Math.min(height, pictureHeight) },
		animations: 'disabled',
	});
}

/**
 * A picture of the page as built, and one of the same page in the same state with the styles it
 * had before pruning put back in place of the pruned ones: one load, and the reader's steps
 * before the picture are taken once. What the page's scripts decided while loading under the
 * pruned styles is not decided again; none of its scripts measure the layout as it loads.
 */
async function bothPictures(
	page: Page,
	mode: Mode,
	path: string,
	before: (page: Page) => Promise<void> = async () => undefined,
	media: 'screen' | 'print' = 'screen',
): Promise<[Buffer, Buffer]> {
	await page.emulateMedia({ media: 'screen' });
	await page.goto(siteUrl(path));
	if (mode.javaScript)
		// Islands rendered, and the saved copy's offer in the footer (it arrives after load).
		await page.waitForFunction(
			() =>
				!document.querySelector('astro-island[ssr]') &&
				document.querySelector<HTMLElement>('[data-saved-copy]')?.hidden !== true,
		);
	await before(page);
	await page.emulateMedia({ media });
	const pruned = await picture(page, mode);
	const full = unprunedStyles(path);
	await page.evaluate((styles) => {
		const elements = document.querySelectorAll('style');
		if (elements.length !== styles.length)
			throw new Error(`${elements.length} <style> elements, ${styles.length} kept by the build`);
		elements.forEach((element, index) => (element.textContent = styles[index]!));
	}, full);
	return [pruned, await picture(page, mode)];
}

/**
 * The share of pixels that differ between two PNG pictures: 0 when the files are the same (the
 * browser encodes the same pixels the same way), else measured in the browser.
 */
async function difference([a, b]: [Buffer, Buffer]): Promise<number> {
	if (a.equals(b)) return 0;
	const page = await browser.newPage();
	const result = await page.evaluate(
		async ([first, second]) => {
			const load = async (base64: string) => {
				const image = new Image();
				image.src = `data:image/png;base64,${base64}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.width;
				canvas.height = image.height;
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, image.width, image.height);
			};
			const [x, y] = [await load(first!), await load(second!)];
			// Pictures of different sizes are compared where they overlap; the rest counts as changed.
			const width = Math.min(x.width, y.width);
			const height = Math.min(x.height, y.height);
			const all = Math.max(x.width, y.width) * Math.max(x.height, y.height);
			let differing = all - width * height;
			for (let row = 0; row < height; row += 1)
				for (let column = 0; column < width; column += 1) {
					const a = (row * x.width + column) * 4;
					const b = (row * y.width + column) * 4;
					if (
						Math.abs(x.data[a]! - y.data[b]!) > 8 ||
						Math.abs(x.data[a + 1]! - y.data[b + 1]!) > 8 ||
						Math.abs(x.data[a + 2]! - y.data[b + 2]!) > 8
					)
						differing += 1;
				}
			return differing / all;
		},
		[a.toString('base64'), b.toString('base64')],
	);
	await page.close();
	return result;
}

const templates = samplePages().filter(
	(sample) => sample.first && sample.locale === 'en' && sample.template !== 'rss',
);

// One page per mode, and one test per template in it (a failure names the template and mode).
describe.each(modes.map((mode) => ({ mode, label: name(mode) })))(
	'pruned styles look the same as the full ones at $label',
	({ mode }) => {
		let page: Page;
		beforeAll(async () => {
			page = await newPage(mode);
		});
		afterAll(async () => {
			await page?.context().close();
		});
		test.for(templates)('$template $path', async ({ path }, { expect }) => {
			expect(await difference(await bothPictures(page, mode, path))).toBeLessThanOrEqual(tolerance);
		});
	},
);

// Each in a page of its own, side by side.
describe.concurrent('pruned styles look the same in a reader’s steps and in print', () => {
	test.for(Object.keys(states))('%s, at 360 and 1280 px', async (state, { expect }) => {
		for (const width of [360, 1280]) {
			const mode = { width, javaScript: true, forcedColors: false };
			const page = await newPage(mode);
			const share = await difference(
				await bothPictures(page, mode, statePages[state]!, states[state]),
			);
			await page.context().close();
			expect(share, `${width} px`).toBeLessThanOrEqual(tolerance);
		}
	});

	test.for(['/en/drug-court-programme/', '/en/pathway-explainer/result-1/'])(
		'%s printed',
		async (path, { expect }) => {
			const mode = { width: 1280, javaScript: true, forcedColors: false };
			const page = await newPage(mode);
			const share = await difference(
				await bothPictures(page, mode, path, async () => undefined, 'print'),
			);
			await page.context().close();
			expect(share).toBeLessThanOrEqual(tolerance);
		},
	);
});
