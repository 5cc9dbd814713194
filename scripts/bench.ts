/**
 * `npm run bench`: what the site costs a reader and an editor, measured, not asserted.
 *
 * 1. Builds the site into a temporary folder and serves it the way a static host does (gzip on).
 * 2. Page weight: for one page of each template in each language, the gzipped bytes of HTML, CSS
 *    and JS on first view and the number of requests, in Chromium; and what the first search loads.
 * 3. Lighthouse (mobile defaults) on the same pages, on the same Chromium (see scripts/lib/chromium.ts).
 * 4. Build cost as content grows: the site as it is, then 1,000 and 4,000 extra news items per
 *    language in a copy of the project, each built (site and search index) with time, time per
 *    page, time per added news item and peak memory.
 *
 * Prints tables, checks the budgets in the README, and writes everything as JSON.
 * Options: --skip-lighthouse  --skip-scaling  --sizes=1000,4000  --out=.bench/results.json
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { lighthouseScores, type LighthouseResult } from './bench/lighthouse-scores.ts';
import { measureBuild, type BuildCost } from './bench/measure-build.ts';
import { firstSearch, firstView, type PageWeight } from './bench/page-weight.ts';
import { syntheticNews } from './bench/synthetic-news.ts';
import { formatTable, kb } from './bench/table.ts';
import { firstQuery, templates } from './bench/templates.ts';
import { chromiumArgs, findChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values: options } = parseArgs({
	options: {
		'skip-lighthouse': { type: 'boolean', default: false },
		'skip-scaling': { type: 'boolean', default: false },
		sizes: { type: 'string', default: '1000,4000' },
		out: { type: 'string', default: '.bench/results.json' },
	},
});
const sizes = options.sizes.split(',').map(Number);
const outFile = resolve(options.out);
const locales = ['nb', 'en'] as const;
const projectFiles = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'content',
	'public',
];

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

/** A copy of the project in a temporary folder, sharing node_modules, with `extraNews` news items per locale. */
function projectCopy(extraNews: number): string {
	const directory = mkdtempSync(join(tmpdir(), 'bench-'));
	for (const name of projectFiles) cpSync(name, join(directory, name), { recursive: true });
	symlinkSync(resolve('node_modules'), join(directory, 'node_modules'), 'dir');
	const real = locales.flatMap((locale) =>
		readdirSync(join('content/news', locale)).map((fileName) => ({
			locale,
			fileName,
			text: readFileSync(join('content/news', locale, fileName), 'utf8'),
		})),
	);
	for (const file of syntheticNews(real, extraNews)) {
		writeFileSync(join(directory, 'content/news', file.locale, file.fileName), file.text);
	}
	return directory;
}

const port = await freePort();
const origin = `http://localhost:${port}`;

console.log('Building the site …');
const siteCopy = projectCopy(0);
const baseline = await measureBuild(siteCopy, { SITE_URL: origin });
const { server } = await startStaticServer(join(siteCopy, 'dist'), '/', { port });

const debuggingPort = await freePort();
const foundChromium = await findChromium();
const browser = await chromium.launch({
	executablePath: foundChromium.path,
	// Lighthouse drives the same browser through its debugging port.
	args: [...chromiumArgs, `--remote-debugging-port=${debuggingPort}`],
});

/** Each language's search files in a built site, gzipped as a server would send them. */
function searchIndexWeight(dist: string) {
	const gz = (file: string) => gzipSync(readFileSync(file)).length;
	const files = (folder: string) => readdirSync(join(dist, 'pagefind', folder));
	return [...new Set(files('index').map((name) => name.slice(0, name.indexOf('_'))))].map(
		(lang) => {
			const sum = (folder: string) =>
				files(folder)
					.filter((name) => name.startsWith(`${lang}_`))
					.reduce((total, name) => total + gz(join(dist, 'pagefind', folder, name)), 0);
			const words = readdirSync(join(dist, 'search'))
				.map((name) => join(dist, 'search', name))
				.find((file) => file.toLowerCase().endsWith(`/words.${lang}.json`));
			return {
				lang,
				index: sum('index') + sum('filter'),
				// Fragments are stored gzipped already.
				fragments: files('fragment')
					.filter((name) => name.startsWith(`${lang}_`))
					.reduce(
						(total, name) => total + readFileSync(join(dist, 'pagefind', 'fragment', name)).length,
						0,
					),
				words: words ? gz(words) : 0,
			};
		},
	);
}

console.log('Weighing pages …');
const weights: { template: string; locale: string; path: string; weight: PageWeight }[] = [];
for (const template of templates) {
	for (const locale of locales) {
		const path = template.paths[locale];
		weights.push({
			template: template.name,
			locale,
			path,
			weight: await firstView(browser, `${origin}${path}`),
		});
	}
}
const searchTemplate = templates.find((template) => template.name === 'search')!;
for (const locale of locales) {
	const path = searchTemplate.paths[locale];
	const weight = await firstSearch(browser, `${origin}${path}`, firstQuery[locale]);
	weights.push({ template: `first search "${firstQuery[locale]}"`, locale, path, weight });
}

const scores: { template: string; locale: string; result: LighthouseResult }[] = [];
if (!options['skip-lighthouse']) {
	console.log('Running Lighthouse …');
	for (const template of templates) {
		for (const locale of locales) {
			scores.push({
				template: template.name,
				locale,
				result: await lighthouseScores(`${origin}${template.paths[locale]}`, debuggingPort),
			});
		}
	}
}
await browser.close();
server.close();
const searchIndexSizes = searchIndexWeight(join(siteCopy, 'dist'));
rmSync(siteCopy, { recursive: true, force: true });

const scaling: ({ extraNewsPerLocale: number } & BuildCost)[] = [
	{ extraNewsPerLocale: 0, ...baseline },
];
if (!options['skip-scaling']) {
	for (const size of sizes) {
		console.log(`Building with ${size} extra news items per language …`);
		const copy = projectCopy(size);
		scaling.push({ extraNewsPerLocale: size, ...(await measureBuild(copy)) });
		rmSync(copy, { recursive: true, force: true });
	}
}

// The budgets in the README.
const weightOf = (template: string) => weights.filter((row) => row.template === template);
const costAt = (size: number) => scaling.find((row) => row.extraNewsPerLocale === size);
const growth =
	costAt(1000) && costAt(4000) ? costAt(4000)!.msPerPage / costAt(1000)!.msPerPage - 1 : undefined;
const budgets = [
	{
		budget: 'every template scores 100 in all four Lighthouse categories',
		met:
			scores.length > 0
				? scores.every(
						({ result: r }) =>
							r.performance === 100 &&
							r.accessibility === 100 &&
							r.bestPractices === 100 &&
							r.seo === 100,
					)
				: undefined,
	},
	{
		budget: 'article pages ≤ 20 KB gzipped in total, 0 bytes of JavaScript',
		met: weightOf('article').every(({ weight }) => weight.total <= 20 * 1024 && weight.js === 0),
	},
	{
		budget: 'explainer and directory islands ≤ 15 KB gzipped each, Preact included',
		met: [...weightOf('explainer'), ...weightOf('directory')].every(
			({ weight }) => weight.js <= 15 * 1024,
		),
	},
	{
		budget: 'search island ≤ 15 KB gzipped before Pagefind’s own code, Preact included',
		met: weightOf('search').every(({ weight }) => weight.js <= 15 * 1024),
	},
	{
		budget: 'build cost per page rises ≤ 20% from 1,000 to 4,000 extra news items',
		met: growth === undefined ? undefined : growth <= 0.2,
	},
];

console.log(`\nPage weight on first view (KB on the wire, gzipped; favicon left out)\n`);
console.log(
	formatTable(
		['template', 'lang', 'HTML', 'CSS', 'JS', 'other', 'total', 'requests'],
		weights.map(({ template, locale, weight: w }) => [
			template,
			locale,
			kb(w.html),
			kb(w.css),
			kb(w.js),
			kb(w.other),
			kb(w.total),
			w.requests,
		]),
	),
);
console.log(
	`\nSearch index per language (KB gzipped, all files; the words file is the search page's vocabulary)\n`,
);
console.log(
	formatTable(
		['lang', 'Pagefind index', 'page fragments', 'words file', 'total'],
		searchIndexSizes.map((row) => [
			row.lang,
			kb(row.index),
			kb(row.fragments),
			kb(row.words),
			kb(row.index + row.fragments + row.words),
		]),
	),
);
if (scores.length > 0) {
	console.log(`\nLighthouse ${'(mobile defaults)'}\n`);
	console.log(
		formatTable(
			['template', 'lang', 'perf', 'a11y', 'best', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
			scores.map(({ template, locale, result: r }) => [
				template,
				locale,
				r.performance,
				r.accessibility,
				r.bestPractices,
				r.seo,
				r.fcpMs,
				r.lcpMs,
				r.tbtMs,
				r.cls,
			]),
		),
	);
}
// What one more news item costs: the time over the build without extra items, per item added
// (each item is a page in every language, and lands on a news list page).
const msPerNewsItem = (row: (typeof scaling)[number]) =>
	row.extraNewsPerLocale > 0
		? ((row.seconds - baseline.seconds) * 1000) / (row.extraNewsPerLocale * locales.length)
		: undefined;
console.log(`\nBuild cost (site and search index)\n`);
console.log(
	formatTable(
		[
			'extra news per language',
			'pages',
			'seconds',
			'ms per page',
			'ms per news item',
			'peak memory MB',
		],
		scaling.map((row) => [
			row.extraNewsPerLocale,
			row.pages,
			Number(row.seconds.toFixed(1)),
			Number(row.msPerPage.toFixed(1)),
			msPerNewsItem(row)?.toFixed(1) ?? '–',
			Math.round(row.peakMemoryMb),
		]),
	),
);
if (growth !== undefined)
	console.log(
		`\nCost per page from 1,000 to 4,000 extra items: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`,
	);
console.log(`\nBudgets\n`);
for (const { budget, met } of budgets)
	console.log(`${met === undefined ? '–  not measured:' : met ? '✓ ' : '✗ '} ${budget}`);

mkdirSync(dirname(outFile), { recursive: true });
const results = {
	date: new Date().toISOString(),
	node: process.version,
	chromium: foundChromium,
	weights,
	lighthouse: scores,
	scaling: scaling.map((row) => ({ ...row, msPerNewsItem: msPerNewsItem(row) })),
	budgets,
};
writeFileSync(outFile, `${JSON.stringify(results, null, '\t')}\n`);
console.log(`\nWrote ${outFile}`);
