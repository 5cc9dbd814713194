import { locales, type Locale } from '../../i18n/locales.ts';

/**
 * The locale to send a visitor to from `/`, from the browser's language list in order of preference.
 * Returns `undefined` when none of the visitor's languages is offered.
 * @example preferredLocale(['sv-SE', 'en-US', 'nb']) // 'en'
 */
export function preferredLocale(browserLanguages: readonly string[]): Locale | undefined {
	for (const tag of browserLanguages) {
		const primary = tag.toLowerCase().split('-')[0]!;
		const match = locales.find((locale) =>
			(locale.browserLanguages as readonly string[]).includes(primary),
		);
		if (match) return match.code;
	}
	return undefined;
}
