import { localeCodes, type Locale } from '../../i18n/locales.ts';
import type { Alternate } from './twins.ts';

/**
 * Alternates for a page that exists in every locale, such as the home page or a section index.
 * @example sectionAlternates((locale) => localizedPath(locale))
 */
export function alternatesFor(pathFor: (locale: Locale) => string): Alternate[] {
	return localeCodes.map((locale) => ({ locale, url: pathFor(locale), translated: true }));
}
