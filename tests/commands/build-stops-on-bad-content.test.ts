import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('astro build stops on broken content and lists every problem with file and field', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'broken-build-'));
	const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: 'tests/fixtures/broken-content',
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		timeout: 120_000,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).not.toBe(0);
	expect(output).toContain('The content has mistakes. Fix each file below, then build again:');
	expect(output).toMatch(
		/\d+ problems in \d+ files\. content\/README\.md says what each kind of content needs/,
	);
	expect(output).not.toContain('Stack trace');
	expect(output).not.toContain('unhandled error');
	expect(output).toContain(
		'tests/fixtures/broken-content/pages/nb/bad-date.mdx: "lastReviewed": expected a date like 2026-05-01',
	);
	expect(output).toContain('"category": expected one of:');
	expect(output).toMatch(/\d+ content warning\(s\), none of which stop the build/);
}, 120_000);
