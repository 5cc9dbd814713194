import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content-check/friendly-errors.ts';
import { validateContent } from '~/lib/content-check/validate-content.ts';

/**
 * What the editors' form (Decap CMS) writes for empty fields: an emptied optional field as `""`,
 * and a field shared by both languages as `null` in the file that did not have it. Both mean
 * "left out" to the content check, as they do to the build's loader (the same function).
 */
let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'form-saves-'));
	cpSync('content', join(root, 'content'), { recursive: true });
	cpSync('src/i18n', join(root, 'src/i18n'), { recursive: true });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function editFrontmatter(path: string, add: string, remove?: RegExp) {
	const file = join(root, path);
	let text = readFileSync(file, 'utf8');
	if (remove) text = text.replace(remove, '');
	writeFileSync(file, text.replace(/^---\n/, `---\n${add}`));
}

test('a page saved by the form with nulls in shared fields and an emptied address passes the check', () => {
	editFrontmatter(
		'content/pages/nb/about.mdx',
		'audience: null\ndraft: null\nlegalChanges: null\n',
		/^slug: .*\n/m,
	);
	editFrontmatter('content/pages/en/about.mdx', 'slug: ""\n', /^slug: .*\n/m);
	const problems = validateContent(join(root, 'content'), root).problems.filter(
		(problem) => problem.severity === 'error',
	);
	expect(problems.map(formatProblem)).toEqual([]);
});

test('a required field the form saved empty is named as missing', () => {
	editFrontmatter('content/pages/en/for-families.mdx', 'title: ""\n', /^title: .*\n/m);
	const messages = validateContent(join(root, 'content'), root).problems.map(formatProblem);
	expect(messages).toContainEqual(
		expect.stringContaining('content/pages/en/for-families.mdx: "title": is required but missing'),
	);
});
