import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { builtPages } from '../support/dist.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from './support/browser.ts';

// The site deployed under a path, e.g. https://example.org/portal/: a build of its own.
const base = '/portal/';
const siteOrigin = 'https://example.org';
let outDir: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
	outDir = buildSite({ BASE_PATH: base, SITE_URL: siteOrigin });
	({ server, url } = await startStaticServer(outDir, base));
	browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
	await browser?.close();
	server?.close();
	if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The file a path under the base is served from, if any. */
function existsUnderBase(path: string): boolean {
	if (!path.startsWith(base)) return false;
	const rest = decodeURIComponent(path.slice(base.length));
	return [join(outDir, rest), join(outDir, rest, 'index.html')].some(
		(file) => existsSync(file) && (file.endsWith('.html') || !file.endsWith('/')),
	);
}

describe(`a build for ${base}`, () => {
	test('every link, script, stylesheet and image on every page points inside the base path, to a file that exists', () => {
		const broken: string[] = [];
		for (const { file, path } of builtPages(outDir)) {
			const document = parse(readFileSync(join(outDir, file), 'utf8'));
			const targets = [
				...document
					.querySelectorAll('a[href], link[href]')
					.map((element) => element.getAttribute('href')!),
				...document
					.querySelectorAll('script[src], img[src]')
					.map((element) => element.getAttribute('src')!),
				...document
					.querySelectorAll('astro-island')
					.flatMap((island) => [
						island.getAttribute('component-url')!,
						island.getAttribute('renderer-url')!,
					]),
			];
			for (const target of targets) {
				if (/^(mailto|tel):|^#/.test(target)) continue;
				const resolved = new URL(target, `${siteOrigin}${base}${path.slice(1)}`);
				if (resolved.origin !== siteOrigin) continue;
				if (!existsUnderBase(resolved.pathname)) broken.push(`${path}: ${target}`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('the headers file, sitemap, robots.txt and manifest use the base path', () => {
		const headers = readFileSync(join(outDir, '_headers'), 'utf8');
		expect(headers).toContain(`\n${base}*\n`);
		expect(headers).toContain(`\n${base}_astro/*\n`);
		expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(
			`Sitemap: ${siteOrigin}${base}sitemap.xml`,
		);
		const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
		const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(locations.length).toBeGreaterThan(100);
		expect(locations.filter((location) => !location.startsWith(`${siteOrigin}${base}`))).toEqual(
			[],
		);
		expect(sitemap).toContain(
			`hreflang="en-GB" href="${siteOrigin}${base}en/drug-court-programme/"`,
		);
		const manifest = JSON.parse(readFileSync(join(outDir, 'nb/manifest.webmanifest'), 'utf8'));
		expect(manifest).toMatchObject({ start_url: `${base}nb/`, scope: base });
	});

	test('search finds pages and its results lead to them under the base path', async () => {
		const page = await browser.newPage();
		await page.goto(`${url}nb/sok/?q=fengsel`);
		await page.waitForSelector('.site-search[data-state="done"]');
		const hrefs = await page
			.locator('.site-search__results a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((href) => !href?.startsWith(`${base}nb/`))).toEqual([]);
		await page.locator('.site-search__results a').first().click();
		await page.waitForURL((address) => address.pathname === hrefs[0]);
		expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		await page.close();
	});

	test('the explainer island runs and moves between steps', async () => {
		const page = await browser.newPage();
		await page.goto(`${url}en/pathway-explainer/`);
		await page.waitForSelector('astro-island:not([ssr])');
		await page.getByRole('link', { name: 'Start now' }).click();
		await page.getByRole('radio', { name: 'Yes, I have been charged or indicted' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'How old were you when it happened?',
		);
		await page.close();
	});

	test('without JavaScript, the address of the site goes on to the Norwegian home page', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForURL(`${url}nb/`);
		await context.close();
	});
});
