/**
 * LIX, the Scandinavian readability index: words per sentence plus the percentage of long words
 * (more than six letters). Under 30 is very easy, 30–40 easy, 40–50 medium, over 50 hard.
 */

// Abbreviations whose full stop does not end a sentence.
const abbreviations =
	/\b(nr|f\.eks|bl\.a|ca|jf|dvs|mv|osv|Prop|Meld|St|Innst|Ot\.prp|e\.g|i\.e|etc|no|vs)\./gi;

/** The words of a text: runs of letters and digits, hyphenated compounds as one word. */
export function wordsIn(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences end at . ! ? or : followed by a space or the end; each line counts as at least one. */
export function sentenceCount(text: string): number {
	return text
		.replace(abbreviations, (match) => match.replaceAll('.', ''))
		.split('\n')
		.filter((line) => wordsIn(line).length > 0)
		.reduce((count, line) => count + Math.max(1, line.match(/[.!?:]+(?=\s|$)/g)?.length ?? 0), 0);
}

/**
 * The LIX score of plain text, rounded to one decimal. Returns 0 for text without words.
 * @example lixScore('Du får hjelp. Retten følger deg.') // 2.5 + 0 = 2.5
 */
export function lixScore(text: string): number {
	const words = wordsIn(text);
	if (words.length === 0) return 0;
	const longWords = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 6).length;
	const score = words.length / sentenceCount(text) + (longWords * 100) / words.length;
	return Math.round(score * 10) / 10;
}

/**
 * The prose of an MDX body, for readability scoring: drops imports, code, HTML comments and
 * component tags (keeping the text inside them), link targets and Markdown markers.
 */
export function proseFromMdx(body: string): string {
	return body
		.replace(/^(import|export)\s.*$/gm, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/^\s*(#{1,6}|[-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
		.replace(/\n{2,}/g, '\n')
		.trim();
}
