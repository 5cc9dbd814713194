import { describe, expect, test } from 'vitest';
import { fallbackChain, textLocaleFor } from '~/i18n/locales.ts';
import { localized, localizedPart } from '~/lib/i18n/localized-text.ts';

describe('fallbackChain()', () => {
	test('a Nynorsk reader gets Bokmål before English; an English reader gets Bokmål', () => {
		expect(fallbackChain('nn')).toEqual(['nn', 'nb', 'en']);
		expect(fallbackChain('en')).toEqual(['en', 'nb']);
		expect(fallbackChain('nb')).toEqual(['nb']);
	});
});

describe('textLocaleFor()', () => {
	test('picks the reader’s own text, else the first fallback that has one', () => {
		expect(textLocaleFor('nn', () => true)).toBe('nn');
		expect(textLocaleFor('nn', (locale) => locale !== 'nn')).toBe('nb');
		expect(textLocaleFor('nn', (locale) => locale === 'en')).toBe('en');
		expect(textLocaleFor('nb', (locale) => locale === 'en')).toBe('en');
		expect(textLocaleFor('nb', () => false)).toBeUndefined();
	});
});

describe('localizedPart()', () => {
	test('gives the reader’s own text with no lang of its own', () => {
		expect(localizedPart({ nb: 'Ansvar', nn: 'Ansvar', en: 'Responsibility' }, 'en')).toEqual({
			value: 'Responsibility',
			locale: 'en',
			isFallback: false,
			lang: undefined,
		});
	});

	test('gives a Nynorsk reader the Bokmål text, marked nb-NO, when Nynorsk is missing', () => {
		expect(localizedPart({ nb: 'Gratis rettshjelp', en: 'Free legal aid' }, 'nn')).toEqual({
			value: 'Gratis rettshjelp',
			locale: 'nb',
			isFallback: true,
			lang: 'nb-NO',
		});
		expect(localized({ nb: 'Gratis rettshjelp' }, 'en')).toBe('Gratis rettshjelp');
	});
});
