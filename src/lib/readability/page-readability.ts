import type { ValidEntry } from '../content/validate-content.ts';
import { lixScore, proseFromMdx } from './lix.ts';

/** The LIX limit a page must stay under: 40 for pages written for defendants or families, 50 for the rest. */
export function lixLimit(audience: string): number {
	return audience === 'defendants' || audience === 'families' ? 40 : 50;
}

/** Title plus body prose of a page, scored, with its limit; highest score first. */
export function pageReadability(
	pages: ValidEntry[],
): { file: string; score: number; limit: number }[] {
	return pages
		.map((page) => ({
			file: page.file,
			score: lixScore(`${String(page.parsed.title)}\n${proseFromMdx(page.body)}`),
			limit: lixLimit(String(page.parsed.audience)),
		}))
		.sort((a, b) => b.score - a.score);
}
