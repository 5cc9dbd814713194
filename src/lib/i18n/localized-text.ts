import { fallbackChain, localeConfig, type Locale } from '../../i18n/locales.ts';

/** Text in some of the configured locales, the source locale's always among them. */
export type LocalizedValue<T> = { readonly [L in Locale]?: T };

/** One locale's reading of a localised field: its own text, or a fallback's. */
export interface LocalizedPart<T = string> {
	value: T;
	/** The language `value` is written in. */
	locale: Locale;
	/** True when the reader's locale has no text of its own and `value` is a fallback's. */
	isFallback: boolean;
	/** The `lang` attribute the text needs inside a page in the reader's locale; none when it is theirs. */
	lang: string | undefined;
}

/**
 * A localised field as a reader of `locale` gets it: their locale's text, else the first of its
 * fallbacks that has one (`src/i18n/locales.ts`).
 * @example localizedPart({ nb: 'Gratis rettshjelp' }, 'nn') // { value: 'Gratis rettshjelp', locale: 'nb', isFallback: true, lang: 'nb-NO' }
 */
export function localizedPart<T>(field: LocalizedValue<T>, locale: Locale): LocalizedPart<T> {
	for (const candidate of fallbackChain(locale)) {
		const value = field[candidate];
		if (value !== undefined)
			return {
				value,
				locale: candidate,
				isFallback: candidate !== locale,
				lang: candidate === locale ? undefined : localeConfig(candidate).bcp47,
			};
	}
	// The schema requires the source locale's text, which every fallback list ends in or leads to.
	throw new Error(`A localised field has no text for ${fallbackChain(locale).join(', ')}.`);
}

/**
 * The text of a localised field for a reader of `locale`, falling back as `localizedPart` does;
 * for places that cannot mark another language (titles, feeds, data files).
 * @example localized({ nb: 'Ansvar', en: 'Responsibility' }, 'nn') // 'Ansvar'
 */
export function localized<T>(field: LocalizedValue<T>, locale: Locale): T {
	return localizedPart(field, locale).value;
}
