import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content-check/friendly-errors.ts';
import { validateContent } from '~/lib/content-check/validate-content.ts';

const fixture = 'tests/fixtures/broken-content';
const { problems } = validateContent(fixture);
const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
const warnings = problems.filter((problem) => problem.severity === 'warning').map(formatProblem);

describe('broken content produces messages that name file, field, expectation and value found', () => {
	test('a missing required field', () => {
		expect(errors).toContain(
			`${fixture}/pages/nb/missing-title.mdx: "title": is required but missing; add "title:" (expected text)`,
		);
	});

	test('a value of the wrong type', () => {
		expect(errors).toContain(
			`${fixture}/pages/nb/wrong-type.mdx: "legalNotice": expected true or false; found "ja"`,
		);
	});

	test('a date that is not written year-month-day', () => {
		expect(errors).toContain(
			`${fixture}/pages/nb/bad-date.mdx: "lastReviewed": expected a date like 2026-05-01 (year-month-day); found "22.11.2026"`,
		);
	});

	test('an unknown category', () => {
		expect(errors).toContainEqual(
			expect.stringMatching(
				/^tests\/fixtures\/broken-content\/services\/unknown-category\.yaml: "category": expected one of: drug-court, .*user-organisation; found "lawyers"$/,
			),
		);
	});

	test('a reference to a country that has no snapshot', () => {
		expect(errors).toContain(
			`${fixture}/news/nb/2026-01-01-unknown-country.mdx: item 2 of "countries": no country snapshot has this name; use the file name of one in content/countries/ (norway, sweden); found "xx"`,
		);
	});

	test('a flow option that leads to a node that does not exist', () => {
		expect(errors).toContain(
			`${fixture}/flows/broken/flow.yaml: "questions.first.options.no": leads to "nowhere", which is neither a question nor an outcome`,
		);
	});

	test('a flow whose path reaches "the programme may be an option" without asking what was done', () => {
		expect(errors).toContain(
			`${fixture}/flows/rape-while-high/flow.yaml: "outcomes.may-fit": says the programme may be an option (programme: may-fit), but no answer on this path settles "offence"; ask it first. The path: «Hva gjelder saken?» «Noe jeg gjorde i rus» → «Er du avhengig av narkotika?» «Ja» → outcome may-fit («Programmet kan være aktuelt»)`,
		);
	});

	test('a flow whose words are missing in one language', () => {
		expect(errors).toContain(
			`${fixture}/flows/broken/en.yaml: "questions.first.options.no": is missing: write the text for this option`,
		);
	});

	test("a page that takes the address of one of the site's own pages", () => {
		expect(errors).toContain(
			`${fixture}/pages/nb/taken-address.mdx: "slug": the address /nb/sok/ is the site's own search page; choose another "slug"; found "sok"`,
		);
		expect(errors).toContain(
			`${fixture}/pages/en/taken-address.mdx: "slug": the address /en/news/ is the site's own news list; choose another "slug"; found "news"`,
		);
	});

	test('two pages with the same address', () => {
		expect(errors).toContain(
			`${fixture}/pages/nb/same-address.mdx: "slug": the address /nb/reviewed-after-check/ is already used by ${fixture}/pages/nb/reviewed-after-check.mdx; give one of them another "slug"; found "reviewed-after-check"`,
		);
	});

	test('a snapshot dated after its newest dated source', () => {
		expect(errors).toContain(
			`${fixture}/countries/nb/sweden.mdx: "snapshotDate": is later than the newest dated source (2021); it must be the date of the figures, not of the review (that is lastReviewed); found "2026"`,
		);
	});

	test('a point of a series whose source is not among the snapshot’s sources', () => {
		expect(errors).toContain(
			`${fixture}/countries/nb/sweden.mdx: "source" in item 1 of "points" in item 1 of "series": is not one of the snapshot's sources; add it to "sources" with its title and publisher; found "https://www.example-source.se/2019"`,
		);
	});

	test('a text that mentions a legal change without showing where it stands', () => {
		expect(errors).toContain(
			`${fixture}/countries/nb/sweden.mdx: the text mentions de nye reglene fra 2025 om narkotika til eget bruk; show where it stands: add <LegalStatus change="rules-2025" /> after the paragraph`,
		);
	});

	test('a page reviewed after the last check of a legal status it shows', () => {
		expect(errors).toContain(
			`${fixture}/pages/nb/reviewed-after-check.mdx: "lastReviewed": is 2026-01-15, after the last check of rules-2025 (checkedOn 2025-10-20 in ${fixture}/legal-changes/rules-2025.yaml), whose status this shows: look for newer official sources, update the status and set its checkedOn, or set lastReviewed no later than 2025-10-20`,
		);
	});

	test('the same file in both languages gets the same error once per language', () => {
		expect(errors.filter((error) => error.includes('wrong-type.mdx'))).toHaveLength(2);
	});
});

test('a page without a twin is a warning, not an error', () => {
	expect(warnings.filter((warning) => warning.includes('no-twin'))).toEqual([
		`${fixture}/pages/en/no-twin.mdx: missing twin of ${fixture}/pages/nb/no-twin.mdx; readers of "en" see the nb text with a notice until it is translated`,
		`${fixture}/pages/nn/no-twin.mdx: missing twin of ${fixture}/pages/nb/no-twin.mdx; readers of "nn" see the nb text with a notice until it is translated`,
	]);
	expect(errors.join('\n')).not.toContain('no-twin');
});

test('a legal status nobody has checked for more than a year is a warning that says what to do', () => {
	// The fixture's status was last checked on 2025-10-20; the check runs with the build's date.
	const old = validateContent(fixture, process.cwd(), new Date('2026-12-07T00:00:00Z')).problems;
	expect(old.filter((problem) => problem.severity === 'warning').map(formatProblem)).toContainEqual(
		expect.stringMatching(
			new RegExp(
				`^${fixture}/legal-changes/rules-2025\\.yaml: "checkedOn": was 2025-10-20, more than 12 months ago, .*set checkedOn to the day you checked`,
			),
		),
	);
	const recent = validateContent(fixture, process.cwd(), new Date('2026-06-07T00:00:00Z')).problems;
	expect(recent.map(formatProblem).join('\n')).not.toContain('"checkedOn": was');
});
