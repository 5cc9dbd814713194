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
		if (question.region) {
			if (question.next && !ids.has(question.next)) {
				problems.push({
					field: `questions.${id}.next`,
					message: `names "${question.next}", which is neither a question nor an outcome`,
				});
			}
			continue;
		}
		for (const [option, next] of Object.entries(question.options ?? {})) {
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
 * Checks a flow as a graph: every target exists, every node is reachable from the start, and
 * there are no loops, so every path ends in an outcome.
 */
export function flowProblems(flow: Flow): FlowProblem[] {
	const missing = missingTargets(flow);
	// Reachability and loops need every target to exist.
	return missing.length > 0 ? missing : [...unreachable(flow), ...cycles(flow)];
}

/** Checks that a locale file has words for exactly the flow's questions, options and outcomes. */
export function flowTextProblems(flow: Flow, text: FlowText): FlowProblem[] {
	const problems: FlowProblem[] = [];
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
	compare('questions', Object.keys(flow.questions), Object.keys(text.questions), 'question');
	compare('outcomes', Object.keys(flow.outcomes), Object.keys(text.outcomes), 'outcome');
	for (const [id, question] of Object.entries(flow.questions)) {
		const words = text.questions[id];
		if (!words) continue;
		if (question.region) {
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
		if (question.region) visit(question.next!, [...trail, { question: id, answer: null }]);
		else
			for (const [option, next] of Object.entries(question.options ?? {}))
				visit(next, [...trail, { question: id, answer: option }]);
	};
	visit(flow.start, []);
	return result;
}
