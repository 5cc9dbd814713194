import { localeConfig, type Locale } from '../../i18n/locales.ts';

/**
 * A calendar date in the reader's language: "22. november 2026" / "22 November 2026".
 * Dates are stored at UTC midnight, so they are formatted in UTC to stay on the same day.
 */
export function formatDate(date: Date, locale: Locale): string {
	return formatter(locale, 'date').format(date);
}

// Making an Intl.DateTimeFormat costs far more than using one; a build formats thousands of dates.
// Dates are stored at UTC midnight, so both kinds format in UTC.
const formatOptions = {
	date: { dateStyle: 'long', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: keyof typeof formatOptions): Intl.DateTimeFormat {
	const key = `${locale}:${kind}`;
	let known = formatters.get(key);
	if (!known) {
		known = new Intl.DateTimeFormat(localeConfig(locale).bcp47, formatOptions[kind]);
		formatters.set(key, known);
	}
	return known;
}

/**
 * A date as precise as its source: a year, a month and year, or a full date.
 * @example formatPartialDate('2006-01', 'nb') // "januar 2006"
 */
export function formatPartialDate(value: string, locale: Locale): string {
	const [year, month, day] = value.split('-').map(Number);
	if (month === undefined) return String(year);
	const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
	if (day === undefined) {
		return formatter(locale, 'month').format(date);
	}
	return formatDate(date, locale);
}

/** A whole number with the locale's digit grouping: "8 150" / "8,150". */
export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(localeConfig(locale).bcp47).format(value);
}

/**
 * A language code's name in the reader's language: "norsk bokmål", "English"; `capitalised` for the
 * start of a line or a list item.
 */
export function languageName(code: string, locale: Locale, { capitalised = true } = {}): string {
	const { bcp47 } = localeConfig(locale);
	const name = new Intl.DisplayNames([bcp47], { type: 'language' }).of(code) ?? code;
	return capitalised ? name.charAt(0).toLocaleUpperCase(bcp47) + name.slice(1) : name;
}
