/**
 * Debian's Chromium, as the browser tests and the benchmark start it. `CHROMIUM_PATH` (or
 * `CHROME_PATH`, which Lighthouse's tools read) points elsewhere. Nothing here downloads a browser.
 */
export const chromiumPath =
	process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless, and quiet: no background requests to Google, no updates, no sync, no first-run UI. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
