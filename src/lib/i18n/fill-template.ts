/**
 * Fills `{{name}}` placeholders in a UI string that was passed to an island with its placeholders
 * left in (`uiTemplate`). Islands run in the browser without i18next, so they share this instead.
 * @example fillTemplate('Question {{number}}', { number: 3 }) // 'Question 3'
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * Picks the `_one` or `_other` form of a plural string for a count by the language's plural rules,
 * then fills it, with `{{count}}` set to the count.
 * @example pluralTemplate('en-GB', 1, { one: '{{count}} result', other: '{{count}} results' }) // '1 result'
 */
export function pluralTemplate(
	lang: string,
	count: number,
	forms: { one: string; other: string },
	values: Record<string, string | number> = {},
): string {
	const form = new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
	return fillTemplate(form, { count, ...values });
}
