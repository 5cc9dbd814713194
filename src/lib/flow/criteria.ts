import type { FlowCriteria } from '../../schemas/flow-criteria.ts';
import type { CriterionStatus, Flow, FlowText } from '../../schemas/flow.ts';
import type { FlowProblem } from './graph.ts';
import { pathsToOutcomes, wordsIdOf } from './graph.ts';

// The explainer's routes checked against the programme's criteria (criteria.yaml). Every question
// settles one criterion and every answer says where it leaves it; the flow is small, so the build
// walks every path from the start and checks what each outcome claims about the programme against
// what the answers on that path settled.

/** One answered question on a path; `answer` is `null` for a county question. */
export interface PathStep {
	question: string;
	answer: string | null;
}

/** Where a path leaves one criterion, and the answer that settled it. */
export interface SettledCriterion {
	status: CriterionStatus;
	step: PathStep;
}

/**
 * The status each criterion has at the end of a path, and the answers that settle a criterion
 * already settled earlier on the same path (a flow must not ask the same thing twice).
 */
export function settledOnPath(
	flow: Flow,
	path: PathStep[],
): { settled: Map<string, SettledCriterion>; repeats: PathStep[] } {
	const settled = new Map<string, SettledCriterion>();
	const repeats: PathStep[] = [];
	for (const step of path) {
		const question = flow.questions[step.question];
		const status = step.answer === null ? undefined : question?.options?.[step.answer]?.status;
		if (!question?.settles || !status || status === 'asked-next') continue;
		if (settled.has(question.settles)) repeats.push(step);
		else settled.set(question.settles, { status, step });
	}
	return { settled, repeats };
}

/**
 * A path as an editor reads it, in the given words: each question and the answer chosen, then the
 * outcome's title.
 * @example «Har du en straffesak nå?» «Ja, jeg er siktet» → … → outcome nd-may-fit («…»)
 */
export function pathInWords(
	flow: Flow,
	words: FlowText,
	path: PathStep[],
	outcome: string,
): string {
	const steps = path.map(({ question, answer }) => {
		const text = words.questions[wordsIdOf(flow, question)];
		const answerText = answer === null ? 'any county' : (text?.options?.[answer] ?? answer);
		return `«${text?.question ?? question}» «${answerText}»`;
	});
	return [...steps, `outcome ${outcome} («${words.outcomes[outcome]?.title ?? outcome}»)`].join(
		' → ',
	);
}

// Why one path may not end in an outcome with the claim it makes; undefined when it may.
function claimProblem(
	flow: Flow,
	criteria: FlowCriteria,
	outcome: string,
	settled: Map<string, SettledCriterion>,
): string | undefined {
	const { programme, pathway } = flow.outcomes[outcome]!;
	const notMet = [...settled].filter(([, { status }]) => status === 'not-met').map(([id]) => id);
	const unasked = Object.entries(criteria.criteria)
		.filter(([id, criterion]) => criterion.askedOnEveryPath && !isAnswered(settled.get(id)))
		.map(([id]) => id);
	const exceptions = [...settled].filter(([, { status }]) => status === 'exception');
	const unsureAtMostException = [...settled]
		.filter(
			([id, { status }]) =>
				status === 'unsure' && criteria.criteria[id]?.whenUnsure === 'exception',
		)
		.map(([id]) => id);
	const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
	if (programme === 'may-fit' || programme === 'exception') {
		if (notMet.length > 0)
			return `says the programme may be an option (programme: ${programme}), but this path leaves ${list(notMet)} not met`;
		if (unasked.length > 0)
			return `says the programme may be an option (programme: ${programme}), but no answer on this path settles ${list(unasked)}; ask it first`;
		if (programme === 'may-fit' && exceptions.length > 0)
			return `says the programme may be an option (programme: may-fit), but this path meets ${list(exceptions.map(([id]) => id))} only as an exception; lead it to an outcome with programme: exception`;
		if (programme === 'may-fit' && unsureAtMostException.length > 0)
			return `says the programme may be an option (programme: may-fit), but this path leaves ${list(unsureAtMostException)} unsure, and criteria.yaml says that is at most an exception (whenUnsure: exception); ask more, or lead it to an outcome with programme: exception`;
	}
	if (programme === 'not-for-you' && notMet.length === 0)
		return 'says the programme is not an option (programme: not-for-you), but no answer on this path leaves a criterion not met';
	// The phases show what the reader would say yes to: only where the programme is still open,
	// or closed by the reader's own "no" to it.
	if (pathway && (unasked.length > 0 || notMet.some((id) => id !== 'consent')))
		return 'shows the programme’s phases (pathway: true), but on this path the programme is not open to the reader; remove pathway, or route the path elsewhere';
	return undefined;
}

const isAnswered = (criterion: SettledCriterion | undefined) =>
	criterion !== undefined && criterion.status !== 'other-route';

/**
 * Checks the flow against its criteria: every question settles a criterion that exists, no path
 * settles one twice, an answer that leads to another route leads only to outcomes about other
 * routes, and every path reaches an outcome whose claim about the programme its answers support.
 * Problems name the path in the given (source-language) words.
 */
export function criteriaProblems(
	flow: Flow,
	criteria: FlowCriteria,
	words: FlowText,
): FlowProblem[] {
	const problems = new Map<string, FlowProblem>();
	const add = (field: string, message: string) =>
		problems.set(`${field}\n${message}`, { field, message });
	const known = Object.keys(criteria.criteria).join(', ');
	for (const [id, question] of Object.entries(flow.questions)) {
		if (question.settles && !Object.hasOwn(criteria.criteria, question.settles))
			add(
				`questions.${id}.settles`,
				`names "${question.settles}", which is not a criterion in criteria.yaml (${known})`,
			);
		for (const [option, { next, status }] of Object.entries(question.options ?? {}))
			if (status === 'asked-next' && flow.questions[next]?.settles !== question.settles)
				add(
					`questions.${id}.options.${option}`,
					`says the next question settles "${question.settles}" (status: asked-next), but "${next}" does not; give the answer its own status, or lead it to a question that settles "${question.settles}"`,
				);
	}

	for (const [outcome, paths] of pathsToOutcomes(flow)) {
		for (const path of paths) {
			const { settled, repeats } = settledOnPath(flow, path);
			const inWords = () => pathInWords(flow, words, path, outcome);
			for (const step of repeats)
				add(
					`questions.${step.question}.options.${step.answer}`,
					`settles "${flow.questions[step.question]!.settles}" again on the path ${inWords()}; an earlier answer on it already did`,
				);
			for (const [criterion, { status, step }] of settled)
				if (status === 'other-route' && flow.outcomes[outcome]!.programme !== 'other')
					add(
						`questions.${step.question}.options.${step.answer}`,
						`leads to another route (status: other-route), but the path ${inWords()} ends in an outcome with programme: ${flow.outcomes[outcome]!.programme}; give the answer the status it has for "${criterion}", or lead it to an outcome with programme: other`,
					);
			const problem = claimProblem(flow, criteria, outcome, settled);
			if (problem) add(`outcomes.${outcome}`, `${problem}. The path: ${inWords()}`);
		}
	}
	return [...problems.values()];
}

/**
 * Checks a locale file's words for the criteria: what the court checks, for every criterion
 * listed for readers; what "not sure" means, for every question with an unsure answer; and a
 * question for the defence lawyer, for every answer that leaves its criterion unsure or an exception.
 */
export function criteriaTextProblems(
	flow: Flow,
	criteria: FlowCriteria,
	text: FlowText,
): FlowProblem[] {
	const problems: FlowProblem[] = [];
	for (const [id, criterion] of Object.entries(criteria.criteria))
		if (criterion.listedForReaders && !text.criteria[id])
			problems.push({
				field: `criteria.${id}`,
				message: 'is missing: write what the court checks, in the reader’s words',
			});
	for (const id of Object.keys(text.criteria))
		if (!criteria.criteria[id]?.listedForReaders)
			problems.push({
				field: `criteria.${id}`,
				message: criteria.criteria[id]
					? 'is not listed for readers in criteria.yaml (listedForReaders: false); remove it'
					: 'is not a criterion in criteria.yaml; remove it or fix the id',
			});
	// An answer that leaves its criterion unsure, or met only as an exception, is what a reader most
	// needs to take to their lawyer: each such answer has a question for the lawyer.
	for (const [id, question] of Object.entries(flow.questions)) {
		const owner = wordsIdOf(flow, id);
		for (const [option, { status }] of Object.entries(question.options ?? {}))
			if (
				(status === 'unsure' || status === 'exception') &&
				!text.questions[owner]?.lawyerQuestions?.[option] &&
				!problems.some(
					(problem) => problem.field === `questions.${owner}.lawyerQuestions.${option}`,
				)
			)
				problems.push({
					field: `questions.${owner}.lawyerQuestions.${option}`,
					message: `is missing: the answer "${option}" leaves "${question.settles}" ${status === 'unsure' ? 'unsure' : 'met only as an exception'}, so write one question the reader can ask their defence lawyer about it`,
				});
	}
	for (const [id, question] of Object.entries(flow.questions)) {
		if (question.asks) continue;
		const hasUnsure = Object.values(question.options ?? {}).some(
			(option) => option.status === 'unsure',
		);
		if (hasUnsure && !text.questions[id]?.unsure)
			problems.push({
				field: `questions.${id}.unsure`,
				message:
					'is missing: an answer to this question is "not sure", so write what that leaves open',
			});
	}
	return problems;
}

/**
 * What the reader's answers left open: the "not sure" words of each question on their path whose
 * answer left its criterion unsure, in the order they were asked.
 */
export function openPointsOnPath(
	flow: Pick<Flow, 'questions'>,
	path: PathStep[],
	unsureWords: (question: string) => string | undefined,
): string[] {
	return path.flatMap(({ question, answer }) =>
		answer !== null && flow.questions[question]?.options?.[answer]?.status === 'unsure'
			? [unsureWords(wordsIdOf(flow, question))].filter((words): words is string => !!words)
			: [],
	);
}

/**
 * The questions for the defence lawyer tied to the reader's answers, in the order they were asked.
 */
export function lawyerQuestionsOnPath(
	flow: Pick<Flow, 'questions'>,
	path: PathStep[],
	questionsFor: (question: string) => Record<string, string | undefined> | undefined,
): string[] {
	return path.flatMap(({ question, answer }) => {
		const asked = answer === null ? undefined : questionsFor(wordsIdOf(flow, question))?.[answer];
		return asked ? [asked] : [];
	});
}
