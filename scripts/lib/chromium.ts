import { existsSync } from 'node:fs';

/** Where the browser tests and the benchmark found their Chromium, and how. */
export interface FoundChromium {
	path: string;
	/** Said in failures and in the benchmark's results, so a reader knows which browser ran. */
	source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

/** Chromium as Debian, Ubuntu and Fedora install it, and Chrome's own location. */
const systemChromiums = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/**
 * The Chromium to drive: `CHROME_PATH` (or `CHROMIUM_PATH`) if set, else a system Chromium if there
 * is one, else the headless Chromium inside the `@sparticuz/chromium` devDependency. That package
 * ships the browser in the npm tarball and unpacks it into the temporary folder on first use, so
 * `npm install && npm test` needs neither root nor a download from outside the npm registry. Nothing
 * here downloads a browser.
 */
export async function findChromium(): Promise<FoundChromium> {
	const variable = process.env.CHROME_PATH ? 'CHROME_PATH' : 'CHROMIUM_PATH';
	const chosen = process.env[variable];
	if (chosen) {
		if (!existsSync(chosen))
			throw new Error(`${variable} is set to ${chosen}, but there is no file there.`);
		return { path: chosen, source: 'CHROME_PATH' };
	}
	const system = systemChromiums.find((path) => existsSync(path));
	if (system) return { path: system, source: 'system' };
	const { default: packaged } = await import('@sparticuz/chromium');
	return { path: await packaged.executablePath(), source: '@sparticuz/chromium' };
}

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
