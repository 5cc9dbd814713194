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
import { unprunedStylesFile, type UnprunedStyles } from '../src/lib/html/prune-styles.ts';
import { essentialSetBudget } from '../src/lib/offline/essential-set.ts';

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
// The floor for Lighthouse's LCP on this machine: a page with one line of text and nothing else.
const oneLinePath = '/bench-one-line/';
mkdirSync(join(siteCopy, 'dist', oneLinePath), { recursive: true });
writeFileSync(
	join(siteCopy, 'dist', oneLinePath, 'index.html'),
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>One line</title><meta name="description" content="One line."></head><body><main><h1>One line of text.</h1></main></body></html>',
);
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
const lcpRounds: { page: string; lcpMs: number }[] = [];
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
	// An article against the one-line page, in turns, three rounds: the machine is noisy.
	const article = templates.find((template) => template.name === 'article')!.paths.en;
	for (let round = 0; round < 3; round += 1)
		for (const [name, path] of [
			['LCP: article', article],
			['LCP: one line', oneLinePath],
		] as const)
			lcpRounds.push({
				page: name,
				lcpMs: (await lighthouseScores(`${origin}${path}`, debuggingPort)).lcpMs,
			});
}
await browser.close();
server.close();
const searchIndexSizes = searchIndexWeight(join(siteCopy, 'dist'));
// Each template's inline CSS, gzipped, as built and as it was before pruning (kept by the build).
const unpruned = JSON.parse(
	readFileSync(unprunedStylesFile(join(siteCopy, 'node_modules', '.astro')), 'utf8'),
) as UnprunedStyles;
const gz = (text: string) => gzipSync(text).length;
const cssPerTemplate = templates.map((template) => {
	const file = `${template.paths.en}index.html`;
	const built = readFileSync(join(siteCopy, 'dist', file), 'utf8');
	const styles = (html: string) =>
		[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('');
	return {
		template: template.name,
		before: gz(unpruned.pages[file]!.map((key) => unpruned.styles[key]).join('')),
		after: gz(styles(built)),
	};
});
// What saving the site downloads and stores, per language (the build's lists).
const savedCopy = ['nb', 'nn', 'en'].map((locale) => {
	const list = JSON.parse(
		readFileSync(join(siteCopy, 'dist', 'saved-copy', `${locale}.json`), 'utf8'),
	) as { downloadBytes: number; storedBytes: number; files: Record<string, string> };
	return { ...list, locale, files: Object.keys(list.files).length };
});
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

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lcpOf = (page: string) =>
	median(lcpRounds.filter((row) => row.page === page).map((row) => row.lcpMs));
const lcpRatio =
	lcpRounds.length > 0 ? lcpOf('LCP: article')! / lcpOf('LCP: one line')! : undefined;

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
		budget:
			'article pages: first view (HTML with its CSS) ≤ 14 KB gzipped; JavaScript only the inline exit script and the saved copy’s offer it fetches after load, ≤ 2 KB',
		met: weightOf('article').every(
			({ weight }) => weight.html + weight.css <= 14 * 1024 && weight.js <= 2 * 1024,
		),
	},
	{
		budget:
			'every other template’s first view ≤ 16 KB gzipped (not the explainer, the directory or the sources index)',
		met: weights
			.filter(
				({ template }) =>
					!['explainer', 'directory', 'sources index', 'article'].includes(template) &&
					!template.startsWith('first search'),
			)
			.every(({ weight }) => weight.html + weight.css <= 16 * 1024),
	},
	{
		budget: 'explainer and directory islands ≤ 16 KB gzipped each, Preact included',
		met: [...weightOf('explainer'), ...weightOf('directory')].every(
			({ weight }) => weight.js <= 16 * 1024,
		),
	},
	{
		budget: 'the saved copy downloads ≤ 3 MB per language',
		met: savedCopy.every((row) => row.downloadBytes <= essentialSetBudget),
	},
	{
		budget: 'Lighthouse mobile LCP on an article ≤ 1.15 × that of a one-line page (medians)',
		met: lcpRatio === undefined ? undefined : lcpRatio <= 1.15,
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
console.log(`\nInline CSS per template (en), KB gzipped: before pruning → as built\n`);
console.log(
	formatTable(
		['template', 'before', 'after', 'change'],
		cssPerTemplate.map((row) => [
			row.template,
			kb(row.before),
			kb(row.after),
			`${Math.round((row.after / row.before - 1) * 100)}%`,
		]),
	),
);
console.log(`\nThe saved copy per language (what "Save this site on this phone" fetches)\n`);
console.log(
	formatTable(
		['lang', 'files', 'download KB (gzipped)', 'stored KB'],
		savedCopy.map((row) => [row.locale, row.files, kb(row.downloadBytes), kb(row.storedBytes)]),
	),
);
if (lcpRatio !== undefined)
	console.log(
		`\nLighthouse LCP, median of three rounds in turns: article ${lcpOf('LCP: article')} ms, one-line page ${lcpOf('LCP: one line')} ms, ratio ${lcpRatio.toFixed(2)}`,
	);
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
	cssPerTemplate,
	savedCopy: savedCopy.map(({ locale, files, downloadBytes, storedBytes }) => ({
		locale,
		files,
		downloadBytes,
		storedBytes,
	})),
	lighthouse: scores,
	lcpRounds,
	scaling: scaling.map((row) => ({ ...row, msPerNewsItem: msPerNewsItem(row) })),
	budgets,
};
writeFileSync(outFile, `${JSON.stringify(results, null, '\t')}\n`);
console.log(`\nWrote ${outFile}`);
