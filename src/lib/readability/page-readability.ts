import type { ValidEntry } from '../content-check/read-content.ts';
import type { FlowText } from '../../schemas/flow.ts';
import { lixScore, proseFromMdx } from './lix.ts';

/** The LIX limit of the explainer's questions and outcomes: what a stressed reader must act on. */
export const explainerLixLimit = 30;

/**
 * Each question (with its hint, answers, "not sure" words and questions for the lawyer), each
 * outcome (title, summary, steps and questions for the lawyer) and the list of what the court checks, in one language's explainer words, scored; highest
 * first. The readability test and the content report both use it.
 * @example explainerReadability(words)[0] // { field: 'outcomes.alcohol', score: 29.8 }
 */
export function explainerReadability(words: FlowText): { field: string; score: number }[] {
	return [
		...Object.entries(words.questions).map(([id, question]) => ({
			field: `questions.${id}`,
			text: [
				question.question,
				question.hint,
				...Object.values(question.options ?? {}),
				question.unsure,
				...Object.values(question.lawyerQuestions ?? {}),
			],
		})),
		...Object.entries(words.outcomes).map(([id, outcome]) => ({
			field: `outcomes.${id}`,
			text: [outcome.title, outcome.summary, ...outcome.steps, ...outcome.lawyerQuestions],
		})),
		{ field: 'criteria', text: Object.values(words.criteria) },
	]
		.map(({ field, text }) => ({ field, score: lixScore(text.filter(Boolean).join('\n')) }))
		.sort((a, b) => b.score - a.score);
}

/** The LIX limit a page must stay under: 40 for pages written for defendants or families, 50 for the rest. */
export function lixLimit(audience: string): number {
	return audience === 'defendants' || audience === 'families' ? 40 : 50;
}

/**
 * Title (or a country's name) plus body prose of each page, scored, with its limit; highest score
 * first. Pages with no audience are for the public. The readability test and the content report
 * both use this, so they agree on every score.
 */
export function pageReadability(
	pages: ValidEntry[],
): { file: string; score: number; limit: number }[] {
	return pages
		.map((page) => ({
			file: page.file,
			score: lixScore(
				`${String(page.parsed.title ?? page.parsed.name)}\n${proseFromMdx(page.body)}`,
			),
			limit: lixLimit(String(page.parsed.audience ?? 'public')),
		}))
		.sort((a, b) => b.score - a.score);
}
