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
	test('makes a news item in both languages, named from the date and the title with æøå handled', () => {
		expect(scaffold('news', 'Rusreform på nytt', day).map((file) => file.path)).toEqual([
			'news/nb/2026-11-23-rusreform-pa-nytt.mdx',
			'news/en/2026-11-23-rusreform-pa-nytt.mdx',
		]);
	});

	test('needs an ISO code for a country', () => {
		expect(() => scaffold('country', 'Sverige', day)).toThrow(
			'A country needs its ISO code: npm run new -- country "Sverige" --code SE',
		);
		expect(scaffold('country', 'Sweden', day, { code: 'SE' }).map((file) => file.path)).toEqual([
			'countries/nb/sweden.mdx',
			'countries/en/sweden.mdx',
		]);
	});

	test('refuses a title without letters', () => {
		expect(() => scaffold('page', '!!!', day)).toThrow('has no letters or digits');
	});
});

describe('npm run new', () => {
	test.each([
		['news', ['news', 'Rusreform på nytt']],
		['page', ['page', 'Hjelp til deg']],
		['country', ['country', 'Sweden', '--code', 'SE']],
		['service', ['service', 'Ny hjelpetelefon']],
	])('creates a %s with frontmatter that passes the content check, as a draft', (_, args) => {
		const content = copyContent();
		const result = runNew(content, ...args);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('Created a draft');
		const { problems } = validateContent(content);
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
	});

	test('refuses to overwrite an existing file and says which', () => {
		const content = mkdtempSync(join(tmpdir(), 'content-'));
		expect(runNew(content, 'news', 'Rusreform på nytt').status).toBe(0);
		const today = new Date().toISOString().slice(0, 10);
		const path = join(content, 'news', 'nb', `${today}-rusreform-pa-nytt.mdx`);
		writeFileSync(path, 'EDITED');
		const again = runNew(content, 'news', 'Rusreform på nytt');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists; nothing was overwritten');
		expect(readFileSync(path, 'utf8')).toBe('EDITED');
	});
});
