import { describe, expect, test } from 'vitest';
import { validateContent } from '~/lib/content/validate-content.ts';
import { flowProblems, flowTextProblems, pathsToOutcomes, stepNumbers } from '~/lib/flow/graph.ts';
import { flowSchema, type Flow, type FlowText } from '~/schemas/flow.ts';

const entries = validateContent('content').entries;
const flow = entries.find((entry) => entry.key === 'eligibility/flow')!.parsed as unknown as Flow;
const text = (locale: string) =>
	entries.find((entry) => entry.key === `eligibility/${locale}`)!.parsed as unknown as FlowText;
const source = [{ title: 'Kilde', url: 'https://lovdata.no/' }];

function makeFlow(
	questions: Record<string, unknown>,
	outcomes: string[] = ['done'],
	start = 'first',
): Flow {
	return flowSchema.parse({
		start,
		lastReviewed: '2026-11-01',
		questions,
		outcomes: Object.fromEntries(outcomes.map((id) => [id, { sources: source }])),
	});
}

describe('the real eligibility flow', () => {
	test('is a sound graph: targets exist, every node is reachable, no loops', () => {
		expect(flowProblems(flow)).toEqual([]);
	});

	test('every path ends in an outcome, and every outcome is reached', () => {
		const paths = pathsToOutcomes(flow);
		for (const [outcome, routes] of paths) expect(routes.length, outcome).toBeGreaterThan(0);
	});

	test('gives every question one step number, starting at 1', () => {
		expect(stepNumbers(flow).get(flow.start)).toBe(1);
	});

	test.each(['nb', 'en'])('has words in %s for every question, option and outcome', (locale) => {
		expect(flowTextProblems(flow, text(locale))).toEqual([]);
	});
});

describe('flowProblems()', () => {
	test('finds an option that leads nowhere', () => {
		const broken = makeFlow({ first: { options: { a: 'done', b: 'missing' } } });
		expect(flowProblems(broken)).toEqual([
			{
				field: 'questions.first.options.b',
				message: 'leads to "missing", which is neither a question nor an outcome',
			},
		]);
	});

	test('finds a question no path reaches', () => {
		const broken = makeFlow({
			first: { options: { a: 'done', b: 'done' } },
			orphan: { options: { a: 'done', b: 'done' } },
		});
		expect(flowProblems(broken)).toEqual([
			{ field: 'questions.orphan', message: 'no path from the start reaches this question' },
		]);
	});

	test('finds a loop', () => {
		const broken = makeFlow({
			first: { options: { a: 'second', b: 'done' } },
			second: { options: { a: 'first', b: 'done' } },
		});
		expect(flowProblems(broken)).toEqual([
			{ field: 'questions.first', message: 'is part of a loop: first → second → first' },
		]);
	});

	test('finds a question reached after different numbers of steps', () => {
		const uneven = makeFlow({
			first: { options: { a: 'second', b: 'third' } },
			second: { options: { a: 'third', b: 'done' } },
			third: { options: { a: 'done', b: 'done' } },
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
			first: { options: { a: 'where', b: 'done' } },
			where: { county: true, next: 'last' },
			last: { options: { a: 'done', b: 'done' } },
		});
		expect(flowProblems(broken)).toContainEqual({
			field: 'questions.where.next',
			message:
				'names the question "last"; a county question must lead to an outcome, whose directory link it filters',
		});
	});

	test('finds an unreachable outcome', () => {
		expect(
			flowProblems(makeFlow({ first: { options: { a: 'done', b: 'done' } } }, ['done', 'never'])),
		).toEqual([
			{ field: 'outcomes.never', message: 'no path from the start reaches this outcome' },
		]);
	});
});

describe('flowSchema', () => {
	test('needs at least two options per question', () => {
		const result = flowSchema.safeParse({
			start: 'first',
			lastReviewed: '2026-11-01',
			questions: { first: { options: { a: 'done' } } },
			outcomes: { done: { sources: source } },
		});
		expect(result.error?.issues[0]).toMatchObject({ path: ['questions', 'first', 'options'] });
	});

	test('a county question needs next and no options', () => {
		const result = flowSchema.safeParse({
			start: 'first',
			lastReviewed: '2026-11-01',
			questions: { first: { county: true } },
			outcomes: { done: { sources: source } },
		});
		expect(result.error?.issues[0]).toMatchObject({ path: ['questions', 'first', 'next'] });
	});
});

describe('flowTextProblems()', () => {
	test('finds missing and extra texts', () => {
		const small = makeFlow({ first: { options: { a: 'done', b: 'done' } } });
		const problems = flowTextProblems(small, {
			title: 't',
			description: 'd',
			intro: ['i'],
			questions: { first: { question: 'q', options: { a: 'A', c: 'C' } } },
			outcomes: {},
		});
		expect(problems).toEqual([
			{ field: 'outcomes.done', message: 'is missing: write the text for this outcome' },
			{ field: 'questions.first.options.b', message: 'is missing: write the text for this option' },
			{
				field: 'questions.first.options.c',
				message: 'is not an option in flow.yaml; remove it or fix the id',
			},
		]);
	});
});
