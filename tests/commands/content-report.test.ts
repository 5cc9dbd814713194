import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { contentReport } from '~/lib/content-check/content-report.ts';
import { validateContent } from '~/lib/content-check/validate-content.ts';

const report = (contentDir: string) =>
	spawnSync('npm', ['run', '--silent', 'content:report'], {
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir },
	});

test('npm run content:report succeeds on the real content and prints every warning by file, stale snapshots, and readability last', () => {
	const result = report('content');
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('Locale "nb"');
	expect(result.stdout).toContain('Locale "en"');
	expect(result.stdout).toContain(
		'Country snapshots more than 24 months old:\n  content/countries/nb/canada.mdx (snapshot 2021)',
	);
	expect(result.stdout).toMatch(/Readability, "nb" \(LIX.*\n-+\n\s+\d+\.\d {2}content\//);
	expect(result.stdout.indexOf('Service directory (')).toBeLessThan(
		result.stdout.indexOf('Readability, "nb"'),
	);
	// Every warning, whichever folder its file is in, under its file.
	const warnings = validateContent('content').problems.filter(
		(problem) => problem.severity === 'warning',
	);
	expect(result.stdout).toContain(`Warnings (${warnings.length}):`);
	for (const warning of warnings) {
		const section = result.stdout.slice(result.stdout.indexOf(`\n${warning.file}\n`));
		expect(section, warning.file).toContain(warning.message);
	}
});

test('it fails only on errors: broken content exits with 1 and lists the errors first, without a stack trace; a missing twin alone does not fail it', () => {
	const broken = report('tests/fixtures/broken-content');
	const output = `${broken.stdout}\n${broken.stderr}`;
	expect(broken.status).toBe(1);
	expect(output).toMatch(/^Errors \(\d+\): these stop the build\n/);
	expect(output).toContain(
		'tests/fixtures/broken-content/pages/nb/bad-date.mdx\n  "lastReviewed": expected a date like 2026-05-01',
	);
	expect(output).not.toMatch(/\n\s+at /);
	const fixtureReport = contentReport(
		'tests/fixtures/broken-content',
		new Date('2026-11-23T00:00:00Z'),
	);
	expect(fixtureReport.text).toContain(
		'tests/fixtures/broken-content/pages/en/no-twin.mdx\n  missing twin of tests/fixtures/broken-content/pages/nb/no-twin.mdx; readers of "en" see the nb text with a notice until it is translated',
	);
});
