// Pagefind does not fold æ, ø and å, and readers on a phone or a foreign keyboard often type
// "parorende" for "pårørende" or "tromso" for "Tromsø". At build time the site's own words with
// æ, ø or å are listed by how they look without them; the search page swaps a typed word for the
// spelling the site uses.

import { withoutNorwegianLetters } from '../text/norwegian-letters.ts';

const words = (text: string) => text.toLowerCase().match(/[\p{L}]+/gu) ?? [];

/**
 * The site's spellings with æ, ø or å, by how they look without them, from the text of its
 * pages. A folded form that is itself a word on the site is left out, so a real word is never
 * swapped; the commonest spelling wins when several fold alike.
 * @example spellingMap(['Hjelp til pårørende']) // { parorende: 'pårørende' }
 */
export function spellingMap(texts: string[]): Record<string, string> {
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
	const map: Record<string, string> = {};
	const best: Record<string, number> = {};
	for (const [word, count] of counts) {
		if (word.length < 4 || !/[æøå]/.test(word)) continue;
		const folded = withoutNorwegianLetters(word);
		if (counts.has(folded) || (best[folded] ?? 0) >= count) continue;
		map[folded] = word;
		best[folded] = count;
	}
	return map;
}

/**
 * The query with every word the site spells with æ, ø or å in that spelling.
 * @example respell('hjelp til parorende', { parorende: 'pårørende' }) // 'hjelp til pårørende'
 */
export function respell(query: string, map: Record<string, string>): string {
	return query.replace(/[\p{L}]+/gu, (word) => map[word.toLowerCase()] ?? word);
}
