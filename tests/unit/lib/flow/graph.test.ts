import { describe, expect, test } from 'vitest';
import { flowProblems, flowTextProblems, stepNumbers } from '~/lib/flow/graph.ts';
import { flowSchema, type Flow } from '~/schemas/flow.ts';

const source = [{ title: 'Kilde', url: 'https://lovdata.no/' }];

/** A flow from `question → { option → next }`; every question settles "consent", every answer meets it. */
function makeFlow(
	questions: Record<string, Record<string, string> | { county: true; next: string }>,
	outcomes: string[] = ['done'],
	start = 'first',
): Flow {
	return flowSchema.parse({
		start,
		lastReviewed: '2026-11-01',
		questions: Object.fromEntries(
			Object.entries(questions).map(([id, options]) => [
				id,
				'county' in options
					? options
					: {
							settles: 'consent',
							options: Object.fromEntries(
								Object.entries(options).map(([option, next]) => [option, { next, status: 'met' }]),
							),
						},
			]),
		),
		outcomes: Object.fromEntries(
			outcomes.map((id) => [id, { programme: 'other', sources: source }]),
		),
	});
}

describe('flowProblems()', () => {
	test('finds an option that leads nowhere', () => {
		const broken = makeFlow({ first: { a: 'done', b: 'missing' } });
		expect(flowProblems(broken)).toEqual([
			{
				field: 'questions.first.options.b',
				message: 'leads to "missing", which is neither a question nor an outcome',
			},
		]);
	});

	test('finds a question no path reaches', () => {
		const broken = makeFlow({ first: { a: 'done', b: 'done' }, orphan: { a: 'done', b: 'done' } });
		expect(flowProblems(broken)).toEqual([
			{ field: 'questions.orphan', message: 'no path from the start reaches this question' },
		]);
	});

	test('finds a loop', () => {
		const broken = makeFlow({
			first: { a: 'second', b: 'done' },
			second: { a: 'first', b: 'done' },
		});
		expect(flowProblems(broken)).toEqual([
			{ field: 'questions.first', message: 'is part of a loop: first → second → first' },
		]);
	});

	test('finds a question reached after different numbers of steps', () => {
		const uneven = makeFlow({
			first: { a: 'second', b: 'third' },
			second: { a: 'third', b: 'done' },
			third: { a: 'done', b: 'done' },
		});
		expect(flowProblems(uneven)).toEqual([
			{
				field: 'questions.third',
				message:
					'is question 2 on one path and question 3 on another; every path must reach a question after the same number of steps (add or remove a question on the shorter path)',
			},
		]);
	});

	test('finds a county question that leads to another question', () => {
		const broken = makeFlow({
			first: { a: 'where', b: 'done' },
			where: { county: true, next: 'last' },
			last: { a: 'done', b: 'done' },
		});
		expect(flowProblems(broken)).toContainEqual({
			field: 'questions.where.next',
			message:
				'names the question "last"; a county question must lead to an outcome, whose directory link it filters',
		});
	});

	test('finds an unreachable outcome', () => {
		expect(flowProblems(makeFlow({ first: { a: 'done', b: 'done' } }, ['done', 'never']))).toEqual([
			{ field: 'outcomes.never', message: 'no path from the start reaches this outcome' },
		]);
	});

	test('finds a question asked again with other answers than the one whose words it shows', () => {
		const flow = makeFlow({ first: { a: 'again', b: 'done' }, again: { a: 'done', c: 'done' } });
		flow.questions.again!.asks = 'first';
		expect(flowProblems(flow)).toEqual([
			{
				field: 'questions.again.asks',
				message:
					'shows the words of "first", so it needs the same answers in the same order and the same "settles"',
			},
		]);
	});
});

describe('stepNumbers()', () => {
	test('numbers each question by the answers before it, starting at 1', () => {
		const flow = makeFlow({ first: { a: 'second', b: 'done' }, second: { a: 'done', b: 'done' } });
		expect(Object.fromEntries(stepNumbers(flow))).toEqual({ first: 1, second: 2 });
	});
});

describe('flowSchema', () => {
	test('needs at least two options per question', () => {
		const result = flowSchema.safeParse({
			start: 'first',
			lastReviewed: '2026-11-01',
			questions: { first: { settles: 'consent', options: { a: { next: 'done', status: 'met' } } } },
			outcomes: { done: { programme: 'other', sources: source } },
		});
		expect(result.error?.issues[0]).toMatchObject({ path: ['questions', 'first', 'options'] });
	});

	test('a question must say which criterion its answers settle', () => {
		const result = flowSchema.safeParse({
			start: 'first',
			lastReviewed: '2026-11-01',
			questions: {
				first: {
					options: { a: { next: 'done', status: 'met' }, b: { next: 'done', status: 'met' } },
				},
			},
			outcomes: { done: { programme: 'other', sources: source } },
		});
		expect(result.error?.issues[0]).toMatchObject({ path: ['questions', 'first', 'settles'] });
	});

	test('a county question needs next and no options', () => {
		const result = flowSchema.safeParse({
			start: 'first',
			lastReviewed: '2026-11-01',
			questions: { first: { county: true } },
			outcomes: { done: { programme: 'other', sources: source } },
		});
		expect(result.error?.issues[0]).toMatchObject({ path: ['questions', 'first', 'next'] });
	});
});

describe('flowTextProblems()', () => {
	const text = (
		questions: Record<string, { question: string; options?: Record<string, string> }>,
	) => ({
		title: 't',
		description: 'd',
		intro: ['i'],
		questions,
		outcomes: {},
		criteria: {},
	});

	test('finds missing and extra texts', () => {
		const small = makeFlow({ first: { a: 'done', b: 'done' } });
		expect(
			flowTextProblems(small, text({ first: { question: 'q', options: { a: 'A', c: 'C' } } })),
		).toEqual([
			{ field: 'outcomes.done', message: 'is missing: write the text for this outcome' },
			{ field: 'questions.first.options.b', message: 'is missing: write the text for this option' },
			{
				field: 'questions.first.options.c',
				message: 'is not an option in flow.yaml; remove it or fix the id',
			},
		]);
	});

	test('a question asked again on another branch needs no words of its own', () => {
		const flow = makeFlow({ first: { a: 'again', b: 'done' }, again: { a: 'done', b: 'done' } });
		flow.questions.again!.asks = 'first';
		const words = text({ first: { question: 'q', options: { a: 'A', b: 'B' } } });
		expect(
			flowTextProblems(flow, {
				...words,
				outcomes: {
					done: { topic: 't', title: 't', summary: 's', steps: ['s'], lawyerQuestions: ['q'] },
				},
			}),
		).toEqual([]);
	});
});
