import { walk, type Answers, type FlowRouting } from './next-node.ts';

// The explainer island's state machine. The island keeps the reader's answers and the screens
// they went through in memory only; the browser history holds two entries for the whole
// explainer, never one per step (see Explainer.tsx for why). Every screen shown is derived from
// the answers, so after any mix of Back, Forward, Change and Start again the screen, the answers
// and "Check your answers" agree.
//
//   event        from              to
//   start        start             the first question (earlier answers stay, preselected)
//   answer       a question        the next unanswered question, or "check" when the answers
//                                  reach an outcome (so after Change the reader returns to check)
//   change       check             that question
//   showResult   check             outcome (only when the answers reach one)
//   back         any but start     the screen before, skipping screens the current answers no
//                                  longer lead to and the screen just left (seen again after
//                                  Change); back at the start, the screens left are kept
//   forward      start             the screens kept by the last Back to the start
//   restart      any               start, with no answers

/** One screen of the explainer island. */
export type Screen =
	{ kind: 'start' } | { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'outcome' };

/** The island's state: answers, the screens gone through (the last is shown), and what Forward restores. */
export interface StepsState {
	answers: Answers;
	/** Screens in the order the reader saw them, the start first; the last one is shown. */
	trail: Screen[];
	/** The screens Back left when it returned to the start; Forward brings them back. */
	ahead: Screen[];
}

/** What the reader did. */
export type StepsEvent =
	| { type: 'start' }
	| { type: 'answer'; question: string; option: string }
	| { type: 'change'; question: string }
	| { type: 'showResult' }
	| { type: 'back' }
	| { type: 'forward' }
	| { type: 'restart' };

/** The flow's routing and the county ids a county question accepts. */
export interface StepsRouting {
	flow: FlowRouting;
	counties: readonly string[];
}

/** The state before the reader starts. */
export const initialSteps: StepsState = { answers: {}, trail: [{ kind: 'start' }], ahead: [] };

const sameScreen = (a: Screen, b: Screen) =>
	a.kind === b.kind && (a.kind !== 'question' || a.id === (b as { id: string }).id);

/** The screen the reader sees. */
export const currentScreen = (state: StepsState): Screen => state.trail.at(-1)!;

/** Whether the answers still lead to a screen: a question on their path, or the end of it. */
export function isReachable(screen: Screen, answers: Answers, routing: StepsRouting): boolean {
	const { path, position } = walk(routing.flow, answers, routing.counties);
	if (screen.kind === 'start') return true;
	if (screen.kind === 'question')
		return (
			path.some((step) => step.question === screen.id) ||
			(position.kind === 'question' && position.id === screen.id)
		);
	return position.kind === 'outcome';
}

/**
 * The state after the reader's action.
 * @example stepsAfter(initialSteps, { type: 'start' }, routing).trail.at(-1) // the first question
 */
export function stepsAfter(
	state: StepsState,
	event: StepsEvent,
	routing: StepsRouting,
): StepsState {
	const push = (screen: Screen, answers = state.answers): StepsState => ({
		answers,
		trail: [...state.trail, screen],
		ahead: [],
	});
	switch (event.type) {
		case 'start':
			return {
				...state,
				trail: [{ kind: 'start' }, { kind: 'question', id: routing.flow.start }],
				ahead: [],
			};
		case 'answer': {
			const answers = { ...state.answers, [event.question]: event.option };
			const { position } = walk(routing.flow, answers, routing.counties);
			return push(
				position.kind === 'question' ? { kind: 'question', id: position.id } : { kind: 'check' },
				answers,
			);
		}
		case 'change':
			return push({ kind: 'question', id: event.question });
		case 'showResult':
			return isReachable({ kind: 'outcome' }, state.answers, routing)
				? push({ kind: 'outcome' })
				: state;
		case 'back': {
			if (state.trail.length === 1) return state;
			const left = currentScreen(state);
			const trail = state.trail.slice(0, -1);
			// Skip screens the answers no longer lead to, and the one just left (seen again after Change).
			while (
				trail.length > 1 &&
				(!isReachable(trail.at(-1)!, state.answers, routing) || sameScreen(trail.at(-1)!, left))
			)
				trail.pop();
			return { ...state, trail, ahead: trail.length === 1 ? state.trail.slice(1) : [] };
		}
		case 'forward':
			return state.trail.length === 1 && state.ahead.length > 0
				? { ...state, trail: [...state.trail, ...state.ahead], ahead: [] }
				: state;
		case 'restart':
			return initialSteps;
	}
}
