import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scaffold } from '~/lib/content/scaffold.ts';
import { validateContent } from '~/lib/content/validate-content.ts';
import { copyContent } from '../support/build-site.ts';

const day = new Date('2026-11-23T00:00:00Z');
const runNew = (contentDir: string, ...args: string[]) =>
	spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir },
	});

describe('scaffold()', () => {
	const news = scaffold('news', { key: 'Drug reform again', title: 'Rusreform på nytt' }, day);

	test('names the files from the English key in every language, whatever the title’s language', () => {
		expect(news.map((file) => file.path)).toEqual([
			'news/nb/2026-11-23-drug-reform-again.mdx',
			'news/en/2026-11-23-drug-reform-again.mdx',
		]);
	});

	test('gives the Norwegian title only to the Norwegian file; the English twin starts empty, marked as not translated', () => {
		const [nb, en] = news.map((file) => file.text);
		expect(nb).toContain('title: "Rusreform på nytt"');
		expect(nb).toContain('slug: rusreform-pa-nytt');
		expect(en).not.toContain('Rusreform');
		expect(en).toContain("title: ''");
		expect(en).toContain('slug: drug-reform-again');
		expect(en).toContain('needsTranslation: true');
	});

	test('leaves the choices that are the editor’s empty: a news item’s countries, a snapshot’s date', () => {
		expect(news[0]!.text).toContain('countries: []');
		const country = scaffold('country', { key: 'sweden', title: 'Sverige', code: 'SE' }, day);
		expect(country[0]!.text).not.toMatch(/^snapshotDate:/m);
	});

	test('refuses without an English key, and says how to give one', () => {
		expect(() => scaffold('page', { key: '', title: 'Hjelp til deg' }, day)).toThrow(
			'Give the English file name with --key',
		);
	});

	test('needs an ISO code for a country', () => {
		expect(() => scaffold('country', { key: 'sweden', title: 'Sverige' }, day)).toThrow(
			'A country needs its ISO code: npm run new -- country "Sverige" --key sweden --code SE',
		);
	});
});

describe('npm run new', () => {
	test.each([
		['news', ['news', 'Rusreform på nytt', '--key', 'drug-reform-again']],
		['page', ['page', 'Hjelp til deg', '--key', 'help-for-you']],
		['country', ['country', 'Sverige', '--key', 'sweden', '--code', 'SE']],
		['service', ['service', 'Ny hjelpetelefon', '--key', 'new-helpline']],
	])('creates a %s that the content check accepts as a draft, listing what to fill in', (_, args) => {
		const content = copyContent();
		const result = runNew(content, ...args);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('Created a draft');
		const { problems } = validateContent(content);
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(problems.map((problem) => problem.message).join('\n')).toContain('(fill it in before removing "draft: true")');
	});

	test('refuses without --key and says why', () => {
		const result = runNew(mkdtempSync(join(tmpdir(), 'content-')), 'page', 'Hjelp til deg');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Give the English file name with --key');
	});

	test('refuses to overwrite an existing file and says which', () => {
		const content = mkdtempSync(join(tmpdir(), 'content-'));
		const args = ['news', 'Rusreform på nytt', '--key', 'drug-reform-again'];
		expect(runNew(content, ...args).status).toBe(0);
		const today = new Date().toISOString().slice(0, 10);
		const path = join(content, 'news', 'nb', `${today}-drug-reform-again.mdx`);
		writeFileSync(path, 'EDITED');
		const again = runNew(content, ...args);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists; nothing was overwritten');
		expect(readFileSync(path, 'utf8')).toBe('EDITED');
	});
});
