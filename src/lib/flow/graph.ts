import type { Flow, FlowText } from '../../schemas/flow.ts';
import { targetsOf } from './next-node.ts';

/** A problem with a flow file, naming the node and field so an editor can fix it. */
export interface FlowProblem {
	/** Dotted path in the file, e.g. `questions.age.options.18-or-older`. */
	field: string;
	message: string;
}

/** Every id a question's options (or `next`) point to must exist. */
function missingTargets(flow: Flow): FlowProblem[] {
	const ids = new Set([...Object.keys(flow.questions), ...Object.keys(flow.outcomes)]);
	const problems: FlowProblem[] = [];
	if (!ids.has(flow.start))
		problems.push({
			field: 'start',
			message: `names "${flow.start}", which is neither a question nor an outcome`,
		});
	for (const [id, question] of Object.entries(flow.questions)) {
		if (question.county) {
			if (question.next && !ids.has(question.next)) {
				problems.push({
					field: `questions.${id}.next`,
					message: `names "${question.next}", which is neither a question nor an outcome`,
				});
			} else if (question.next && !Object.hasOwn(flow.outcomes, question.next)) {
				// The county only filters the outcome's directory link, so it must lead straight to one.
				problems.push({
					field: `questions.${id}.next`,
					message: `names the question "${question.next}"; a county question must lead to an outcome, whose directory link it filters`,
				});
			}
			continue;
		}
		for (const [option, { next }] of Object.entries(question.options ?? {})) {
			if (!ids.has(next)) {
				problems.push({
					field: `questions.${id}.options.${option}`,
					message: `leads to "${next}", which is neither a question nor an outcome`,
				});
			}
		}
	}
	for (const id of Object.keys(flow.outcomes)) {
		if (Object.hasOwn(flow.questions, id))
			problems.push({
				field: `outcomes.${id}`,
				message: 'has the same id as a question; ids must be unique',
			});
	}
	return [...problems, ...sharedWordsProblems(flow)];
}

/** The id of the question whose words a question shows: its `asks`, or its own id. */
export const wordsIdOf = (flow: Pick<Flow, 'questions'>, questionId: string) =>
	flow.questions[questionId]?.asks ?? questionId;

// A question that shows another's words (`asks`) must be that question asked again: the same
// answers, settling the same criterion, so one set of words fits both pages.
function sharedWordsProblems(flow: Flow): FlowProblem[] {
	const problems: FlowProblem[] = [];
	for (const [id, question] of Object.entries(flow.questions)) {
		if (!question.asks) continue;
		const original = flow.questions[question.asks];
		const field = `questions.${id}.asks`;
		if (!original || original.asks)
			problems.push({
				field,
				message: original
					? `names "${question.asks}", which itself shows the words of "${original.asks}"; name "${original.asks}" instead`
					: `names "${question.asks}", which is not a question`,
			});
		else if (
			Boolean(original.county) !== Boolean(question.county) ||
			original.settles !== question.settles ||
			Object.keys(original.options ?? {}).join() !== Object.keys(question.options ?? {}).join()
		)
			problems.push({
				field,
				message: `shows the words of "${question.asks}", so it needs the same answers in the same order and the same "settles"`,
			});
	}
	return problems;
}

/** Nodes that no path from the start reaches. */
function unreachable(flow: Flow): FlowProblem[] {
	const seen = new Set<string>();
	const queue = [flow.start];
	while (queue.length > 0) {
		const id = queue.shift()!;
		if (seen.has(id)) continue;
		seen.add(id);
		if (Object.hasOwn(flow.questions, id)) queue.push(...targetsOf(flow, id));
	}
	return [
		...Object.keys(flow.questions)
			.filter((id) => !seen.has(id))
			.map((id) => ({
				field: `questions.${id}`,
				message: 'no path from the start reaches this question',
			})),
		...Object.keys(flow.outcomes)
			.filter((id) => !seen.has(id))
			.map((id) => ({
				field: `outcomes.${id}`,
				message: 'no path from the start reaches this outcome',
			})),
	];
}

/** A question that can lead back to itself would trap the reader in a loop. */
function cycles(flow: Flow): FlowProblem[] {
	const problems: FlowProblem[] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (id: string, trail: string[]) => {
		if (!Object.hasOwn(flow.questions, id) || state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			problems.push({
				field: `questions.${id}`,
				message: `is part of a loop: ${[...trail, id].join(' → ')}`,
			});
			return;
		}
		state.set(id, 'visiting');
		for (const next of targetsOf(flow, id)) visit(next, [...trail, id]);
		state.set(id, 'done');
	};
	visit(flow.start, []);
	return problems;
}

/**
 * How many questions a reader has answered when they reach each question, plus one: its step
 * number ("Question 3"). Questions reached after different numbers of steps get every number.
 */
function stepNumberSets(flow: Flow): Map<string, Set<number>> {
	const numbers = new Map<string, Set<number>>();
	const visit = (id: string, number: number) => {
		if (!Object.hasOwn(flow.questions, id)) return;
		const seen = numbers.get(id) ?? new Set<number>();
		if (seen.has(number)) return;
		numbers.set(id, seen.add(number));
		for (const next of targetsOf(flow, id)) visit(next, number + 1);
	};
	visit(flow.start, 1);
	return numbers;
}

// A page without JavaScript knows only its own question, not the reader's path, so it can show a
// step number only if every path reaches that question after the same number of steps.
function unevenSteps(flow: Flow): FlowProblem[] {
	return [...stepNumberSets(flow)]
		.filter(([, numbers]) => numbers.size > 1)
		.map(([id, numbers]) => ({
			field: `questions.${id}`,
			message: `is question ${[...numbers].sort((a, b) => a - b).join(' on one path and question ')} on another; every path must reach a question after the same number of steps (add or remove a question on the shorter path)`,
		}));
}

/**
 * The step number of each question ("Question 3"), the same on every path to it. Call it only on a
 * flow without `flowProblems`.
 * @example stepNumbers(flow).get('age') // 2
 */
export function stepNumbers(flow: Flow): Map<string, number> {
	return new Map([...stepNumberSets(flow)].map(([id, numbers]) => [id, Math.min(...numbers)]));
}

/**
 * Checks a flow as a graph: every target exists, every node is reachable from the start, there
 * are no loops, so every path ends in an outcome, and each question has one step number.
 */
export function flowProblems(flow: Flow): FlowProblem[] {
	const missing = missingTargets(flow);
	if (missing.length > 0) return missing;
	// Reachability, loops and step numbers need every target to exist; step numbers need no loops.
	const loops = cycles(flow);
	return [...unreachable(flow), ...loops, ...(loops.length > 0 ? [] : unevenSteps(flow))];
}

/**
 * Checks that a locale file has words for exactly the flow's questions (one entry for questions
 * that share words through `asks`), options and outcomes.
 */
export function flowTextProblems(flow: Flow, text: FlowText): FlowProblem[] {
	const problems: FlowProblem[] = [];
	// Words are keyed by the question that owns them; a question with `asks` borrows them.
	const owners = Object.fromEntries(
		Object.entries(flow.questions).filter(([, question]) => !question.asks),
	);
	const compare = (field: string, expected: string[], found: string[], what: string) => {
		for (const id of expected.filter((item) => !found.includes(item)))
			problems.push({
				field: `${field}.${id}`,
				message: `is missing: write the text for this ${what}`,
			});
		for (const id of found.filter((item) => !expected.includes(item)))
			problems.push({
				field: `${field}.${id}`,
				message: `is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} in flow.yaml; remove it or fix the id`,
			});
	};
	compare('questions', Object.keys(owners), Object.keys(text.questions), 'question');
	compare('outcomes', Object.keys(flow.outcomes), Object.keys(text.outcomes), 'outcome');
	for (const [id, question] of Object.entries(owners)) {
		const words = text.questions[id];
		if (!words) continue;
		if (question.county) {
			if (words.options)
				problems.push({
					field: `questions.${id}.options`,
					message:
						'a county question takes no option texts (the county names come from the UI strings); remove them',
				});
		} else {
			compare(
				`questions.${id}.options`,
				Object.keys(question.options ?? {}),
				Object.keys(words.options ?? {}),
				'option',
			);
		}
		for (const option of Object.keys(words.lawyerQuestions ?? {}))
			if (!question.options?.[option])
				problems.push({
					field: `questions.${id}.lawyerQuestions.${option}`,
					message: `is not an option of this question in flow.yaml; use one of: ${Object.keys(question.options ?? {}).join(', ') || '(a county question has none; remove it)'}`,
				});
	}
	return problems;
}

/**
 * Every path from the start to each outcome, as lists of question/answer pairs; a county question
 * counts as one step whatever the county. For the editors' overview of the flow.
 */
export function pathsToOutcomes(
	flow: Flow,
): Map<string, { question: string; answer: string | null }[][]> {
	const result = new Map<string, { question: string; answer: string | null }[][]>(
		Object.keys(flow.outcomes).map((id) => [id, []]),
	);
	const visit = (id: string, trail: { question: string; answer: string | null }[]) => {
		if (Object.hasOwn(flow.outcomes, id)) {
			result.get(id)!.push(trail);
			return;
		}
		const question = flow.questions[id]!;
		if (question.county) visit(question.next!, [...trail, { question: id, answer: null }]);
		else
			for (const [option, { next }] of Object.entries(question.options ?? {}))
				visit(next, [...trail, { question: id, answer: option }]);
	};
	visit(flow.start, []);
	return result;
}
