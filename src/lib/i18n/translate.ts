import i18next, { type i18n } from 'i18next';
import { defaultLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import { uiStringsSchema, type UiStringKey, type UiStrings } from '../../i18n/schema.ts';
import { uiStringFiles } from '../../i18n/ui-string-files.ts';
import { placeholdersIn } from './placeholders.ts';

type PluralBase<Key> = Key extends `${infer Base}_other` ? Base : never;

/** A key as `t()` takes it: a declared key, or the base of a `_one`/`_other` plural pair. */
export type TranslationKey = UiStringKey | PluralBase<UiStringKey>;

export type TranslationValues = Record<string, string | number>;

/** Reads and checks `src/i18n/<locale>.json`; a missing or incomplete file stops the build. */
export function loadUiStrings(locale: Locale): UiStrings {
	const file = uiStringFiles[locale];
	if (!file) {
		throw new Error(
			`Missing src/i18n/${locale}.json. Copy src/i18n/${defaultLocale}.json, translate it, and import it in src/i18n/ui-string-files.ts.`,
		);
	}
	const result = uiStringsSchema.safeParse(file);
	if (!result.success) {
		const problems = result.error.issues.map((issue) =>
			issue.code === 'unrecognized_keys'
				? `unknown keys ${issue.keys.join(', ')}: declare them in src/i18n/schema.ts or remove them`
				: `"${issue.path.join('.')}": ${issue.message === 'expected text' ? 'missing' : issue.message}`,
		);
		throw new Error(`src/i18n/${locale}.json is not complete:\n- ${problems.join('\n- ')}`);
	}
	return result.data;
}

let instance: i18n | undefined;

function getInstance(): i18n {
	if (instance) return instance;
	instance = i18next.createInstance();
	instance.init({
		resources: Object.fromEntries(
			localeCodes.map((locale) => [locale, { translation: loadUiStrings(locale) }]),
		),
		lng: defaultLocale,
		fallbackLng: false,
		// Keys are flat ("nav.home"), so dots and colons are part of the key, not separators.
		keySeparator: false,
		nsSeparator: false,
		// Astro escapes text when it renders it; escaping here too would show "&amp;".
		interpolation: { escapeValue: false },
		initAsync: false,
	});
	return instance;
}

/**
 * Returns `t(key, values)` for one locale. Throws, naming the key and the file, when a key is missing
 * or a `{{placeholder}}` in the string gets no value, so a broken string fails the build.
 * @example const t = useTranslations('nb'); t('page.lastReviewed', { date: '1. mai 2026' })
 */
export function useTranslations(locale: Locale): Translate {
	const cached = translators.get(locale);
	if (cached) return cached;
	const i18n = getInstance();
	const fixedT = i18n.getFixedT(locale);
	// The strings do not change during a build, and most calls pass no values: remember those
	// answers (i18next's lookup was about a twentieth of a build's time on 1,500 pages).
	const plain = new Map<string, string>();
	// The placeholders each key's string needs, found once per key.
	const placeholders = new Map<string, string[]>();
	const placeholdersOf = (key: TranslationKey): string[] => {
		const known = placeholders.get(key);
		if (known) return known;
		// A plural base ("directory.filters.count") exists only as its _one/_other forms.
		const rawKey = i18n.exists(key, { lng: locale }) ? key : `${key}_other`;
		if (!i18n.exists(rawKey, { lng: locale })) {
			throw new Error(`UI string "${key}" is missing from src/i18n/${locale}.json.`);
		}
		const names = placeholdersIn(String(i18n.getResource(locale, 'translation', rawKey)));
		placeholders.set(key, names);
		return names;
	};
	const t = function t(key: TranslationKey, values: TranslationValues = {}): string {
		const withoutValues = Object.keys(values).length === 0;
		if (withoutValues) {
			const known = plain.get(key);
			if (known !== undefined) return known;
		}
		const missing = placeholdersOf(key).filter((name) => !(name in values));
		if (missing.length > 0) {
			throw new Error(
				`UI string "${key}" in src/i18n/${locale}.json needs a value for {{${missing.join('}}, {{')}}}.`,
			);
		}
		const text = fixedT(key, values);
		if (withoutValues) plain.set(key, text);
		return text;
	};
	translators.set(locale, t);
	return t;
}

export type Translate = (key: TranslationKey, values?: TranslationValues) => string;

const translators = new Map<Locale, Translate>();

/**
 * A UI string with its `{{placeholders}}` left in, for an island that fills them in itself
 * (for example a result count that changes as the reader filters).
 * @example uiTemplate('en', 'directory.filters.count_other') // 'Showing {{count}} of {{total}} services'
 */
export function uiTemplate(locale: Locale, key: UiStringKey): string {
	const value = getInstance().getResource(locale, 'translation', key);
	if (typeof value !== 'string')
		throw new Error(`UI string "${key}" is missing from src/i18n/${locale}.json.`);
	return value;
}
