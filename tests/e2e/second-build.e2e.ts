import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { buildSite, copyContent } from '../support/build-site.ts';
import { builtPages } from '../support/dist.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from './support/browser.ts';

// One more build, for what the main build cannot show: the site deployed under a path
// (https://example.org/portal/), from a copy of content/ holding what the content check lets
// through with only a warning: a page without its English twin, an English twin reviewed long
// before its Norwegian source, a twin marked as not translated, a service and the explainer not yet
// in Nynorsk, a draft, and files the site ignores. It shows what readers get, that nothing
// unfinished or unsafe reaches the output, and that every address stays under the path. (One build
// for both: each costs as much as the main build.)
const base = '/portal/';
const siteOrigin = 'https://example.org';
const marker = 'UNPUBLISHED-TEXT-MARKER';

/** The content copy: the real content with the unfinished work described above. */
function unfinishedContent(): string {
	const content = copyContent();
	rmSync(join(content, 'pages/en/privacy.mdx'));
	rmSync(join(content, 'countries/en/portugal.mdx'));
	rmSync(join(content, 'flows/eligibility/nn.yaml'));
	const jussbuss = join(content, 'services/jussbuss.yaml');
	const service = parseYaml(readFileSync(jussbuss, 'utf8'));
	delete service.description.nn;
	writeFileSync(jussbuss, stringifyYaml(service));
	const accessibility = join(content, 'pages/en/accessibility.mdx');
	writeFileSync(
		accessibility,
		readFileSync(accessibility, 'utf8')
			.replace(/^title: .*$/m, "title: ''")
			.replace(/^---\n/, '---\nneedsTranslation: true\n'),
	);
	const draft = `---\ntitle: Utkast\ndescription: Et utkast.\nlastReviewed: 2026-11-01\nsources: []\ndraft: true\n---\n\n${marker}\n`;
	writeFileSync(join(content, 'pages/nb/unfinished-draft.mdx'), draft);
	writeFileSync(
		join(content, 'pages/nb/notes.markdown'),
		// A file the site does not read stops the build unless it is marked as a draft (an editor's
		// notes, kept on purpose): these two are, and must still never reach a reader.
		`${draft}\n<script>alert(1)</script>\n`,
	);
	// A page in plain Markdown (.md): no components, so Astro renders it without an MDX module.
	writeFileSync(
		join(content, 'pages/nb/plain-markdown.md'),
		[
			'---',
			'title: Skrevet i Markdown',
			'description: En side uten komponenter.',
			'slug: skrevet-i-markdown',
			'lastReviewed: 2026-11-01',
			'sources:',
			'  - title: Lovdata',
			'    url: https://lovdata.no/',
			'    publisher: Lovdata',
			'---',
			'',
			'## Hva siden sier',
			'',
			'Les straffeloven hos [Lovdata](https://lovdata.no/lov/2005-05-20-28), eller se [personvern](/nb/personvern/).',
			'',
		].join('\n'),
	);
	mkdirSync(join(content, 'pages/de'));
	writeFileSync(join(content, 'pages/de/about.mdx'), draft);
	const setReviewed = (file: string, date: string) =>
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/lastReviewed: .*/, `lastReviewed: ${date}`),
		);
	setReviewed(join(content, 'pages/nb/about.mdx'), '2026-06-01');
	setReviewed(join(content, 'pages/en/about.mdx'), '2025-01-15');
	return content;
}

let outDir: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
	outDir = buildSite({ BASE_PATH: base, SITE_URL: siteOrigin, CONTENT_DIR: unfinishedContent() });
	({ server, url } = await startStaticServer(outDir, base));
	browser = await launchBrowser();
}, 600_000);
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

const page = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const builtFiles = (directory: string): string[] =>
	readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? builtFiles(join(directory, entry.name)) : [join(directory, entry.name)],
	);
const en = useTranslations('en');

describe('a page with no English translation yet', () => {
	test('still exists at an English address, with the Norwegian text and a translated notice', () => {
		const document = page('en/privacy');
		expect(document.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
		expect(document.querySelector('main')?.text).toContain(
			en('notice.fallback', { language: 'Norwegian Bokmål' }),
		);
		expect(document.querySelector('article')?.getAttribute('lang')).toBe('nb-NO');
		expect(document.querySelector('h1')?.text).toBe('Personvern');
	});

	test('is left out of the English search index, which holds only English text', () => {
		expect(page('en/privacy').querySelector('[data-pagefind-body]')).toBeNull();
	});

	test('points search engines to the Norwegian original', () => {
		const document = page('en/privacy');
		expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(
			/\/nb\/personvern\/$/,
		);
		expect(document.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
	});

	test('is offered by the Norwegian page’s language switcher, marked as not translated', () => {
		const link = page('nb/personvern').querySelector('.language-switcher a[hreflang="en-GB"]');
		expect(link?.getAttribute('href')).toBe(`${base}en/privacy/`);
		expect(link?.text).toContain(en('languageSwitcher.untranslated'));
	});
});

describe('texts not yet in Nynorsk', () => {
	const nn = useTranslations('nn');
	const notice = nn('notice.fallbackParts', { language: 'norsk bokmål' });

	test('a service’s missing description shows in Bokmål, marked as Bokmål, under a notice', () => {
		const document = page('nn/finn-hjelp/jussbuss');
		expect(document.querySelector('main')?.text).toContain(notice);
		const lead = document.querySelector('.nk-lead');
		expect(lead?.getAttribute('lang')).toBe('nb-NO');
		expect(lead?.text).toContain('Gratis rettshjelp fra jusstudenter');
		// What is translated stays Nynorsk, with no lang of its own.
		expect(document.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
	});

	test('the directory card marks the Bokmål description too', () => {
		const card = page('nn/finn-hjelp')
			.querySelectorAll('.service-card')
			.find((element) => element.querySelector('a[href$="/jussbuss/"]'));
		expect(card?.querySelector('.service-card__description')?.getAttribute('lang')).toBe('nb-NO');
	});

	test('without its Nynorsk words file, the explainer asks in Bokmål and says so', () => {
		const document = page('nn/vegvisar');
		expect(document.querySelector('html')?.getAttribute('lang')).toBe('nn-NO');
		expect(document.querySelector('main')?.text).toContain(notice);
		expect(document.querySelector('title')?.text).toContain('Veiviser');
	});
});

describe('a country snapshot with no English translation yet', () => {
	test('shows the Norwegian snapshot, but its English news list is marked as English', () => {
		const document = page('en/countries/portugal');
		expect(document.querySelector('article')?.getAttribute('lang')).toMatch(/^nb/);
		const heading = document
			.querySelectorAll('h2')
			.find((element) => element.text.includes(en('country.newsHeading', { country: 'Portugal' })));
		expect(heading, 'the news heading').toBeDefined();
		expect(heading!.closest('[lang]')?.getAttribute('lang')).toBe('en-GB');
	});
});

describe('an English page reviewed before its Norwegian twin', () => {
	test('warns that it may be out of date and links to the newer Norwegian page', () => {
		const main = page('en/about').querySelector('main')!;
		expect(main.text).toContain(
			en('notice.outdated', { date: '1 June 2026', language: 'Norwegian Bokmål' }),
		);
		expect(main.querySelector(`a[href="${base}nb/om-nettstedet/"]`)?.text).toBe(
			en('notice.outdatedLink', { language: 'Norwegian Bokmål' }),
		);
	});

	test('the newer Norwegian page carries no such notice', () => {
		expect(page('nb/om-nettstedet').querySelector('main')?.text).not.toContain(
			useTranslations('nb')('notice.outdatedLink', { language: 'engelsk' }),
		);
	});
});

describe('what the check lets through as a warning is never published', () => {
	test('a twin marked as not translated is replaced by the Norwegian text with the notice', () => {
		const document = page('en/accessibility');
		expect(document.querySelector('main')?.text).toContain(
			en('notice.fallback', { language: 'Norwegian Bokmål' }),
		);
		expect(document.querySelector('article')?.getAttribute('lang')).toBe('nb-NO');
		expect(document.querySelector('h1')?.text.trim()).not.toBe('');
	});

	test('a page written in plain Markdown (.md) is published like one in MDX, its links to other sites with rel="noopener noreferrer"', () => {
		const document = page('nb/skrevet-i-markdown');
		expect(document.querySelector('h1')?.text).toBe('Skrevet i Markdown');
		expect(document.querySelector('main h2')?.text).toBe('Hva siden sier');
		expect(
			document
				.querySelector('main a[href="https://lovdata.no/lov/2005-05-20-28"]')
				?.getAttribute('rel'),
		).toBe('noopener noreferrer');
		expect(
			document.querySelector(`main a[href="${base}nb/personvern/"]`)?.getAttribute('rel'),
		).toBeUndefined();
	});

	test('no page, search index or feed holds a draft, an ignored file or a script from one', () => {
		const text = builtFiles(outDir)
			.filter((file) => /\.(html|xml|json|txt)$/.test(file))
			.map((file) => readFileSync(file, 'utf8'));
		expect(text.filter((body) => body.includes(marker))).toEqual([]);
		expect(text.filter((body) => body.includes('alert(1)'))).toEqual([]);
		expect(builtFiles(outDir).filter((file) => /unfinished-draft|notes|\/de\//.test(file))).toEqual(
			[],
		);
	});
});
