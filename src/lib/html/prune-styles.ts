import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PurgeCSS } from 'purgecss';

/**
 * Every page carries its CSS inline, and Astro puts the styles of every component and the whole
 * Designsystemet theme into it, used or not. This keeps only the rules a page can use, so its
 * first view fits in one round trip (about 14 KB gzipped): PurgeCSS drops every rule whose
 * selector names a class, id, element or attribute that neither the page nor the scripts it loads
 * mention, every custom property nothing uses, and unused keyframes. States (`:hover`,
 * `:focus-visible`, `:checked`) and media queries (`prefers-reduced-motion`, `forced-colors`,
 * print) stay with the rules they belong to.
 *
 * What the page's scripts render after they run (the explainer's error summary and outcome, the
 * directory's filters, the search results) is kept because the scripts' code is read with the
 * page: a class or value named in the code counts as used. The saved copy's offer, fetched after
 * load from a file of its own, only shows and hides steps that are all in the page's HTML.
 */

/** The words PurgeCSS matches selectors against: class names, ids, tags, attribute names and values. */
const wordsOf = (text: string): string[] => text.match(/[\w-]+/g) ?? [];

/**
 * Attributes the browser itself sets, with no script to read: `open` on a details element the
 * reader opens (the header's menu and "Help now"). Rules that test them are always kept.
 */
const browserSetAttributes = ['open'];

/**
 * Attributes a script sets through `dataset` (so the attribute's name is never written out in the
 * code): the explainer's "Print the questions" (`data-printing`).
 */
const datasetAttributes = ['data-printing'];

/**
 * PurgeCSS drops a selector made only of pseudo-classes (`:focus-visible`, or the `:not(:last-child)`
 * inside Designsystemet's `li:where(:not(:last-child))`), though it matches. Listing pseudo-classes
 * as safe makes each one count as present, while the class, element or attribute beside it must
 * still be on the page. `:is()`, `:where()` and `:has()` are left out: PurgeCSS checks the
 * selectors inside them.
 */
const pseudoClass = /^::?(?!is\(|where\(|has\()[a-z-]+(\(.*\))?$/;

/**
 * PurgeCSS also prunes the selectors inside `:where()` when that sits inside `:not()`, which can
 * leave `:not(select:where())`: invalid, so the browser drops the whole rule (Designsystemet's
 * `.ds-input:not([size],[cols],select:where([data-width=auto])) { width: 100% }`). What a `:not()`
 * lists is only ever excluded, so it never needs pruning: each one's text is swapped for a
 * placeholder class the page counts as present, and put back afterwards.
 */
const negationPlaceholder = (index: number) => `prune-kept-negation-${index}`;

function hideNegations(css: string): { css: string; negations: string[] } {
	const negations: string[] = [];
	let out = '';
	let from = 0;
	for (let start = css.indexOf(':not(', from); start !== -1; start = css.indexOf(':not(', from)) {
		let depth = 0;
		let end = start + ':not('.length;
		for (; end < css.length; end += 1) {
			if (css[end] === '(') depth += 1;
			else if (css[end] === ')' && depth-- === 0) break;
		}
		out += `${css.slice(from, start)}:not(.${negationPlaceholder(negations.length)})`;
		negations.push(css.slice(start + ':not('.length, end));
		from = end + 1;
	}
	return { css: out + css.slice(from), negations };
}

function restoreNegations(css: string, negations: string[]): string {
	return css.replace(
		/\.prune-kept-negation-(\d+)/g,
		(_, index: string) => negations[Number(index)]!,
	);
}

/**
 * Elements that code other than the page's own puts on it: Pagefind's result excerpts wrap the
 * words found in `<mark>`.
 */
const insertedElements = ['mark'];

const styleElement = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g;

const hash = (text: string) => createHash('sha1').update(text).digest('hex');

/** Each distinct stylesheet, prepared once: its negations hidden, and its words. */
const stylesheets = new Map<string, { css: string; negations: string[]; words: Set<string> }>();
/** Pruned stylesheets by stylesheet and the words that decided them: most pages share one. */
const pruned = new Map<string, Promise<string>>();

async function prune(css: string, pageWords: Set<string>): Promise<string> {
	const cssKey = hash(css);
	let stylesheet = stylesheets.get(cssKey);
	if (!stylesheet) {
		const hidden = hideNegations(css);
		stylesheet = { ...hidden, words: new Set(wordsOf(hidden.css)) };
		stylesheets.set(cssKey, stylesheet);
	}
	const { words, negations } = stylesheet;
	// The words of the page that the stylesheet also has decide the result, so pages with the same
	// ones (most services, most articles) share one run of PurgeCSS.
	const deciding = [
		...[...pageWords, ...insertedElements].filter((word) => words.has(word)),
		...negations.map((_, index) => negationPlaceholder(index)),
	].sort();
	const key = `${cssKey} ${hash(deciding.join(' '))}`;
	let result = pruned.get(key);
	if (!result) {
		result = new PurgeCSS()
			.purge({
				content: [{ raw: deciding.join(' '), extension: 'txt' }],
				css: [{ raw: stylesheet.css }],
				defaultExtractor: wordsOf,
				variables: true,
				keyframes: true,
				fontFace: true,
				dynamicAttributes: [...browserSetAttributes, ...datasetAttributes],
				safelist: { standard: [pseudoClass] },
			})
			.then(([output]) => restoreNegations(output?.css ?? stylesheet.css, negations));
		pruned.set(key, result);
	}
	return result;
}

/**
 * A page with each of its `<style>` elements holding only the rules the page and its scripts can
 * use. `scripts` is the code of every script the page loads (read by the caller from the build).
 */
export async function pruneStyles(html: string, scripts: string[]): Promise<string> {
	const styles = [...html.matchAll(styleElement)];
	if (styles.length === 0) return html;
	const pageWords = new Set([
		...wordsOf(html.replace(styleElement, '')),
		...scripts.flatMap(wordsOf),
	]);
	const prunedStyles = await Promise.all(styles.map(([, , css]) => prune(css!, pageWords)));
	let index = 0;
	return html.replace(
		styleElement,
		(_, open: string, _css: string, close: string) => `${open}${prunedStyles[index++]}${close}`,
	);
}

/** Each page's inline styles before pruning: the page's file → the keys of its styles, in order. */
export interface UnprunedStyles {
	styles: Record<string, string>;
	pages: Record<string, string[]>;
}

/**
 * Where the build keeps them, for the test that compares every template with and without
 * pruning: in Astro's cache folder, never in the published site.
 */
export const unprunedStylesFile = (cacheDir: string) => join(cacheDir, 'unpruned-styles.json');
