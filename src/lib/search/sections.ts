import type { TranslationKey } from '../i18n/translate.ts';

/** The kinds of page search can find; each is a Pagefind filter and a chip on the search page. */
export const searchSections = ['page', 'news', 'country', 'service', 'explainer'] as const;
export type SearchSection = (typeof searchSections)[number];

/** The UI string that names a section, in results and on its filter chip. */
export function sectionLabelKey(section: SearchSection): TranslationKey {
	return `search.section.${section}` as TranslationKey;
}

/**
 * Where one language's search vocabulary is written (see vocabulary.ts), under the base path.
 * @example vocabularyFile('nb-NO') // 'search/words.nb-NO.json'
 */
export function vocabularyFile(bcp47: string): string {
	return `search/words.${bcp47}.json`;
}
