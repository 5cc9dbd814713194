/**
 * The site's locales, configured once. Adding a language means adding an entry here,
 * a `src/i18n/<code>.json` file with every UI string, and content in `content/<collection>/<code>/`.
 * Content that is not translated yet falls back, page by page and field by field, along `fallback`.
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
		browserLanguages: ['nb', 'no'],
		/**
		 * Where a text missing in this locale is taken from, in order. The source locale has none:
		 * every text is written in it first.
		 */
		fallback: [],
	},
	{
		code: 'en',
		bcp47: 'en-GB',
		ogLocale: 'en_GB',
		browserLanguages: ['en'],
		fallback: ['nb'],
	},
	{
		code: 'nn',
		bcp47: 'nn-NO',
		ogLocale: 'nn_NO',
		browserLanguages: ['nn'],
		// A Nynorsk reader reads Bokmål more easily than English.
		fallback: ['nb', 'en'],
	},
] as const satisfies readonly {
	code: string;
	bcp47: string;
	ogLocale: string;
	browserLanguages: readonly string[];
	fallback: readonly string[];
}[];

export type LocaleConfig = (typeof locales)[number];
export type Locale = LocaleConfig['code'];

/** The source locale: translations are compared against it, and `/` and `x-default` point to it. */
export const defaultLocale = 'nb' satisfies Locale;

export const localeCodes: Locale[] = locales.map((locale) => locale.code);

/** True when `value` is one of the configured locale codes. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

/**
 * The locales a text is looked for in, for a reader of `code`: its own, then its fallbacks.
 * @example fallbackChain('nn') // ['nn', 'nb', 'en']
 */
export function fallbackChain(code: Locale): Locale[] {
	return [code, ...(localeConfig(code).fallback as readonly Locale[])];
}

/**
 * The locale whose text a reader of `code` gets when only the locales `has` accepts have one: their
 * own, else the first of their fallbacks, else the source locale; undefined when none has it.
 * @example textLocaleFor('nn', (locale) => locale === 'en') // 'en'
 */
export function textLocaleFor(code: Locale, has: (locale: Locale) => boolean): Locale | undefined {
	return [...fallbackChain(code), defaultLocale as Locale, ...localeCodes].find(has);
}

/** The configuration of one locale. */
export function localeConfig(code: Locale): LocaleConfig {
	const config = locales.find((locale) => locale.code === code);
	if (!config) throw new Error(`Unknown locale "${code}". Add it to src/i18n/locales.ts.`);
	return config;
}
