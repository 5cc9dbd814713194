import english from 'hyphen/en-gb/index.js';
import bokmal from 'hyphen/nb/index.js';
import nynorsk from 'hyphen/nn/index.js';

// Headings and narrow table cells hold long Norwegian compounds ("straffutmålingsfrafall"). `hyphens: auto` needs the
// browser's hyphenation dictionaries, which Linux Chromium lacks offline, so words would break
// anywhere without a hyphen. Soft hyphens from TeX patterns (the `hyphen` package) let the browser
// break them correctly, with a hyphen, only where a line is too short.

const patternsByLanguage: Record<string, (text: string, options: object) => string> = {
	nb: bokmal.hyphenateSync,
	nn: nynorsk.hyphenateSync,
	en: english.hyphenateSync,
};

/** Words shorter than this fit on any phone screen, so they are left alone. */
const minWordLength = 11;

/**
 * Adds soft hyphens (U+00AD) to the long words of a text, by the language's hyphenation
 * patterns. Text in a language without patterns comes back unchanged; so do words that already
 * hold a soft hyphen.
 * @example hyphenateLongWords('Narkotikaprogrammet', 'nb-NO') // 'Nar­ko­tika­pro­gram­met'
 */
export function hyphenateLongWords(text: string, bcp47: string): string {
	const hyphenate = patternsByLanguage[bcp47.split('-')[0]!.toLowerCase()];
	if (!hyphenate) return text;
	return text.replace(/[\p{L}\u00AD]+/gu, (word) =>
		word.length < minWordLength || word.includes('\u00AD')
			? word
			: hyphenate(word, { minWordLength }),
	);
}

/** Removes soft hyphens, for text that is compared or searched rather than shown. */
export function withoutSoftHyphens(text: string): string {
	return text.replaceAll('\u00AD', '');
}

/**
 * Adds soft hyphens to the text of every `<h1>`–`<h3>` in a built HTML page, in the page's
 * language (`<html lang>`). Tags and attributes are left as they are.
 * @example hyphenateHeadingsInHtml('<html lang="nb-NO"><h1>Narkotikaprogrammet</h1></html>')
 */
export function hyphenateHeadingsInHtml(html: string): string {
	const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
	if (!lang) return html;
	return html.replace(/(<h[1-3][\s>][\s\S]*?<\/h[1-3]>)/g, (heading) =>
		heading
			.split(/(<[^>]*>)/)
			.map((part) => (part.startsWith('<') ? part : hyphenateLongWords(part, lang)))
			.join(''),
	);
}
