import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.ts';

const norwegianStandards: string[] = ['nb', 'nn'];

/** A field holding one text per language (`{ nb: …, en: …, nn: … }`), the source language's among them. */
function isLocalizedText(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	return keys.includes(defaultLocale) && keys.every(isLocale);
}

/**
 * The fields of a data file (services, glossary, the programme, legal changes) that have no text
 * of their own in `locale`, so its readers see a fallback's. Paths are as an editor finds them in
 * the file: `description`, `phones.0.description`.
 * @example untranslatedFields({ name: { nb: 'Jussbuss', en: 'Jussbuss' } }, 'nn') // ['name']
 */
export function untranslatedFields(data: unknown, locale: Locale, path: string[] = []): string[] {
	if (locale === defaultLocale || typeof data !== 'object' || data === null) return [];
	// A legal name is Norwegian on every language's page; only Norway's two written standards have one.
	if (path.at(-1) === 'norwegianName' && !norwegianStandards.includes(locale)) return [];
	if (isLocalizedText(data)) {
		const own = data[locale];
		return own === undefined || own === '' ? [path.join('.')] : [];
	}
	return Object.entries(data).flatMap(([key, value]) =>
		untranslatedFields(value, locale, [...path, key]),
	);
}
