import { describe, expect, test } from 'vitest';
import {
	currentScreen,
	initialSteps,
	stepsAfter,
	type StepsEvent,
	type StepsState,
} from '~/lib/flow/explainer-steps.ts';
import type { FlowRouting } from '~/lib/flow/next-node.ts';

// A small flow: stage → (charged) drugs → (yes) consent → programme, or (no) prison → other.
const to = (next: string) => ({ next, status: 'met' as const });
const routing = {
	counties: [],
	flow: {
		start: 'stage',
		questions: {
			stage: { settles: 'stage', options: { charged: to('drugs'), sentenced: to('appeal') } },
			drugs: { settles: 'dependency', options: { yes: to('consent'), no: to('prison') } },
			prison: { settles: 'prison', options: { yes: to('other'), no: to('other') } },
			consent: { settles: 'consent', options: { yes: to('programme'), no: to('other') } },
		},
		outcomes: { programme: true, other: true, appeal: true },
	} satisfies FlowRouting,
};

/** Runs the reader's actions from the start and returns the state. */
const run = (...events: StepsEvent[]): StepsState =>
	events.reduce((state, event) => stepsAfter(state, event, routing), initialSteps);
const answer = (question: string, option: string): StepsEvent => ({
	type: 'answer',
	question,
	option,
});
const back: StepsEvent = { type: 'back' };
const toCheck = [
	{ type: 'start' },
	answer('stage', 'charged'),
	answer('drugs', 'yes'),
	answer('consent', 'yes'),
] satisfies StepsEvent[];

describe('stepsAfter()', () => {
	test('answers lead question by question to "check your answers", then the result', () => {
		expect(currentScreen(run(...toCheck))).toEqual({ kind: 'check' });
		expect(currentScreen(run(...toCheck, { type: 'showResult' }))).toEqual({ kind: 'outcome' });
	});

	test('Back goes one step back, and keeps the answer given there', () => {
		const state = run(...toCheck, back);
		expect(currentScreen(state)).toEqual({ kind: 'question', id: 'consent' });
		expect(state.answers.consent).toBe('yes');
	});

	test('after Change and the same answer, the reader returns to "check your answers"', () => {
		const state = run(...toCheck, { type: 'change', question: 'drugs' }, answer('drugs', 'yes'));
		expect(currentScreen(state)).toEqual({ kind: 'check' });
	});

	test('after Change to an answer on another path, Back twice shows a screen the answers still reach', () => {
		// The reader changes "charged" to "sentenced": the path now ends at once; the old questions
		// and the old check screen are behind them in the trail.
		const changed = run(
			...toCheck,
			{ type: 'change', question: 'stage' },
			answer('stage', 'sentenced'),
		);
		expect(currentScreen(changed)).toEqual({ kind: 'check' });
		const twice = run(
			...toCheck,
			{ type: 'change', question: 'stage' },
			answer('stage', 'sentenced'),
			back,
			back,
		);
		// One Back: the changed question; a second: the old check screen, still valid (the answers
		// reach an outcome), where "See the result" works.
		expect(currentScreen(twice)).toEqual({ kind: 'check' });
		expect(currentScreen(stepsAfter(twice, { type: 'showResult' }, routing))).toEqual({
			kind: 'outcome',
		});
	});

	test('after Change to an answer that asks new questions, Back never shows the same question twice', () => {
		const state = run(
			...toCheck,
			{ type: 'change', question: 'drugs' },
			answer('drugs', 'no'),
			back,
		);
		// From the new question "prison" back to the changed "drugs"; then the old check, "consent"
		// (no longer asked) and the old "drugs" screen are skipped.
		expect(currentScreen(state)).toEqual({ kind: 'question', id: 'drugs' });
		expect(currentScreen(stepsAfter(state, back, routing))).toEqual({
			kind: 'question',
			id: 'stage',
		});
	});

	test('Back skips questions the changed answers no longer ask', () => {
		const state = run(
			...toCheck,
			{ type: 'change', question: 'stage' },
			answer('stage', 'sentenced'),
			back,
			back,
			back,
		);
		// "consent" and "drugs" are not on the path after "sentenced": Back lands on "stage".
		expect(currentScreen(state)).toEqual({ kind: 'question', id: 'stage' });
	});

	test('Back to the start keeps the way, and Forward brings the reader back to where they were', () => {
		const atStart = run({ type: 'start' }, answer('stage', 'charged'), back, back);
		expect(currentScreen(atStart)).toEqual({ kind: 'start' });
		expect(currentScreen(stepsAfter(atStart, { type: 'forward' }, routing))).toEqual({
			kind: 'question',
			id: 'stage',
		});
	});

	test('"See the result" does nothing while the answers do not reach a result', () => {
		const state = run({ type: 'start' }, answer('stage', 'charged'));
		expect(stepsAfter(state, { type: 'showResult' }, routing)).toBe(state);
	});

	test('Start again forgets every answer', () => {
		expect(run(...toCheck, { type: 'restart' })).toEqual(initialSteps);
	});
});
