import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber, formatPartialDate } from '~/lib/i18n/format.ts';

const reviewDay = new Date('2026-11-22T00:00:00Z');

describe('formatDate()', () => {
	test('writes the date the way each language does', () => {
		expect(formatDate(reviewDay, 'nb')).toBe('22. november 2026');
		expect(formatDate(reviewDay, 'en')).toBe('22 November 2026');
	});
});

describe('formatPartialDate()', () => {
	test('keeps a year as a year', () => {
		expect(formatPartialDate('2006', 'nb')).toBe('2006');
	});

	test('writes a month and year', () => {
		expect(formatPartialDate('2006-01', 'nb')).toBe('januar 2006');
		expect(formatPartialDate('2006-01', 'en')).toBe('January 2006');
	});

	test('writes a full date', () => {
		expect(formatPartialDate('2021-06-03', 'en')).toBe('3 June 2021');
	});
});

describe('formatNumber()', () => {
	test('groups digits per language', () => {
		expect(formatNumber(8150, 'en')).toBe('8,150');
		expect(formatNumber(8150, 'nb')).toBe('8\u00a0150');
	});
});
