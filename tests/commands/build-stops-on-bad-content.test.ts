import { expect, test } from 'vitest';
import { tryBuildSite } from '../support/build-site.ts';

test('astro build stops on broken content and lists every problem with file and field', () => {
	const { passed, output } = tryBuildSite({ CONTENT_DIR: 'tests/fixtures/broken-content' });
	expect(passed).toBe(false);
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
