import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '~/lib/content-check/validate-content.ts';
import { copyContent } from '../support/build-site.ts';

const runNew = (contentDir: string, ...args: string[]) =>
	spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir },
	});

describe('npm run new', () => {
	test.each([
		['news', ['news', 'Rusreform på nytt', '--key', 'drug-reform-again']],
		['page', ['page', 'Hjelp til deg', '--key', 'help-for-you']],
		['country', ['country', 'Sverige', '--key', 'sweden', '--code', 'SE']],
		['service', ['service', 'Ny hjelpetelefon', '--key', 'new-helpline']],
	])(
		'creates a %s that the content check accepts as a draft, listing what to fill in',
		(_, args) => {
			const content = copyContent();
			const result = runNew(content, ...args);
			expect(result.status, result.stderr).toBe(0);
			expect(result.stdout).toContain('Created a draft');
			const { problems } = validateContent(content);
			expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
			expect(problems.map((problem) => problem.message).join('\n')).toContain(
				'(fill it in before removing "draft: true")',
			);
		},
	);

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
		expect(again.stderr).toContain(`${path} already exists; nothing was written`);
		expect(readFileSync(path, 'utf8')).toBe('EDITED');
	});

	test('refuses to write a page whose text already exists as plain Markdown (.md)', () => {
		const content = mkdtempSync(join(tmpdir(), 'content-'));
		const markdown = join(content, 'pages', 'en', 'help-for-you.md');
		mkdirSync(dirname(markdown), { recursive: true });
		writeFileSync(markdown, 'WRITTEN');
		const again = runNew(content, 'page', 'Hjelp til deg', '--key', 'help-for-you');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain(`${markdown} already exists; nothing was written`);
		expect(existsSync(join(content, 'pages', 'nb', 'help-for-you.mdx'))).toBe(false);
	});
});
