import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
	criteriaProblems,
	criteriaTextProblems,
	lawyerQuestionsOnPath,
	openPointsOnPath,
} from '~/lib/flow/criteria.ts';
import { flowCriteriaSchema, type FlowCriteria } from '~/schemas/flow-criteria.ts';
import { flowSchema, flowTextSchema, type Flow, type FlowText } from '~/schemas/flow.ts';

const source = [{ title: 'Kilde', url: 'https://lovdata.no/' }];
const fixture = (file: string) =>
	parse(readFileSync(`tests/fixtures/broken-content/flows/rape-while-high/${file}`, 'utf8'));

/** Criteria a–c; `b` is one where not knowing is at most an exception. */
const criteria: FlowCriteria = flowCriteriaSchema.parse({
	lastReviewed: '2026-12-01',
	criteria: Object.fromEntries(
		['offence', 'link', 'consent', 'report'].map((id) => [
			id,
			{
				rule: { nb: 'Regel.' },
				askedOnEveryPath: id !== 'report',
				whenUnsure: id === 'offence' ? 'exception' : 'may-fit',
				listedForReaders: true,
				sources: source,
			},
		]),
	),
});

type Option = [next: string, status: string];
/** A flow: `question → [criterion, { option → [next, status] }]`, then outcomes with their claim. */
function makeFlow(
	questions: Record<string, [string, Record<string, Option>]>,
	outcomes: Record<string, string | { programme: string; pathway: boolean }>,
): Flow {
	return flowSchema.parse({
		start: Object.keys(questions)[0],
		lastReviewed: '2026-12-01',
		questions: Object.fromEntries(
			Object.entries(questions).map(([id, [settles, options]]) => [
				id,
				{
					settles,
					options: Object.fromEntries(
						Object.entries(options).map(([option, [next, status]]) => [option, { next, status }]),
					),
				},
			]),
		),
		outcomes: Object.fromEntries(
			Object.entries(outcomes).map(([id, claim]) => [
				id,
				{ ...(typeof claim === 'string' ? { programme: claim } : claim), sources: source },
			]),
		),
	});
}

/** Words for every node, the option ids as the answers. */
function wordsFor(flow: Flow): FlowText {
	return flowTextSchema.parse({
		title: 't',
		description: 'd',
		intro: ['i'],
		questions: Object.fromEntries(
			Object.entries(flow.questions).map(([id, question]) => [
				id,
				{
					question: `${id}?`,
					options: Object.fromEntries(Object.keys(question.options!).map((key) => [key, key])),
				},
			]),
		),
		outcomes: Object.fromEntries(
			Object.keys(flow.outcomes).map((id) => [
				id,
				{ topic: id, title: id, summary: 's', steps: ['s'], lawyerQuestions: ['q'] },
			]),
		),
	});
}

const check = (flow: Flow) => criteriaProblems(flow, criteria, wordsFor(flow));

// Three questions every path to "the programme may fit" must have asked.
const fullPath = (offence: Option, outcome: string, extra: Record<string, string> = {}) =>
	makeFlow(
		{
			offence: ['offence', { a: offence, excluded: ['no', 'not-met'] }],
			link: ['link', { yes: ['consent', 'met'], no: ['no', 'not-met'] }],
			consent: ['consent', { yes: [outcome, 'met'], unsure: [outcome, 'unsure'] }],
		},
		{ [outcome]: outcome === 'fit' ? 'may-fit' : 'exception', no: 'not-for-you', ...extra },
	);

describe('criteriaProblems()', () => {
	test('refuses a flow where "something I did while on drugs" leads to "may be an option", naming the path', () => {
		const flow = flowSchema.parse(fixture('flow.yaml'));
		const problems = criteriaProblems(
			flow,
			flowCriteriaSchema.parse(fixture('criteria.yaml')),
			flowTextSchema.parse(fixture('nb.yaml')),
		);
		expect(problems).toContainEqual({
			field: 'outcomes.may-fit',
			message:
				'says the programme may be an option (programme: may-fit), but no answer on this path settles "offence"; ask it first. The path: «Hva gjelder saken?» «Noe jeg gjorde i rus» → «Er du avhengig av narkotika?» «Ja» → outcome may-fit («Programmet kan være aktuelt»)',
		});
		expect(problems).toContainEqual(
			expect.objectContaining({ field: 'questions.offence.options.linked-crime' }),
		);
	});

	test('accepts a flow that settles every criterion on every path to "may be an option"', () => {
		expect(check(fullPath(['link', 'met'], 'fit'))).toEqual([]);
	});

	test('refuses a path that passes through an excluded answer and still reaches "may be an option"', () => {
		const flow = makeFlow(
			{
				offence: ['offence', { sexual: ['link', 'not-met'], theft: ['link', 'met'] }],
				link: ['link', { yes: ['consent', 'met'], no: ['no', 'not-met'] }],
				consent: ['consent', { yes: ['fit', 'met'], no: ['no', 'not-met'] }],
			},
			{ fit: 'may-fit', no: 'not-for-you' },
		);
		expect(check(flow)).toContainEqual({
			field: 'outcomes.fit',
			message: expect.stringMatching(
				/^says the programme may be an option \(programme: may-fit\), but this path leaves "offence" not met\. The path: «offence\?» «sexual» → «link\?» «yes» → «consent\?» «yes» → outcome fit/,
			),
		});
	});

	test('a reader who does not know what kind of crime it is gets at most "only as an exception"', () => {
		expect(check(fullPath(['link', 'unsure'], 'fit'))[0]?.message).toMatch(
			/leaves "offence" unsure, and criteria.yaml says that is at most an exception/,
		);
		expect(check(fullPath(['link', 'unsure'], 'rare'))).toEqual([]);
	});

	test('an offence met only as an exception cannot lead to "may be an option"', () => {
		expect(check(fullPath(['link', 'exception'], 'fit'))[0]?.message).toMatch(
			/meets "offence" only as an exception; lead it to an outcome with programme: exception/,
		);
	});

	test('an outcome that says "not for you" needs a criterion not met on every path to it', () => {
		const flow = fullPath(['link', 'met'], 'fit');
		flow.outcomes.fit!.programme = 'not-for-you';
		expect(check(flow)[0]?.message).toMatch(
			/^says the programme is not an option .* but no answer/,
		);
	});

	test('the phases show only where the programme is open, or closed by the reader’s own no', () => {
		const closedByConsent = makeFlow(
			{
				offence: ['offence', { a: ['link', 'met'], b: ['no', 'not-met'] }],
				link: ['link', { yes: ['consent', 'met'], no: ['no', 'not-met'] }],
				consent: ['consent', { yes: ['fit', 'met'], no: ['said-no', 'not-met'] }],
			},
			{ fit: 'may-fit', no: 'not-for-you', 'said-no': { programme: 'not-for-you', pathway: true } },
		);
		expect(check(closedByConsent)).toEqual([]);
		closedByConsent.outcomes.no!.pathway = true;
		expect(check(closedByConsent)).toContainEqual(
			expect.objectContaining({
				field: 'outcomes.no',
				message: expect.stringMatching(/^shows the programme’s phases \(pathway: true\)/),
			}),
		);
	});

	test('an answer that leads to another route may only reach outcomes about other routes', () => {
		const flow = fullPath(['link', 'other-route'], 'fit');
		expect(check(flow)).toContainEqual(
			expect.objectContaining({
				field: 'questions.offence.options.a',
				message: expect.stringMatching(/^leads to another route \(status: other-route\)/),
			}),
		);
	});

	test('a path may not settle the same criterion twice', () => {
		const flow = makeFlow(
			{
				offence: ['offence', { a: ['again', 'met'], b: ['no', 'not-met'] }],
				again: ['offence', { a: ['no', 'not-met'], b: ['no', 'not-met'] }],
			},
			{ no: 'not-for-you' },
		);
		expect(check(flow)).toContainEqual(
			expect.objectContaining({
				field: 'questions.again.options.a',
				message: expect.stringMatching(/^settles "offence" again on the path/),
			}),
		);
	});

	test('"asked-next" must lead to a question that settles the same criterion', () => {
		expect(check(fullPath(['link', 'asked-next'], 'fit'))).toContainEqual({
			field: 'questions.offence.options.a',
			message:
				'says the next question settles "offence" (status: asked-next), but "link" does not; give the answer its own status, or lead it to a question that settles "offence"',
		});
	});
});

describe('criteriaTextProblems()', () => {
	const flow = fullPath(['link', 'met'], 'fit');

	test('asks for what the court checks, for every criterion listed for readers', () => {
		expect(criteriaTextProblems(flow, criteria, wordsFor(flow))).toContainEqual({
			field: 'criteria.report',
			message: 'is missing: write what the court checks, in the reader’s words',
		});
	});

	test('asks for what "not sure" leaves open, for every question with an unsure answer', () => {
		expect(criteriaTextProblems(flow, criteria, wordsFor(flow))).toContainEqual({
			field: 'questions.consent.unsure',
			message:
				'is missing: an answer to this question is "not sure", so write what that leaves open',
		});
	});

	test('asks for a question for the defence lawyer, for every answer that leaves its criterion unsure', () => {
		const words = wordsFor(flow);
		expect(criteriaTextProblems(flow, criteria, words)).toContainEqual({
			field: 'questions.consent.lawyerQuestions.unsure',
			message:
				'is missing: the answer "unsure" leaves "consent" unsure, so write one question the reader can ask their defence lawyer about it',
		});
		words.questions.consent!.lawyerQuestions = { unsure: 'What does saying yes mean?' };
		expect(
			criteriaTextProblems(flow, criteria, words).filter((problem) =>
				problem.field.includes('lawyerQuestions'),
			),
		).toEqual([]);
	});
});

describe('lawyerQuestionsOnPath()', () => {
	test('gives the questions tied to the answers on the path, in the order asked', () => {
		const flow = fullPath(['link', 'met'], 'fit');
		const questions: Record<string, Record<string, string>> = {
			offence: { a: 'Which section is my case under?' },
			consent: { unsure: 'What does saying yes mean?' },
		};
		expect(
			lawyerQuestionsOnPath(
				flow,
				[
					{ question: 'offence', answer: 'a' },
					{ question: 'link', answer: 'yes' },
					{ question: 'consent', answer: 'unsure' },
				],
				(question) => questions[question],
			),
		).toEqual(['Which section is my case under?', 'What does saying yes mean?']);
	});
});

describe('openPointsOnPath()', () => {
	test('lists what each unsure answer on the path left open, in the order asked', () => {
		const flow = fullPath(['link', 'met'], 'fit');
		const unsure = (question: string) => `not sure about ${question}`;
		expect(
			openPointsOnPath(
				flow,
				[
					{ question: 'offence', answer: 'a' },
					{ question: 'link', answer: 'yes' },
					{ question: 'consent', answer: 'unsure' },
				],
				unsure,
			),
		).toEqual(['not sure about consent']);
	});
});
