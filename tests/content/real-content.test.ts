import { expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/friendly-errors.ts';
import { validateContent } from '~/lib/content/validate-content.ts';

const { entries, problems } = validateContent('content');

test('every file under content/ passes its schema and the cross-file checks', () => {
	expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
});

test('every information page has a twin in every language', () => {
	expect(
		problems
			.filter((problem) => problem.file.startsWith('content/pages/') && /twin|translat/.test(problem.message))
			.map(formatProblem),
	).toEqual([]);
});

test('every information page has at least one source and a last-reviewed date', () => {
	const pages = entries.filter((entry) => entry.collection === 'pages');
	expect(pages.length).toBeGreaterThan(0);
	for (const page of pages) {
		expect(page.parsed.sources, page.file).not.toHaveLength(0);
		expect(page.parsed.lastReviewed, page.file).toBeInstanceOf(Date);
	}
});
