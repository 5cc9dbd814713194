import { defaultLocale } from '../../i18n/locales.ts';

/**
 * Whether a content file is published. One rule for the content check and Astro's loaders, so a
 * file the check lets through half-written is never one that Astro tries to render.
 */

/** True when an entry is a draft (`draft: true`): checked, published in no language. */
export function isDraft(data: unknown): boolean {
	return (data as { draft?: unknown } | undefined)?.draft === true;
}

/** The fields that hold a page's own words in its language. */
const ownTextFields = ['title', 'name', 'description'];

/**
 * True when a twin in a translation's folder has none of its own words: no title or name and no
 * description. The editors' form writes such a file for every language when an entry is saved,
 * with only the fields all languages share (dates, countries); it is a translation not begun.
 */
export function isUnwrittenTwin(data: unknown, locale: string | undefined): boolean {
	if (locale === undefined || locale === defaultLocale) return false;
	const record = (data ?? {}) as Record<string, unknown>;
	return !ownTextFields.some(
		(field) => typeof record[field] === 'string' && (record[field] as string).trim() !== '',
	);
}

/**
 * True when a file is a twin not translated yet (`needsTranslation: true`, or no words of its own
 * yet): readers of its language see a fallback's text with a notice instead.
 */
export function isUntranslated(data: unknown, locale?: string): boolean {
	return (
		(data as { needsTranslation?: unknown } | undefined)?.needsTranslation === true ||
		isUnwrittenTwin(data, locale)
	);
}

/** True when a file is published in its own language; `locale` is its folder, for twins. */
export function isPublishedFile(data: unknown, locale?: string): boolean {
	return !isDraft(data) && !isUntranslated(data, locale);
}
