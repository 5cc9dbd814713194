import type { FlowQuestion } from '../../schemas/flow.ts';

/** The routing part of a flow: all the walker needs, and all the explainer island is given. */
export interface FlowRouting {
	start: string;
	questions: Record<string, FlowQuestion>;
	outcomes: Record<string, unknown>;
}

/** The reader's answers so far: question id → option id (or county id for a county question). */
export type Answers = Record<string, string>;

/** Where the reader is: at a question, or at an outcome. */
export type FlowPosition = { kind: 'question'; id: string } | { kind: 'outcome'; id: string };

/** The node ids an option or a county answer can lead to, for a question. */
export function targetsOf(flow: FlowRouting, questionId: string): string[] {
	const question = flow.questions[questionId];
	if (!question) throw new Error(`The flow has no question "${questionId}".`);
	return question.county
		? [question.next!]
		: Object.values(question.options ?? {}).map((option) => option.next);
}

/** True when `answer` is one of the question's options; any county id is accepted for a county question. */
export function isValidAnswer(
	flow: FlowRouting,
	questionId: string,
	answer: string,
	counties: readonly string[],
): boolean {
	const question = flow.questions[questionId];
	if (!question) return false;
	return question.county
		? counties.includes(answer)
		: Object.hasOwn(question.options ?? {}, answer);
}

/**
 * The node an answer leads to. One rule per option: the option names its next node; a county
 * question always leads to its `next`.
 * @example nextNode(flow, 'age', '18-or-older') // { kind: 'question', id: 'offence' }
 */
export function nextNode(flow: FlowRouting, questionId: string, answer: string): FlowPosition {
	const question = flow.questions[questionId];
	if (!question) throw new Error(`The flow has no question "${questionId}".`);
	const next = question.county ? question.next : question.options?.[answer]?.next;
	if (!next) throw new Error(`Question "${questionId}" has no option "${answer}".`);
	return positionOf(flow, next);
}

/** Whether an id names a question or an outcome. */
export function positionOf(flow: FlowRouting, id: string): FlowPosition {
	if (Object.hasOwn(flow.questions, id)) return { kind: 'question', id };
	if (Object.hasOwn(flow.outcomes, id)) return { kind: 'outcome', id };
	throw new Error(`The flow has no node "${id}".`);
}

/**
 * Follows the answers from the start: the questions answered on the way (answers off the path are
 * ignored) and where the reader is now, at the first unanswered question or at an outcome.
 */
export function walk(
	flow: FlowRouting,
	answers: Answers,
	counties: readonly string[],
): { path: { question: string; answer: string }[]; position: FlowPosition } {
	const path: { question: string; answer: string }[] = [];
	let position = positionOf(flow, flow.start);
	while (position.kind === 'question') {
		const answer = answers[position.id];
		if (answer === undefined || !isValidAnswer(flow, position.id, answer, counties)) break;
		path.push({ question: position.id, answer });
		position = nextNode(flow, position.id, answer);
	}
	return { path, position };
}
