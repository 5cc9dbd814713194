// Pagefind matches a query word against the start of indexed words, after stemming: it finds
// «domstolen» for "domstol", but not «narkotikaprogrammet» for "program" (the word is inside a
// compound), nothing for a typo ("narkotikaprgram"), nothing for "parorende" («pårørende»), and
// not the Nynorsk page for a Bokmål word it does not share. At build time the site's own words
// are listed per language (the index's vocabulary); the search page uses the list to rewrite a
// query before Pagefind sees it, and to search the compounds a word is part of.

import { withoutNorwegianLetters } from '../text/norwegian-letters.ts';

/** What the search page knows about one language's index. */
export interface SearchVocabulary {
	/** Every word of the index (3 letters or more), the commonest first. */
	words: string[];
	/** A word as typed without æ, ø and å → how the site spells it ("parorende" → "pårørende"). */
	spellings: Record<string, string>;
	/**
	 * A word → the compounds in the index that have it as a later part, commonest first
	 * ("program" → ["narkotikaprogrammet", …]). Searched after the word itself, ranked below it.
	 */
	compounds: Record<string, string[]>;
	/** A word in the other written Norwegian → this language's word ("pårørende" → "pårørande"). */
	forms: Record<string, string>;
}

// Headings carry soft hyphens (U+00AD) for narrow screens: they are not word boundaries. A token
// with digits in it ("24sju", "ifsw2019") is a name, not a word to correct towards or split.
const wordsOf = (text: string) =>
	(
		text
			.replaceAll('\u00AD', '')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	).filter((word) => !/\p{N}/u.test(word));

/** Compounds shorter than this are not split: short words split wrongly far more often. */
const shortestCompound = 8;
/** The shortest part a compound is split into (rus|behandling, narkotika|program). */
const shortestPart = 3;
/** The most compounds one word leads to: enough for its pages, few searches on a phone. */
const compoundsPerWord = 4;

/**
 * The compounds each word is a later part of. A compound splits where its first part is a word of
 * the index (with or without a joining s or e: domstol|s|kontroll, straff|e|sak) and the rest
 * starts with a word of the index of 4 letters or more; it is filed under every such word, so
 * "program" and "programmet" both lead to «narkotikaprogrammet». Wrong splits ("for|svarer")
 * only add results below the word's own, so they cost a reader a line, not a page.
 */
function compoundsIn(counts: Map<string, number>): Record<string, string[]> {
	const found = new Map<string, Set<string>>();
	const known = (word: string) => word.length >= shortestPart && counts.has(word);
	for (const compound of counts.keys()) {
		if (compound.length < shortestCompound) continue;
		for (let cut = shortestPart; cut <= compound.length - 4; cut += 1) {
			const head = compound.slice(0, cut);
			const joined = /[se]$/.test(head) && known(head.slice(0, -1));
			if (!known(head) && !joined) continue;
			const rest = compound.slice(cut);
			for (let end = 4; end <= rest.length; end += 1) {
				const part = rest.slice(0, end);
				if (part !== compound && counts.has(part))
					found.set(part, (found.get(part) ?? new Set()).add(compound));
			}
		}
	}
	const byCount = (a: string, b: string) => counts.get(b)! - counts.get(a)! || a.localeCompare(b);
	return Object.fromEntries(
		[...found]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([part, compounds]) => [part, [...compounds].sort(byCount).slice(0, compoundsPerWord)]),
	);
}

/**
 * The site's spellings with æ, ø or å, by how they look without them. A folded form that is
 * itself a word on the site is left out, so a real word is never swapped; the commonest spelling
 * wins when several fold alike.
 */
function spellingsIn(counts: Map<string, number>): Record<string, string> {
	const spellings: Record<string, string> = {};
	const best: Record<string, number> = {};
	for (const [word, count] of counts) {
		if (word.length < 4 || !/[æøå]/.test(word)) continue;
		const folded = withoutNorwegianLetters(word);
		if (counts.has(folded) || (best[folded] ?? 0) >= count) continue;
		spellings[folded] = word;
		best[folded] = count;
	}
	return spellings;
}

/**
 * Bokmål and Nynorsk words for the same thing, from texts the site has in both (the glossary's
 * terms, the interface's strings): the same text in each, word by word, where both have the same
 * number of words and some differ.
 * @example writtenFormPairs([{ nb: 'forsvarer', nn: 'forsvarar' }]) // [['forsvarer', 'forsvarar']]
 */
export function writtenFormPairs(texts: { nb: string; nn: string }[]): [nb: string, nn: string][] {
	const pairs = new Map<string, string>();
	for (const { nb, nn } of texts) {
		const nbWords = wordsOf(nb);
		const nnWords = wordsOf(nn);
		if (nbWords.length !== nnWords.length || nbWords.length > 4) continue;
		nbWords.forEach((word, index) => {
			if (word !== nnWords[index] && word.length >= 3) pairs.set(word, nnWords[index]!);
		});
	}
	return [...pairs].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * One language's vocabulary, from the text of its indexed pages and a list of the other written
 * Norwegian's words with this language's word for each (empty for English).
 * @example buildVocabulary(['Hjelp til pårørende'], {}).spellings // { parorende: 'pårørende' }
 */
export function buildVocabulary(
	texts: string[],
	otherForms: Record<string, string> = {},
): SearchVocabulary {
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
	const forms = Object.fromEntries(
		Object.entries(otherForms).filter(([other, own]) => other !== own && counts.has(own)),
	);
	return {
		words: [...counts.keys()]
			.filter((word) => word.length >= 3)
			.sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)),
		spellings: spellingsIn(counts),
		compounds: compoundsIn(counts),
		forms,
	};
}

/**
 * Edit distance with swapped neighbours counting as one edit (Damerau–Levenshtein, restricted),
 * stopping early once it is over `limit`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const row = [i];
		let smallest = i;
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, before[j - 2]! + 1);
			row.push(value);
			smallest = Math.min(smallest, value);
		}
		if (smallest > limit) return limit + 1;
		before = previous;
		previous = row;
	}
	return previous[b.length]!;
}

/** How many typing mistakes a word of this length may hold and still be recognised. */
const allowedEdits = (word: string) => (word.length < 5 ? 0 : word.length < 8 ? 1 : 2);

/** Endings of Norwegian and English words that a stemmer removes (definite forms, plurals). */
const inflections = ['ene', 'ane', 'et', 'en', 'er', 'ar', 'ne', 'a', 'e', 's', 'ed', 'ing'];

/** Whether the index can match the word as it is: the word, a longer word it starts, or an inflection. */
function isKnown(word: string, vocabulary: SearchVocabulary, words: Set<string>): boolean {
	if (words.has(word)) return true;
	if (vocabulary.words.some((known) => known.startsWith(word))) return true;
	// "fengselet", "forsvareren", "courts": the stemmer takes off an ending the index may not have.
	return inflections.some(
		(ending) =>
			word.endsWith(ending) &&
			word.length - ending.length >= 4 &&
			words.has(word.slice(0, -ending.length)),
	);
}

/** The closest word of the index to a word it does not know, or undefined when none is close. */
function closestWord(word: string, vocabulary: SearchVocabulary): string | undefined {
	const limit = allowedEdits(word);
	if (limit === 0) return undefined;
	let best: { word: string; distance: number } | undefined;
	// The commonest word wins a tie, since the list is ordered by how often the site uses each.
	for (const candidate of vocabulary.words) {
		const distance = editDistance(word, candidate, limit);
		if (distance <= limit && (!best || distance < best.distance))
			best = { word: candidate, distance };
		if (best?.distance === 1) break;
	}
	return best?.word;
}

/** What the search page searches for a query. */
export interface QueryPlan {
	/** The query with each word as the index spells it. */
	query: string;
	/** True when a word was changed for a typo or the other written Norwegian, not only for æøå. */
	corrected: boolean;
	/**
	 * Queries searched after `query`, their pages listed below its own: one word replaced by a
	 * compound it is part of, or by this language's form of a word the index also has in the other
	 * written Norwegian (a service's Bokmål name on the Nynorsk site).
	 */
	moreQueries: string[];
}

/**
 * The query as the index can answer it, word by word: æøå restored ("parorende" → "pårørende"),
 * the other written Norwegian's form replaced ("pårørende" → "pårørande" on the Nynorsk site),
 * and a word the index does not know replaced by its closest word ("narkotikaprgram" →
 * "narkotikaprogram"). Each word that is part of compounds adds searches for them, and a word the
 * index has in both written forms a search for this language's.
 * @example planQuery('parorende bergen', vocabulary).query // 'pårørende bergen'
 */
export function planQuery(query: string, vocabulary: SearchVocabulary): QueryPlan {
	const words = new Set(vocabulary.words);
	let corrected = false;
	const forms: [index: number, form: string][] = [];
	const planned: string[] = [];
	// Words are swapped where they stand, so quotes (Pagefind's phrases) and hyphens stay.
	const text = query.normalize('NFC');
	const rewritten = text.replace(/[\p{L}\p{N}]+/gu, (typedAsIs) => {
		const index = planned.length;
		const typed = typedAsIs.toLowerCase();
		const spelled = vocabulary.spellings[typed] ?? typed;
		const form = vocabulary.forms[spelled];
		let word = spelled;
		if (form && words.has(spelled)) forms.push([index, form]);
		else if (form) {
			corrected = true;
			word = form;
		} else if (
			spelled === typed &&
			typed.length >= 3 &&
			!/\d/.test(typed) &&
			!isKnown(typed, vocabulary, words)
		) {
			const closest = closestWord(typed, vocabulary);
			if (closest) {
				corrected = true;
				word = closest;
			}
		}
		planned.push(word);
		return word === typed ? typedAsIs : word;
	});
	const replaced = (at: number, replacement: string) => {
		let index = -1;
		return rewritten.replace(/[\p{L}\p{N}]+/gu, (word) => {
			index += 1;
			return index === at ? replacement : word;
		});
	};
	const moreQueries = [
		...forms.map(([index, form]) => replaced(index, form)),
		...planned.flatMap((word, index) =>
			(vocabulary.compounds[word] ?? []).map((compound) => replaced(index, compound)),
		),
	];
	return { query: rewritten, corrected, moreQueries };
}
