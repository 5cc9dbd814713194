import { describe, expect, test } from 'vitest';
import { validateContent } from '~/lib/content/validate-content.ts';
import { nextNode, walk } from '~/lib/flow/next-node.ts';
import type { Flow } from '~/schemas/flow.ts';
import { regionValues } from '~/schemas/service.ts';

const flow = validateContent('content').entries.find((entry) => entry.key === 'eligibility/flow')!
	.parsed as unknown as Flow;
const counties = regionValues;
const to = (questionId: string, answer: string) => nextNode(flow, questionId, answer);

describe('the eligibility flow, question by question', () => {
	describe('question: case-stage', () => {
		test.each([
			['no-case', { kind: 'question', id: 'help-region' }],
			['police-investigation', { kind: 'question', id: 'age' }],
			['charged', { kind: 'question', id: 'age' }],
			['awaiting-trial', { kind: 'question', id: 'age' }],
			['already-sentenced', { kind: 'outcome', id: 'already-sentenced' }],
		])('%s leads to %j', (answer, expected) => {
			expect(to('case-stage', answer)).toEqual(expected);
		});
	});

	describe('question: help-region', () => {
		test('any county leads to help without a criminal case', () => {
			expect(to('help-region', 'finnmark')).toEqual({ kind: 'outcome', id: 'no-case-help' });
			expect(to('help-region', 'national')).toEqual({ kind: 'outcome', id: 'no-case-help' });
		});
	});

	describe('question: age', () => {
		test.each([
			['under-15', { kind: 'outcome', id: 'under-15' }],
			['15-to-17', { kind: 'outcome', id: 'youth-routes' }],
			['18-or-older', { kind: 'question', id: 'offence' }],
		])('%s leads to %j', (answer, expected) => {
			expect(to('age', answer)).toEqual(expected);
		});
	});

	describe('question: offence', () => {
		test.each([
			['own-use', { kind: 'outcome', id: 'own-use' }],
			['other-drug-crime', { kind: 'question', id: 'dependency' }],
			['linked-crime', { kind: 'question', id: 'dependency' }],
			['violence-or-sexual', { kind: 'question', id: 'violence-kind' }],
		])('%s leads to %j', (answer, expected) => {
			expect(to('offence', answer)).toEqual(expected);
		});
	});

	describe('question: violence-kind', () => {
		test.each([
			['less-serious-violence', { kind: 'question', id: 'dependency' }],
			['serious-violence-or-sexual', { kind: 'outcome', id: 'violence-excluded' }],
			['unsure', { kind: 'question', id: 'dependency' }],
		])('%s leads to %j', (answer, expected) => {
			expect(to('violence-kind', answer)).toEqual(expected);
		});
	});

	describe('question: dependency', () => {
		test.each([
			['yes', { kind: 'question', id: 'consent' }],
			['unsure', { kind: 'question', id: 'consent' }],
			['mainly-alcohol', { kind: 'outcome', id: 'alcohol' }],
			['no', { kind: 'outcome', id: 'other-routes' }],
		])('%s leads to %j', (answer, expected) => {
			expect(to('dependency', answer)).toEqual(expected);
		});
	});

	describe('question: consent', () => {
		test.each([
			['yes', { kind: 'question', id: 'nd-region' }],
			['unsure', { kind: 'question', id: 'nd-region' }],
			['no', { kind: 'outcome', id: 'no-consent' }],
		])('%s leads to %j', (answer, expected) => {
			expect(to('consent', answer)).toEqual(expected);
		});
	});

	describe('question: nd-region', () => {
		test('any county leads to the drug court programme outcome', () => {
			expect(to('nd-region', 'oslo')).toEqual({ kind: 'outcome', id: 'nd-may-fit' });
		});
	});

	test('an answer that is not an option is refused', () => {
		expect(() => to('age', 'twelve')).toThrow('Question "age" has no option "twelve".');
	});
});

describe('walk()', () => {
	test('starts at the first question with no answers', () => {
		expect(walk(flow, {}, counties)).toEqual({
			path: [],
			position: { kind: 'question', id: 'case-stage' },
		});
	});

	test('follows answers to an outcome and lists the path', () => {
		const answers = {
			'case-stage': 'charged',
			age: '18-or-older',
			offence: 'linked-crime',
			dependency: 'yes',
			consent: 'yes',
			'nd-region': 'vestland',
		};
		const { path, position } = walk(flow, answers, counties);
		expect(position).toEqual({ kind: 'outcome', id: 'nd-may-fit' });
		expect(path.map((step) => step.question)).toEqual([
			'case-stage',
			'age',
			'offence',
			'dependency',
			'consent',
			'nd-region',
		]);
	});

	test('ignores answers left over from another path after an answer changes', () => {
		const answers = {
			'case-stage': 'charged',
			age: '15-to-17',
			offence: 'linked-crime',
			dependency: 'yes',
		};
		const { path, position } = walk(flow, answers, counties);
		expect(position).toEqual({ kind: 'outcome', id: 'youth-routes' });
		expect(path).toHaveLength(2);
	});

	test('stops at a question whose stored answer is not one of its options', () => {
		expect(walk(flow, { 'case-stage': 'maybe' }, counties).position).toEqual({
			kind: 'question',
			id: 'case-stage',
		});
	});
});
