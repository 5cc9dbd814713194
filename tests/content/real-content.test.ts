import { expect, test } from 'vitest';
import { formatProblem } from '~/lib/content-check/friendly-errors.ts';
import { realContent } from '../support/real-content.ts';
import { withoutExtension } from '~/schemas/collections.ts';

const { entries, problems } = realContent();

test('every file under content/ passes its schema and the cross-file checks', () => {
	expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
});

const untranslatedPages = (locale: string) =>
	problems
		.filter(
			(problem) =>
				problem.file.startsWith(`content/pages/${locale}/`) &&
				/twin|translat/.test(problem.message),
		)
		.map((problem) => problem.file);

test('every information page has a twin in Bokmål and English', () => {
	expect([...untranslatedPages('nb'), ...untranslatedPages('en')]).toEqual([]);
});

// språklova § 14: self-service and the pages a defendant or family acts on, in Nynorsk too.
test('the pages a defendant or family acts on are in Nynorsk; the rest fall back to Bokmål', () => {
	const translated = entries
		.filter(
			(entry) =>
				entry.collection === 'pages' && entry.locale === 'nn' && !entry.parsed.needsTranslation,
		)
		.map((entry) => entry.key)
		.sort();
	expect(translated).toEqual([
		'accessibility',
		'defence-lawyer',
		'drug-court-programme',
		'for-defendants',
		'for-families',
		'privacy',
		'reform',
	]);
	expect(
		untranslatedPages('nn').every(
			(file) => !translated.some((key) => withoutExtension(file).endsWith(`/${key}`)),
		),
	).toBe(true);
});

test('every information page has at least one source and a last-reviewed date', () => {
	const pages = entries.filter((entry) => entry.collection === 'pages');
	expect(pages.length).toBeGreaterThan(0);
	for (const page of pages) {
		expect(page.parsed.sources, page.file).not.toHaveLength(0);
		expect(page.parsed.lastReviewed, page.file).toBeInstanceOf(Date);
	}
});
