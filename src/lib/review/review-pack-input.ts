import { formatProblem } from '../content-check/friendly-errors.ts';
import type { MdxNode } from '../content-check/mdx-body.ts';
import { validateContent } from '../content-check/validate-content.ts';
import type { Review, Source } from '../../schemas/common.ts';
import type { FlowCriteria } from '../../schemas/flow-criteria.ts';
import type { Flow, FlowText } from '../../schemas/flow.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';
import type { LegalChangeData } from '../../schemas/legal-change.ts';
import { explainerFlow } from '../routing/route-table.ts';
import { pageStatements, type ReviewPackInput, type ReviewedPage } from './review-pack.ts';

/**
 * What the review pack shows, read from `contentDir` with the content check's reader: the
 * explainer's criteria, routing and words, every legal change, and the pages marked
 * `legalReview: true`, in Bokmål and English. Throws, with the check's messages, when the content
 * has errors: a pack of content that would not build is no use to a reviewer.
 */
export function reviewPackInput(contentDir: string, today: Date): ReviewPackInput {
	const { entries, problems } = validateContent(contentDir, process.cwd(), today);
	const errors = problems.filter((problem) => problem.severity === 'error');
	if (errors.length > 0)
		throw new Error(
			`The content has errors; fix them first:\n${errors.map(formatProblem).join('\n')}`,
		);
	const parsed = <T>(collection: string, key: string) =>
		entries.find((entry) => entry.collection === collection && entry.key === key)?.parsed as T;
	const glossary = (id: string, locale: 'nb' | 'en') => {
		const term = parsed<GlossaryData>('glossary', id)?.term;
		return (term?.[locale] ?? term?.nb ?? id) as string;
	};
	const pages: ReviewedPage[] = entries
		.filter(
			(entry) =>
				entry.collection === 'pages' &&
				(entry.locale === 'nb' || entry.locale === 'en') &&
				entry.parsed.legalReview === true &&
				!entry.parsed.draft &&
				!entry.parsed.needsTranslation,
		)
		.sort((a, b) => a.key.localeCompare(b.key) || (a.locale === 'nb' ? -1 : 1))
		.map((entry) => ({
			key: entry.key,
			locale: entry.locale as 'nb' | 'en',
			title: entry.parsed.title as string,
			lastReviewed: entry.parsed.lastReviewed as Date,
			sources: entry.parsed.sources as Source[],
			reviews: entry.parsed.reviews as Review[],
			statements: entry.tree
				? pageStatements(entry.tree as MdxNode, (id) => glossary(id, entry.locale as 'nb' | 'en'))
				: [],
		}));
	return {
		today,
		flow: parsed<Flow>('flows', `${explainerFlow}/flow`),
		criteria: parsed<FlowCriteria>('flowCriteria', `${explainerFlow}/criteria`),
		words: {
			nb: parsed<FlowText>('flowTexts', `${explainerFlow}/nb`),
			en: parsed<FlowText>('flowTexts', `${explainerFlow}/en`),
		},
		legalChanges: entries
			.filter((entry) => entry.collection === 'legalChanges')
			.map((entry) => ({ id: entry.key, data: entry.parsed as unknown as LegalChangeData })),
		pages,
	};
}
