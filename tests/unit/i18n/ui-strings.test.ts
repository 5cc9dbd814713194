import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '~/i18n/locales.ts';
import { uiStringDescriptions } from '~/i18n/schema.ts';
import { placeholdersIn } from '~/lib/i18n/placeholders.ts';
import { loadUiStrings } from '~/lib/i18n/translate.ts';

const source = loadUiStrings(defaultLocale);

describe.each(localeCodes)('src/i18n/%s.json', (locale) => {
	const strings = loadUiStrings(locale);

	test('has exactly the keys the schema declares, none empty', () => {
		expect(Object.keys(strings).sort()).toEqual(Object.keys(uiStringDescriptions).sort());
		for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
	});

	test(`uses the same {{placeholders}} as ${defaultLocale}`, () => {
		for (const [key, value] of Object.entries(strings)) {
			expect(placeholdersIn(value), key).toEqual(
				placeholdersIn(source[key as keyof typeof source]),
			);
		}
	});
});

test('every declared key says what it is for', () => {
	for (const [key, description] of Object.entries(uiStringDescriptions)) {
		expect(description.length, key).toBeGreaterThan(10);
	}
});
