import { describe, expect, test } from 'vitest';
import { nextNode, walk, type FlowRouting } from '~/lib/flow/next-node.ts';

// The walker on a small flow of its own; the real flow's routes are tested as readers' scenarios
// in explainer-view.test.ts.
const to = (next: string) => ({ next, status: 'met' as const });
const flow: FlowRouting = {
	start: 'stage',
	questions: {
		stage: { settles: 'stage', options: { none: to('where'), charged: to('age') } },
		where: { county: true, next: 'help' },
		age: { settles: 'age', options: { young: to('youth'), adult: to('adult') } },
	},
	outcomes: { help: true, youth: true, adult: true },
};
const counties = ['oslo', 'notSaid'];

describe('nextNode()', () => {
	test('an option leads to the node it names', () => {
		expect(nextNode(flow, 'stage', 'charged')).toEqual({ kind: 'question', id: 'age' });
		expect(nextNode(flow, 'age', 'young')).toEqual({ kind: 'outcome', id: 'youth' });
	});

	test('every county leads to the county question’s next node', () => {
		expect(nextNode(flow, 'where', 'oslo')).toEqual({ kind: 'outcome', id: 'help' });
		expect(nextNode(flow, 'where', 'notSaid')).toEqual({ kind: 'outcome', id: 'help' });
	});

	test('an answer that is not an option is refused', () => {
		expect(() => nextNode(flow, 'age', 'twelve')).toThrow('Question "age" has no option "twelve".');
	});
});

describe('walk()', () => {
	test('starts at the first question with no answers', () => {
		expect(walk(flow, {}, counties)).toEqual({
			path: [],
			position: { kind: 'question', id: 'stage' },
		});
	});

	test('follows answers to an outcome and lists the path', () => {
		expect(walk(flow, { stage: 'none', where: 'oslo' }, counties)).toEqual({
			path: [
				{ question: 'stage', answer: 'none' },
				{ question: 'where', answer: 'oslo' },
			],
			position: { kind: 'outcome', id: 'help' },
		});
	});

	test('ignores answers left over from another path after an answer changes', () => {
		const { path, position } = walk(
			flow,
			{ stage: 'charged', where: 'oslo', age: 'adult' },
			counties,
		);
		expect(position).toEqual({ kind: 'outcome', id: 'adult' });
		expect(path.map((step) => step.question)).toEqual(['stage', 'age']);
	});

	test('stops at a question whose stored answer is not one of its options', () => {
		expect(walk(flow, { stage: 'maybe' }, counties).position).toEqual({
			kind: 'question',
			id: 'stage',
		});
	});
});
