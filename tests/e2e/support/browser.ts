import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/lib/chromium.ts';

/** Starts Chromium, or fails with the command that installs it: browser tests never skip silently. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`Chromium not found at ${chromiumPath}. The browser tests need it.\n` +
				'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
				'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
		);
	}
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
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
