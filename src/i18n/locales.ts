/**
 * The site's locales, configured once. Adding a language means adding an entry here,
 * a `src/i18n/<code>.json` file with every UI string, and content in `content/<collection>/<code>/`.
 */
export const locales = [
	{
		/** URL prefix and content folder name. */
		code: 'nb',
		/** BCP 47 tag for `<html lang>`, `hreflang` and `Intl` formatting. */
		bcp47: 'nb-NO',
		/** Open Graph locale. */
		ogLocale: 'nb_NO',
		/** Browser language codes (primary subtags) that should land on this locale from `/`. */
		browserLanguages: ['nb', 'no', 'nn'],
	},
	{
		code: 'en',
		bcp47: 'en-GB',
		ogLocale: 'en_GB',
		browserLanguages: ['en'],
	},
] as const;

export type LocaleConfig = (typeof locales)[number];
export type Locale = LocaleConfig['code'];

/** The source locale: translations are compared against it, and `/` and `x-default` point to it. */
export const defaultLocale: Locale = 'nb';

export const localeCodes: Locale[] = locales.map((locale) => locale.code);

/** True when `value` is one of the configured locale codes. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

/** The configuration of one locale. */
export function localeConfig(code: Locale): LocaleConfig {
	const config = locales.find((locale) => locale.code === code);
	if (!config) throw new Error(`Unknown locale "${code}". Add it to src/i18n/locales.ts.`);
	return config;
}
