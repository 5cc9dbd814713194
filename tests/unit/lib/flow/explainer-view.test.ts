import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '~/i18n/locales.ts';
import { realContent } from '../../../support/real-content.ts';
import { buildExplainerData } from '~/lib/flow/explainer-data.ts';
import {
	answerRows,
	outcomeView,
	positionFor,
	questionView,
	type ExplainerData,
} from '~/lib/flow/explainer-view.ts';
import type { Answers } from '~/lib/flow/next-node.ts';
import { withoutSoftHyphens } from '~/lib/text/hyphenate.ts';
import type { FlowCriteria } from '~/schemas/flow-criteria.ts';
import type { Flow, FlowText } from '~/schemas/flow.ts';
import type { LegalChangeData } from '~/schemas/legal-change.ts';
import type { ProgrammeData } from '~/schemas/programme.ts';
import type { ServiceData } from '~/schemas/service.ts';

// The explainer as readers meet it: each scenario is a person, their answers in the order the
// explainer asks (by the English labels), and the outcome they must end on (smart-answers'
// "testing flows"). Every scenario runs in every language, as the island walks it and as a reader
// without JavaScript follows the static pages' links.

const entries = realContent().entries;
const parsed = <T>(key: string) => entries.find((entry) => entry.key === key)!.parsed as T;

function dataFor(locale: Locale): ExplainerData {
	const own = entries.find((entry) => entry.key === `eligibility/${locale}`);
	return buildExplainerData({
		locale,
		flow: parsed<Flow>('eligibility/flow'),
		criteria: parsed<FlowCriteria>('eligibility/criteria'),
		text: (own ?? entries.find((entry) => entry.key === 'eligibility/nb')!).parsed as FlowText,
		// Pages are linked by file name; their addresses are the route table's business.
		pages: new Proxy({}, { get: (_, key) => ({ label: String(key), url: `/${String(key)}/` }) }),
		services: entries
			.filter((entry) => entry.collection === 'services')
			.map((entry) => entry.parsed as unknown as ServiceData),
		legalChanges: Object.fromEntries(
			entries
				.filter((entry) => entry.collection === 'legalChanges')
				.map((entry) => [entry.key, entry.parsed as unknown as LegalChangeData]),
		),
		programme: parsed<ProgrammeData>('pathway'),
		publicSiteUrl: 'https://example.test/',
		today: new Date('2026-12-07'),
	});
}

const data = Object.fromEntries(localeCodes.map((locale) => [locale, dataFor(locale)])) as Record<
	Locale,
	ExplainerData
>;
const en = data.en;

/** The answers, as option ids, for English labels given in the order the explainer asks them. */
function answersFor(labels: string[]): Answers {
	const answers: Answers = {};
	for (const label of labels) {
		const position = positionFor(en, answers);
		if (position.kind !== 'question') throw new Error(`Reached an outcome before "${label}".`);
		const view = questionView(en, position.id);
		const option = view.options.find((item) => item.label === label);
		if (!option)
			throw new Error(
				`"${withoutSoftHyphens(view.question)}" has no answer "${label}": ${view.options.map((item) => item.label).join(' / ')}`,
			);
		answers[position.id] = option.id;
	}
	return answers;
}

/** Follows the static pages' links, as a reader without JavaScript does: the last page reached. */
function followLinks(locale: Locale, answers: Answers): string {
	const page = data[locale];
	let id = page.flow.start;
	for (;;) {
		const option = questionView(page, id).options.find((item) => item.id === answers[id]);
		if (!option) throw new Error(`No answer to "${id}" on the static page.`);
		expect(option.label.trim(), `${locale}: the label of ${id}.${option.id}`).not.toBe('');
		const next = Object.entries(page.paths.questions).find(([, path]) => path === option.href);
		if (!next) return option.href;
		id = next[0];
	}
}

const charged = 'Yes, I have been charged or indicted';
const court = 'Yes, my case is going to court';
const police = 'Yes, the police are investigating';
const adult = '18 or older';

const scenarios: { reader: string; answers: string[]; outcome: string }[] = [
	{
		reader:
			'an adult who stole to pay for drugs, will likely get prison, depends on drugs and consents',
		answers: [
			charged,
			adult,
			'Theft, burglary or another crime',
			'Yes, it could be prison',
			'Yes',
			'Yes',
			'Yes',
			'Oslo',
		],
		outcome: 'nd-may-fit',
	},
	{
		reader: 'an adult who stole while high and will probably get a fine',
		answers: [
			charged,
			adult,
			'Theft, burglary or another crime',
			'No, it will probably be a fine or something else',
		],
		outcome: 'no-prison',
	},
	{
		reader: 'an adult who assaulted someone while high, in a way that may count as less serious',
		answers: [court, adult, 'Violence', 'It may count as less serious', 'Yes', 'Yes', 'Yes'],
		outcome: 'violence-exception',
	},
	{
		reader: 'an adult who assaulted someone while high and does not know how serious it is',
		answers: [court, adult, 'Violence', 'I do not know', 'Yes', 'I am not sure', 'Yes'],
		outcome: 'violence-exception',
	},
	{
		reader: 'an adult who seriously assaulted someone while high',
		answers: [court, adult, 'Violence', 'It is serious violence'],
		outcome: 'violence-serious',
	},
	{
		reader: 'an adult charged with rape committed while high',
		answers: [charged, adult, 'A sexual offence'],
		outcome: 'sexual-offence',
	},
	{
		reader: 'an adult who sold small amounts to pay for their own drugs, dependent and consenting',
		answers: [
			court,
			adult,
			'Selling drugs, or other drug crime',
			'Ordinary (section 231), for example small amounts',
			'Yes',
			'Yes',
			'I am not sure',
			'I would rather not say',
		],
		outcome: 'nd-may-fit',
	},
	{
		reader: 'an adult who depends on drugs but sold them to make money',
		answers: [
			court,
			adult,
			'Selling drugs, or other drug crime',
			'Ordinary (section 231), for example small amounts',
			'No, it had nothing to do with my drug use',
		],
		outcome: 'not-linked',
	},
	{
		reader: 'an adult charged with aggravated drug crime, linked to their dependency, consenting',
		answers: [
			charged,
			adult,
			'Selling drugs, or other drug crime',
			'Aggravated (section 232), for example large amounts',
			'Yes',
			'Yes',
			'Yes',
		],
		outcome: 'serious-drug-crime',
	},
	{
		reader: 'an adult selling in a network to make money',
		answers: [
			police,
			adult,
			'Selling drugs, or other drug crime',
			'Selling in a group or network, to make money',
			'No, it had nothing to do with my drug use',
		],
		outcome: 'not-linked',
	},
	{
		reader: 'an adult in a network case who sold to pay for their own drugs',
		answers: [
			police,
			adult,
			'Selling drugs, or other drug crime',
			'Selling in a group or network, to make money',
			'Yes',
			'Yes',
			'I am not sure',
		],
		outcome: 'serious-drug-crime',
	},
	{
		reader: 'an adult who does not know what kind of drug case it is',
		answers: [
			police,
			adult,
			'Selling drugs, or other drug crime',
			'I do not know',
			'Yes',
			'Yes',
			'Yes',
		],
		outcome: 'serious-drug-crime',
	},
	{
		reader: 'an adult whose main problem is alcohol',
		answers: [
			charged,
			adult,
			'Theft, burglary or another crime',
			'I do not know',
			'Yes',
			'No, it is mostly alcohol',
		],
		outcome: 'alcohol',
	},
	{
		reader: 'an adult who does not depend on drugs',
		answers: [
			charged,
			adult,
			'Theft, burglary or another crime',
			'Yes, it could be prison',
			'Yes',
			'No',
		],
		outcome: 'other-routes',
	},
	{
		reader: 'an adult who will not consent to treatment',
		answers: [
			charged,
			adult,
			'Theft, burglary or another crime',
			'Yes, it could be prison',
			'Yes',
			'Yes',
			'No',
		],
		outcome: 'no-consent',
	},
	{
		reader: 'an adult who drove while on drugs',
		answers: [police, adult, 'Driving while on drugs or drunk'],
		outcome: 'impaired-driving',
	},
	{
		reader: 'an adult caught with drugs for their own use',
		answers: [police, adult, 'Only using or having drugs for my own use'],
		outcome: 'own-use',
	},
	{
		reader: 'a 16-year-old caught with a small amount for their own use',
		answers: [police, '15, 16 or 17', 'Only using or having drugs for my own use'],
		outcome: 'youth-own-use',
	},
	{
		reader: 'a 16-year-old charged with another crime',
		answers: [
			charged,
			'15, 16 or 17',
			'Something else, for example selling drugs, theft or violence',
		],
		outcome: 'youth-routes',
	},
	{
		reader: 'someone who was under 15',
		answers: [police, 'Under 15'],
		outcome: 'under-15',
	},
	{
		reader: 'someone sentenced last week',
		answers: ['Yes, I have already been sentenced'],
		outcome: 'already-sentenced',
	},
	{
		reader: 'someone not in a criminal case, in Troms',
		answers: ['No, I do not have a criminal case', 'Troms'],
		outcome: 'no-case-help',
	},
];

describe.each(localeCodes)('the explainer in %s, scenario by scenario', (locale) => {
	test.each(scenarios)('$reader ends on "$outcome" with JavaScript', ({ answers, outcome }) => {
		const position = positionFor(data[locale], answersFor(answers));
		expect(position).toEqual({ kind: 'outcome', id: outcome });
		const view = outcomeView(data[locale], outcome, { answers: answersFor(answers) });
		expect(withoutSoftHyphens(view.title).trim()).not.toBe('');
		expect(view.steps.length).toBeGreaterThan(0);
	});

	test.each(scenarios)(
		'$reader reaches the same result page without JavaScript',
		({ answers, outcome }) => {
			// The result's page, or its variant for the county the reader chose (`…/resultat-1/oslo/`).
			expect(followLinks(locale, answersFor(answers))).toMatch(
				new RegExp(`^${data[locale].paths.outcomes[outcome]}([a-z-]+/)?$`),
			);
		},
	);
});

/** Violence of unknown weight, not sure about dependency: two answers that leave something open. */
const unsureAboutViolenceAndDependency = [
	court,
	adult,
	'Violence',
	'I do not know',
	'Yes',
	'I am not sure',
	'Yes',
];

describe('what outcomes say', () => {
	test('where the programme may be an option, the outcome lists what the court will check', () => {
		for (const id of ['nd-may-fit', 'violence-exception', 'serious-drug-crime'])
			expect(outcomeView(en, id).courtChecks).toEqual([
				expect.stringMatching(/crime the programme can be used for/),
				expect.stringMatching(/linked to your drug use/),
				expect.stringMatching(/depend on drugs/),
				expect.stringMatching(/say yes in writing/),
				expect.stringMatching(/otherwise go to prison/),
				expect.stringMatching(/pre-sentence report/),
			]);
		expect(outcomeView(en, 'sexual-offence').courtChecks).toEqual([]);
	});

	test('with JavaScript, the outcome says what the reader was not sure about; without, it cannot know', () => {
		const answers = answersFor(unsureAboutViolenceAndDependency);
		expect(outcomeView(en, 'violence-exception', { answers }).openPoints).toEqual([
			expect.stringMatching(/^You did not know how bad the violence is/),
			expect.stringMatching(/^You were not sure whether you depend on drugs/),
		]);
		expect(outcomeView(en, 'violence-exception').openPoints).toBeUndefined();
	});

	test.each(localeCodes)(
		'in %s, every outcome has questions to take to the defence lawyer, with or without JavaScript',
		(locale) => {
			for (const id of Object.keys(data[locale].outcomes))
				expect(outcomeView(data[locale], id).lawyerQuestions.length, id).toBeGreaterThan(0);
		},
	);

	test('with JavaScript, the questions for the lawyer start with those tied to the reader’s answers', () => {
		const answers = answersFor(unsureAboutViolenceAndDependency);
		const general = outcomeView(en, 'violence-exception').lawyerQuestions;
		expect(outcomeView(en, 'violence-exception', { answers }).lawyerQuestions).toEqual([
			'How is the court likely to see the violence in my case?',
			'How does the court decide whether I depend on drugs?',
			...general,
		]);
		expect(general).not.toContain('How does the court decide whether I depend on drugs?');
	});

	test('someone already sentenced is told to appeal first: the deadline, the programme on appeal, a number to call', () => {
		const view = outcomeView(en, 'already-sentenced');
		expect(withoutSoftHyphens(view.title)).toMatch(/time to appeal is short/);
		expect(view.summary).toMatch(/you have two weeks/);
		expect(view.summary).toMatch(/If you were not there, ask the court today/);
		expect(view.steps.join(' ')).toMatch(/ask for it in the appeal/);
		expect(view.steps.join(' ')).toMatch(/can refuse to hear the appeal/);
		expect(view.steps[0]).toMatch(/^Call your defence lawyer today/);
		expect(view.helplines[0]).toEqual(
			expect.objectContaining({
				name: expect.stringMatching(/Rettshjelpsentralen/),
				tel: '+4722698610',
				// The number comes with the age of its source, as the directory lists it.
				note: 'Number from a 2021 source',
			}),
		);
	});

	test('own use says how such cases end, that you still count as guilty, and what a lawyer says about the record', () => {
		const steps = outcomeView(en, 'own-use').steps.join(' ');
		expect(steps).toMatch(
			/påtaleunnlatelse.*straffutmålingsfrafall.*count as guilty, but get no penalty/,
		);
		expect(steps).toMatch(/A defence lawyer writes that .* ordinary police record check/);
	});

	test('a waiver of prosecution is explained as a criminal sanction, not a dropped case', () => {
		for (const locale of localeCodes) {
			const steps = outcomeView(data[locale], 'youth-own-use').steps.join(' ');
			expect(steps).not.toMatch(/drops a case/);
			expect(steps).toMatch(/criminal sanction|straffereaksjon/);
		}
	});

	test('no outcome for serious violence or sexual offences suggests a community sentence', () => {
		for (const id of ['violence-serious', 'sexual-offence'])
			expect(JSON.stringify(outcomeView(en, id))).not.toMatch(/community sentence/i);
	});

	test('outcomes that mention the 2025 rules show that they were adopted but not in force, with the date', () => {
		for (const id of ['own-use', 'youth-own-use'])
			expect(outcomeView(en, id).legalStatuses).toEqual([
				expect.objectContaining({
					label: 'Status as of 20 October 2025: adopted, not yet in force.',
				}),
			]);
	});

	test('with a county, the directory link is that county’s page, at the top of the results', () => {
		const answers = answersFor(scenarios[0]!.answers);
		expect(outcomeView(en, 'nd-may-fit', { answers }).directory?.links).toEqual([
			{
				label: 'See services that can help you in Oslo',
				url: '/en/find-help/county/oslo/#results',
				printUrl: 'https://example.test/en/find-help/county/oslo/',
			},
		]);
	});

	test('without a county, each of the outcome’s categories links to its own page, never to a query', () => {
		const links = outcomeView(en, 'nd-may-fit').directory?.links ?? [];
		expect(links.map((link) => [link.label, link.url])).toEqual([
			['The drug court programme', '/en/find-help/category/the-drug-court-programme/#results'],
			['Addiction treatment', '/en/find-help/category/addiction-treatment/#results'],
			['Legal aid', '/en/find-help/category/legal-aid/#results'],
		]);
		for (const locale of localeCodes)
			for (const id of Object.keys(data[locale].outcomes))
				for (const link of outcomeView(data[locale], id).directory?.links ?? [])
					expect(link.url).not.toContain('?');
	});

	test('check your answers lists each question with the answer in words', () => {
		expect(
			answerRows(en, answersFor([police, 'Under 15'])).map((row) => [
				withoutSoftHyphens(row.question),
				row.answer,
			]),
		).toEqual([
			['Do you have a criminal case now?', 'Yes, the police are investigating'],
			['How old were you when it happened?', 'Under 15'],
		]);
	});
});

describe.each(localeCodes)('question pages in %s', (locale) => {
	test('a question asked again on another branch has the same step number and words there', () => {
		const [link, again] = [
			questionView(data[locale], 'link'),
			questionView(data[locale], 'violence-link'),
		];
		expect(again.number).toBe(link.number);
		expect(again.question).toBe(link.question);
		expect(again.options.map((option) => option.href)).not.toEqual(
			link.options.map((option) => option.href),
		);
	});

	test('no answer link carries an answer in its address', () => {
		for (const id of Object.keys(data[locale].flow.questions))
			for (const option of questionView(data[locale], id).options)
				expect(option.href).toMatch(new RegExp(`^/${locale}/[a-z-]+/[a-z]+-\\d+/([a-z-]+/)?$`));
	});
});
