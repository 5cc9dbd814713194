import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, findChromium } from '../../../scripts/lib/chromium.ts';

/** Starts Chromium (see findChromium for which); browser tests never skip. */
export async function launchBrowser(): Promise<Browser> {
	const { path } = await findChromium();
	return chromium.launch({ executablePath: path, args: chromiumArgs });
}

/** The base URL of the served build, e.g. `http://127.0.0.1:41234/`. */
export function siteUrl(path = '/'): string {
	return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/** A fresh page in a new context; `javaScriptEnabled: false` tests the no-JS experience. */
export async function openPage(
	browser: Browser,
	path: string,
	options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: options.viewport ?? { width: 1280, height: 900 },
	});
	const page = await context.newPage();
	await page.goto(siteUrl(path));
	return { context, page };
}
