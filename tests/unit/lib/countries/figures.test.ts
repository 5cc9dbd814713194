import { describe, expect, test } from 'vitest';
import { figureView, seriesView } from '~/lib/countries/figures.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { countrySeriesSchema } from '~/schemas/country.ts';

const t = useTranslations('en');
const today = new Date('2026-12-01T00:00:00Z');

describe('figureView()', () => {
	test('gives a figure with its year, and marks it when it is more than two years old', () => {
		expect(figureView({ value: 14, asOf: '2017', qualifier: 'for now' }, 'en', t, today)).toEqual({
			text: '14 (2017)',
			qualifier: 'for now',
			stale: true,
			value: 14,
		});
		expect(figureView({ value: 4276, asOf: '2025-06' }, 'en', t, today).stale).toBe(false);
	});

	test('tells "not applicable" apart from "unknown"', () => {
		expect(figureView('not-applicable', 'en', t, today).text).toBe('Not applicable');
		expect(figureView('unknown', 'en', t, today).text).toBe('Unknown');
	});
});

describe('seriesView()', () => {
	const series = countrySeriesSchema.parse({
		id: 'sentences',
		title: 'Sentences started',
		points: [
			{ year: 2016, value: 32, source: 'https://example.test/a' },
			{ year: 2018, value: 157, source: 'https://example.test/a' },
			{ year: 2019, value: 120, source: 'https://example.test/a', label: '2019–20' },
		],
	});

	test('says in words what the chart shows: first, last and highest point', () => {
		expect(seriesView(series, 'en', t).summary).toBe(
			'32 in 2016 and 120 in 2019–20. Highest: 157 in 2018.',
		);
	});
});
