import type { ValidEntry } from '../content/validate-content.ts';
import { lixScore, proseFromMdx } from './lix.ts';

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
