import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { localBackendPort } from '../../src/lib/cms/decap-config.ts';
import { formatProblem } from '../../src/lib/content-check/friendly-errors.ts';
import { validateContent } from '../../src/lib/content-check/validate-content.ts';
import { launchBrowser, siteUrl } from './support/browser.ts';

/**
 * The editors' form at /admin/ (Decap CMS) against a copy of the content, saving through
 * decap-server as `npm run admin` does: what an editor saves is a file the build accepts, or one
 * the build names with the mistake.
 */

let browser: Browser;
let repo: string;
let decapServer: ChildProcess;

beforeAll(async () => {
	repo = mkdtempSync(join(tmpdir(), 'admin-content-'));
	cpSync('content', join(repo, 'content'), { recursive: true });
	// The content check reads the explainer's interface words from here.
	cpSync('src/i18n', join(repo, 'src/i18n'), { recursive: true });
	decapServer = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
		env: {
			...process.env,
			GIT_REPO_DIRECTORY: repo,
			MODE: 'fs',
			PORT: String(localBackendPort),
			BIND_HOST: '127.0.0.1',
		},
		stdio: 'pipe',
	});
	await new Promise<void>((resolve, reject) => {
		decapServer.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('listening')) resolve();
		});
		decapServer.on('exit', (code) => reject(new Error(`decap-server stopped (exit ${code})`)));
	});
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	decapServer?.kill();
	rmSync(repo, { recursive: true, force: true });
});

/** Opens the form for a new news item, logged in to the local backend, and records what goes wrong. */
async function newNewsItem(): Promise<{ page: Page; problems: string[] }> {
	const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	await page.goto(siteUrl('/admin/'));
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.goto(siteUrl('/admin/#/collections/news/new'));
	await page.getByLabel('Overskrift').first().waitFor();
	return { page, problems };
}

/** The Norwegian column comes first, the English second. */
const column = { nb: 0, en: 1 } as const;

/** What the editor types: the same town in both tests would make Decap name the second file "-1". */
interface NewsItem {
	town: string;
	/** The town in ASCII, as addresses and file names write it. */
	key: string;
	withSource: boolean;
}

const tromso: NewsItem = { town: 'Tromsø', key: 'tromso', withSource: true };
const bodo: NewsItem = { town: 'Bodø', key: 'bodo', withSource: false };

const newsFile = (item: NewsItem, locale: string) =>
	join(
		repo,
		'content',
		'news',
		locale,
		`2026-12-01-new-drug-court-programme-office-in-${item.key}.mdx`,
	);

async function fillNewsItem(page: Page, item: NewsItem) {
	const field = (label: string, locale: keyof typeof column) =>
		page.getByLabel(label).nth(column[locale]);
	await field('Overskrift', 'nb').fill(`Nytt kontor for narkotikaprogrammet i ${item.town}`);
	await field('Overskrift', 'en').fill(`New drug court programme office in ${item.town}`);
	await field('Sammendrag', 'nb').fill(`Programmet får et nytt kontor i ${item.town}.`);
	await field('Sammendrag', 'en').fill(`The programme gets a new office in ${item.town}.`);
	// The address in each language, as `npm run new` writes it: Norwegian words for nb, the key for en.
	await field('Adresse (valgfritt)', 'nb').fill(`nytt-kontor-${item.key}`);
	await field('Adresse (valgfritt)', 'en').fill(`new-office-${item.key}`);
	// Dates and countries are the same in both languages: they are set in the English column.
	await field('Dato', 'en').fill('2026-12-01');
	await field('Sist kontrollert', 'en').fill('2026-12-02');
	const countries = field('Land', 'en');
	await countries.click();
	await countries.pressSequentially('Norw');
	await page.getByRole('option', { name: 'Norway' }).click();
	if (item.withSource) {
		for (const locale of ['nb', 'en'] as const) {
			await page.getByRole('button', { name: 'Add kilder' }).nth(column[locale]).click();
			await field('Tittel', locale).fill('Narkotikaprogram med domstolskontroll');
			await field('Nettadresse', locale).fill(
				'https://www.kriminalomsorgen.no/narkotikaprogram-med-domstolskontroll.4532001.no.html',
			);
		}
	}
	// Decap's Markdown editor is a contenteditable without a name of its own (its label points elsewhere).
	const body = page.locator('[data-slate-editor="true"]');
	await body.nth(column.nb).fill(`Programmet åpner et kontor i ${item.town}.`);
	await body.nth(column.en).fill(`The programme opens an office in ${item.town}.`);
}

async function publish(page: Page) {
	await page.getByRole('button', { name: 'Publiser' }).click();
	await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
	await page
		.getByText(/Endringer lagret|Innlegg lagret/i)
		.first()
		.waitFor();
}

function frontmatter(file: string): Record<string, unknown> {
	const text = readFileSync(file, 'utf8');
	return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

test('an editor creates a news item in Bokmål and English in /admin/, and the site publishes it in both languages', async () => {
	const { page, problems } = await newNewsItem();
	await fillNewsItem(page, tromso);
	await publish(page);

	// One file per language, named after the date and the English title, as the scaffolder names them.
	for (const locale of ['nb', 'en'])
		expect(existsSync(newsFile(tromso, locale)), locale).toBe(true);
	expect(frontmatter(newsFile(tromso, 'nb'))).toMatchObject({
		title: 'Nytt kontor for narkotikaprogrammet i Tromsø',
		slug: 'nytt-kontor-tromso',
		date: '2026-12-01',
		lastReviewed: '2026-12-02',
		countries: ['norway'],
		sources: [{ title: 'Narkotikaprogram med domstolskontroll' }],
	});
	expect(frontmatter(newsFile(tromso, 'en'))).toMatchObject({
		title: 'New drug court programme office in Tromsø',
		slug: 'new-office-tromso',
		date: '2026-12-01',
		countries: ['norway'],
	});
	expect(readFileSync(newsFile(tromso, 'en'), 'utf8')).toContain(
		'The programme opens an office in Tromsø.',
	);
	expect(problems).toEqual([]);
	await page.context().close();

	// The build runs this same check and lists its pages from the same route table
	// (tests/commands/build-stops-on-bad-content.test.ts shows a failing check stops it), so what
	// the check accepts and routes is what the build publishes, without a build of its own here.
	const { problems: contentProblems, routes } = validateContent(join(repo, 'content'), repo);
	expect(
		contentProblems.filter((problem) => problem.severity === 'error').map(formatProblem),
	).toEqual([]);
	const route = (path: string) => routes.find((candidate) => candidate.path === path);
	expect(route('/en/news/new-office-tromso/')?.entryFile).toBe(
		'news/en/2026-12-01-new-drug-court-programme-office-in-tromso',
	);
	expect(route('/nb/nyheter/nytt-kontor-tromso/')?.entryFile).toBe(
		'news/nb/2026-12-01-new-drug-court-programme-office-in-tromso',
	);
	// The form also wrote a Nynorsk file with only the shared fields: not a mistake, a translation
	// not begun. Nynorsk readers get the Bokmål item, with the notice, kept out of search engines.
	expect(existsSync(newsFile(tromso, 'nn'))).toBe(true);
	const fallback = route('/nn/nyheiter/2026-12-01-new-drug-court-programme-office-in-tromso/');
	expect(fallback).toMatchObject({
		template: 'newsItem',
		noindex: true,
		entryFile: 'news/nb/2026-12-01-new-drug-court-programme-office-in-tromso',
	});
}, 120_000);

test('a news item saved without sources is refused by the content check every build runs first, which names the file and the field', async () => {
	// The form does not count a list's items, so it saves an item without sources; the content check
	// stops it (tests/commands/build-stops-on-bad-content.test.ts: a failing check stops the build).
	const { page } = await newNewsItem();
	await fillNewsItem(page, bodo);
	await publish(page);
	expect(existsSync(newsFile(bodo, 'en'))).toBe(true);
	await page.context().close();

	const messages = validateContent(join(repo, 'content'), repo)
		.problems.filter((problem) => problem.severity === 'error')
		.map(formatProblem);
	expect(messages).toContainEqual(
		expect.stringContaining(
			'news/en/2026-12-01-new-drug-court-programme-office-in-bodo.mdx: "sources": is required but missing',
		),
	);
}, 120_000);

/**
 * One existing entry per collection: its address in the form, the file the change lands in, and
 * which text box gets the change (a service's first box is its id, which names the file).
 */
const existingEntries = [
	['news/entries/2001-01-09-dublin-drug-court', 'news/nb/2001-01-09-dublin-drug-court.mdx', 0],
	['countries/entries/portugal', 'countries/nb/portugal.mdx', 0],
	['pages/entries/about', 'pages/nb/about.mdx', 0],
	['services/entries/a-larm', 'services/a-larm.yaml', 1],
	['glossary/entries/forsvarer', 'glossary/forsvarer.yaml', 0],
	['legalChanges/entries/rules-2025', 'legal-changes/rules-2025.yaml', 0],
	['explainer/entries/eligibility-nb', 'flows/eligibility/nb.yaml', 0],
] as const;

test('an editor changes one word in an existing entry of each kind, saves, and the content check still passes', async () => {
	const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	const page = await context.newPage();
	// Leaving an entry may ask whether to drop changes; everything has been published by then.
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto(siteUrl('/admin/'));
	await page.getByRole('button', { name: 'Logg inn' }).click();
	for (const [address, file, box] of existingEntries) {
		// Through the collection's list, which has no text boxes, so the boxes found next are the
		// entry's and not the previous entry's still on screen.
		const collection = address.split('/')[0]!;
		await page.goto(siteUrl(`/admin/#/collections/${collection}`));
		await page.locator(`a[href*="collections/${collection}/entries/"]`).first().waitFor();
		await page.goto(siteUrl(`/admin/#/collections/${address}`));
		// The entry's form is there once its "Publish" button is.
		await page.getByRole('button', { name: 'Publiser' }).waitFor();
		// A title or a name gets one more word.
		const text = page.locator('input[type="text"]:visible, textarea:visible').nth(box);
		await text.waitFor();
		// Filled at once: key by key, the form's re-rendering can drop a key on a busy machine.
		await text.fill(`${await text.inputValue()} endret`);
		// Leaving the box hands the change to the form, even when the machine is slow.
		await text.press('Tab');
		await publish(page);
		await expect
			.poll(() => readFileSync(join(repo, 'content', file), 'utf8'), { message: file })
			.toContain(' endret');
	}
	await context.close();
	// The Bodø item is the earlier test's deliberate mistake; every other file must pass.
	const errors = validateContent(join(repo, 'content'), repo).problems.filter(
		(problem) => problem.severity === 'error' && !/-bodo\.mdx$/.test(problem.file),
	);
	expect(errors.map(formatProblem)).toEqual([]);
}, 180_000);
