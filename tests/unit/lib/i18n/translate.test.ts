import { describe, expect, test } from 'vitest';
import { uiTemplate, useTranslations } from '~/lib/i18n/translate.ts';

describe('useTranslations()', () => {
	test('returns the string in the asked locale', () => {
		expect(useTranslations('nb')('breadcrumbs.home')).toBe('Forside');
		expect(useTranslations('en')('breadcrumbs.home')).toBe('Home');
	});

	test('fills in placeholders without HTML-escaping them (Astro escapes on output)', () => {
		expect(useTranslations('en')('page.lastReviewed', { date: '1 May & 2 May' })).toBe(
			'Last reviewed 1 May & 2 May',
		);
	});

	test('throws, naming key and file, when a placeholder gets no value', () => {
		expect(() => useTranslations('en')('page.lastReviewed')).toThrow(
			'UI string "page.lastReviewed" in src/i18n/en.json needs a value for {{date}}.',
		);
	});

	test('throws when a key does not exist', () => {
		// @ts-expect-error: the key is deliberately not declared.
		expect(() => useTranslations('nb')('no.such.key')).toThrow(
			'UI string "no.such.key" is missing from src/i18n/nb.json.',
		);
	});
});

describe('plural strings', () => {
	test('pick _one or _other from the count', () => {
		const t = useTranslations('en');
		expect(t('directory.filters.count', { count: 1, total: 5 })).toBe('Showing 1 of 5 services');
		expect(t('directory.filters.count', { count: 3, total: 5 })).toBe('Showing 3 of 5 services');
	});

	test('can be handed to an island with placeholders left in', () => {
		expect(uiTemplate('nb', 'directory.filters.count_other')).toBe(
			'Viser {{count}} av {{total}} tjenester',
		);
	});
});
