import { describe, expect, test } from 'vitest';
import { localeCodes, textLocaleFor, type Locale } from '~/i18n/locales.ts';
import { validateContent } from '~/lib/content/validate-content.ts';
import { buildExplainerData } from '~/lib/flow/explainer-data.ts';
import {
	answerRows,
	outcomeView,
	positionFor,
	questionView,
	countyOnPath,
	type ExplainerData,
} from '~/lib/flow/explainer-view.ts';
import type { Answers } from '~/lib/flow/next-node.ts';
import { withoutSoftHyphens } from '~/lib/text/hyphenate.ts';
import type { Flow, FlowText } from '~/schemas/flow.ts';
import type { LegalChangeData } from '~/schemas/legal-change.ts';
import type { PageData } from '~/schemas/page.ts';
import type { ProgrammeData } from '~/schemas/programme.ts';
import type { ServiceData } from '~/schemas/service.ts';
import { articlePath } from '~/lib/routing/paths.ts';

// The explainer as a reader meets it: each scenario answers the questions by their English
// labels, in the order the explainer asks them, and checks the outcome the reader ends on
// (smart-answers' "testing flows"), with and without JavaScript.

const entries = validateContent('content').entries;
const parsed = <T>(key: string) => entries.find((entry) => entry.key === key)!.parsed as T;

function dataFor(locale: Locale): ExplainerData {
	// A page not yet translated is linked at its file name, with its fallback's title (as the site does).
	const pages = entries.filter((entry) => entry.collection === 'pages');
	const keys = new Set(pages.map((entry) => entry.key));
	return buildExplainerData({
		locale,
		flow: parsed<Flow>('eligibility/flow'),
		text: parsed<FlowText>(`eligibility/${locale}`),
		pages: Object.fromEntries(
			[...keys].map((key) => {
				const twin = (code: Locale) =>
					pages.find((entry) => entry.key === key && entry.locale === code);
				const shown = twin(textLocaleFor(locale, (code) => twin(code) !== undefined)!)!;
				const page = shown.parsed as unknown as PageData;
				const slug = shown.locale === locale ? (page.slug ?? key) : key;
				return [key, { label: page.title, url: articlePath(locale, slug) }];
			}),
		),
		services: entries
			.filter((entry) => entry.collection === 'services')
			.map((entry) => entry.parsed as unknown as ServiceData),
		legalChanges: Object.fromEntries(
			entries
				.filter((entry) => entry.collection === 'legalChanges')
				.map((entry) => [entry.key, entry.parsed as unknown as LegalChangeData]),
		),
		programme: parsed<ProgrammeData>('pathway'),
		siteUrl: 'https://example.test/',
	});
}

const en = dataFor('en');

/**
 * Answers questions by their visible labels, checking that each is the question the explainer
 * asks next; returns the answers, as the island holds them.
 */
function answer(data: ExplainerData, labels: string[]): Answers {
	const answers: Answers = {};
	for (const label of labels) {
		const position = positionFor(data, answers);
		if (position.kind !== 'question') throw new Error(`Reached an outcome before "${label}".`);
		const option = questionView(data, position.id).options.find((item) => item.label === label);
		if (!option)
			throw new Error(
				`Question "${withoutSoftHyphens(questionView(data, position.id).question)}" has no answer "${label}".`,
			);
		answers[position.id] = option.id;
	}
	return answers;
}

/** Follows the static pages' answer links, as a reader without JavaScript does. */
function followLinks(data: ExplainerData, labels: string[]): string {
	let id = data.flow.start;
	let href = data.paths.questions[id]!;
	for (const label of labels) {
		const option = questionView(data, id).options.find((item) => item.label === label)!;
		href = option.href;
		const next = Object.entries(data.paths.questions).find(([, path]) => path === href)?.[0];
		if (!next) break;
		id = next;
	}
	return href;
}

/** The outcome page's address the island's result corresponds to. */
function outcomePage(data: ExplainerData, answers: Answers): string {
	const position = positionFor(data, answers);
	const county = countyOnPath(data, answers);
	const inCounty = data.paths.outcomesInCounty[position.id];
	return county && county !== 'notSaid' && inCounty
		? inCounty.replace('{{county}}', county)
		: data.paths.outcomes[position.id]!;
}

const scenarios: { reader: string; answers: string[]; outcome: string }[] = [
	{
		reader: 'an adult charged with theft to pay for drugs, who depends on drugs and consents',
		answers: [
			'Yes, I have been charged or indicted',
			'18 or older',
			'Something I did while on drugs, or to get money for drugs',
			'No',
			'Yes',
			'Yes',
			'Oslo',
		],
		outcome: 'nd-may-fit',
	},
	{
		reader: 'an adult charged with selling smaller amounts, dependent and consenting',
		answers: [
			'Yes, my case is going to court',
			'18 or older',
			'Other drug crime, for example selling or passing on drugs',
			'Drug crime (section 231), for example smaller amounts',
			'Yes',
			'I am not sure',
			'I would rather not say',
		],
		outcome: 'nd-may-fit',
	},
	{
		reader: 'an adult charged with aggravated drug crime',
		answers: [
			'Yes, I have been charged or indicted',
			'18 or older',
			'Other drug crime, for example selling or passing on drugs',
			'Aggravated drug crime (section 232), for example large amounts',
		],
		outcome: 'aggravated-drug-crime',
	},
	{
		reader: 'an adult in an organised drug case to earn money',
		answers: [
			'Yes, the police are investigating',
			'18 or older',
			'Other drug crime, for example selling or passing on drugs',
			'Drug crime as part of a group or network, to earn money',
		],
		outcome: 'organised-drug-crime',
	},
	{
		reader: 'an adult who does not know what kind of drug crime it is',
		answers: [
			'Yes, the police are investigating',
			'18 or older',
			'Other drug crime, for example selling or passing on drugs',
			'I do not know',
		],
		outcome: 'drug-crime-unsure',
	},
	{
		reader: 'an adult charged with a sexual offence',
		answers: ['Yes, I have been charged or indicted', '18 or older', 'A sexual offence'],
		outcome: 'sexual-offence',
	},
	{
		reader: 'an adult charged with violence who is not sure how serious it is',
		answers: ['Yes, I have been charged or indicted', '18 or older', 'Violence', 'I do not know'],
		outcome: 'violence-unsure',
	},
	{
		reader: 'an adult charged with serious violence',
		answers: [
			'Yes, my case is going to court',
			'18 or older',
			'Violence',
			'It is serious violence',
		],
		outcome: 'violence-serious',
	},
	{
		reader: 'an adult charged with violence that may count as less serious',
		answers: [
			'Yes, my case is going to court',
			'18 or older',
			'Violence',
			'It may count as less serious',
		],
		outcome: 'violence-less-serious',
	},
	{
		reader: 'an adult who drove under the influence',
		answers: [
			'Yes, the police are investigating',
			'18 or older',
			'Something I did while on drugs, or to get money for drugs',
			'Yes',
		],
		outcome: 'impaired-driving',
	},
	{
		reader: 'an adult whose main problem is alcohol',
		answers: [
			'Yes, I have been charged or indicted',
			'18 or older',
			'Something I did while on drugs, or to get money for drugs',
			'No',
			'No, it is mostly alcohol',
		],
		outcome: 'alcohol',
	},
	{
		reader: 'an adult who does not depend on drugs',
		answers: [
			'Yes, I have been charged or indicted',
			'18 or older',
			'Something I did while on drugs, or to get money for drugs',
			'No',
			'No',
		],
		outcome: 'other-routes',
	},
	{
		reader: 'an adult who will not consent to treatment',
		answers: [
			'Yes, I have been charged or indicted',
			'18 or older',
			'Something I did while on drugs, or to get money for drugs',
			'No',
			'Yes',
			'No',
		],
		outcome: 'no-consent',
	},
	{
		reader: 'an adult caught with drugs for their own use',
		answers: [
			'Yes, the police are investigating',
			'18 or older',
			'Only using or having drugs for my own use',
		],
		outcome: 'own-use',
	},
	{
		reader: 'a 16-year-old caught with a small amount for their own use',
		answers: [
			'Yes, the police are investigating',
			'15, 16 or 17',
			'Only using or having drugs for my own use',
		],
		outcome: 'youth-own-use',
	},
	{
		reader: 'a 16-year-old charged with another crime',
		answers: [
			'Yes, I have been charged or indicted',
			'15, 16 or 17',
			'Something else, for example selling drugs, theft or violence',
		],
		outcome: 'youth-routes',
	},
	{
		reader: 'someone who was under 15',
		answers: ['Yes, the police are investigating', 'Under 15'],
		outcome: 'under-15',
	},
	{
		reader: 'someone already sentenced',
		answers: ['Yes, I have already been sentenced'],
		outcome: 'already-sentenced',
	},
	{
		reader: 'someone not in a criminal case, in Troms',
		answers: ['No, I do not have a criminal case', 'Troms'],
		outcome: 'no-case-help',
	},
];

describe('the explainer, scenario by scenario', () => {
	test.each(scenarios)('$reader ends on "$outcome"', ({ answers: labels, outcome }) => {
		const answers = answer(en, labels);
		expect(positionFor(en, answers)).toEqual({ kind: 'outcome', id: outcome });
	});

	test.each(scenarios)(
		'$reader reaches the same result page without JavaScript',
		({ answers: labels }) => {
			expect(followLinks(en, labels)).toBe(outcomePage(en, answer(en, labels)));
		},
	);

	test('aggravated drug crime is told plainly that the programme is used only in rare cases', () => {
		const view = outcomeView(en, 'aggravated-drug-crime');
		expect(withoutSoftHyphens(view.title)).toMatch(/only in rare cases/);
		expect(view.summary).toMatch(/quite extraordinary circumstances/);
	});

	test('a reader unsure about the violence is told what it depends on, not that the programme may fit', () => {
		const view = outcomeView(en, 'violence-unsure');
		expect(withoutSoftHyphens(view.title)).toMatch(/depends on how serious/);
		expect(view.steps.join(' ')).toMatch(/less serious/);
		expect(view.steps.join(' ')).toMatch(/serious violence, the programme is not an option/);
	});

	test('no outcome for serious violence or sexual offences suggests a community sentence', () => {
		for (const id of ['violence-serious', 'sexual-offence'])
			expect(JSON.stringify(outcomeView(en, id))).not.toMatch(/community sentence/i);
	});

	test('the community sentence is offered with its limits: hours, prison it replaces, consent', () => {
		const steps = outcomeView(en, 'other-routes').steps.join(' ');
		expect(steps).toMatch(/30 to 420 hours/);
		expect(steps).toMatch(/one year in prison/);
		expect(steps).toMatch(/consent/);
	});

	test('outcomes that mention the 2025 rules show that they were adopted but not in force, with the date', () => {
		for (const id of ['own-use', 'youth-own-use'])
			expect(outcomeView(en, id).legalStatuses).toEqual([
				expect.objectContaining({
					label: 'Status as of 20 October 2025: adopted, not yet in force.',
				}),
			]);
	});

	test('the youth outcome shows what the 2023 youth law changed, and from when', () => {
		expect(outcomeView(en, 'youth-routes').legalStatuses[0]?.statement).toMatch(/1 September 2024/);
	});
});

describe('what an outcome shows', () => {
	test('with a county, the directory link is that county’s page, at the top of the results', () => {
		const answers = answer(en, scenarios[0]!.answers);
		const view = outcomeView(en, 'nd-may-fit', countyOnPath(en, answers));
		expect(view.directory).toEqual({
			label: 'See services that can help you in Oslo',
			url: '/en/find-help/county/oslo/#results',
			printUrl: 'https://example.test/en/find-help/county/oslo/#results',
		});
	});

	test('without a county, the directory link filters by the outcome’s categories', () => {
		expect(outcomeView(en, 'nd-may-fit', 'notSaid').directory?.url).toBe(
			'/en/find-help/?category=drug-court&category=specialist-treatment&category=legal-aid#results',
		);
	});

	test('an outcome that says "call 113" gives 113 as a tap-to-call link', () => {
		expect(outcomeView(en, 'no-case-help').helplines).toContainEqual(
			expect.objectContaining({ tel: '113' }),
		);
	});

	test('the programme outcome shows the four phases', () => {
		expect(outcomeView(en, 'nd-may-fit').pathway?.phases).toHaveLength(4);
	});

	test('check your answers lists each question with the answer in words', () => {
		const answers = answer(en, ['Yes, the police are investigating', 'Under 15']);
		expect(
			answerRows(en, answers).map((row) => [withoutSoftHyphens(row.question), row.answer]),
		).toEqual([
			['Do you have a criminal case now?', 'Yes, the police are investigating'],
			['How old were you when it happened?', 'Under 15'],
		]);
	});
});

describe.each(localeCodes)('question pages in %s', (locale) => {
	const data = dataFor(locale);

	test('each question has one step number, the same with and without JavaScript', () => {
		expect(questionView(data, data.flow.start).number).toBe(1);
		expect(questionView(data, 'age').number).toBe(2);
		expect(questionView(data, 'dependency').number).toBe(5);
	});

	test('no answer link carries an answer in its address', () => {
		for (const id of Object.keys(data.flow.questions))
			for (const option of questionView(data, id).options)
				expect(option.href).toMatch(new RegExp(`^/${locale}/[a-z-]+/[a-z]+-\\d+/([a-z-]+/)?$`));
	});
});
