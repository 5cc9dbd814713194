import { describe, expect, test } from 'vitest';
import { comparisonRows } from '~/lib/countries/comparison.ts';
import { validateContent } from '~/lib/content/validate-content.ts';
import type { CountryData } from '~/schemas/country.ts';

const countries = validateContent('content')
	.entries.filter((entry) => entry.collection === 'countries' && entry.locale === 'en')
	.map((entry) => ({
		data: entry.parsed as unknown as CountryData,
		url: `/en/countries/${entry.key}/`,
	}));
const rows = comparisonRows(countries, 'en', { model: (model) => model, date: (date) => date });

describe('the country comparison table', () => {
	test('has a row for Norway, Portugal and the other countries in the reference, in alphabetical order', () => {
		expect(rows.map((row) => row.name)).toEqual([
			'Canada',
			'Ireland',
			'Norway',
			'Portugal',
			'Scotland',
			'United States',
		]);
	});

	test('shows the sourced figures, and null where no source gives a number', () => {
		expect(rows.find((row) => row.name === 'Norway')).toMatchObject({
			model: 'drug-treatment-court',
			yearStarted: 2006,
			treatmentCourts: 14,
			snapshotDate: '2017-01-01',
		});
		expect(rows.find((row) => row.name === 'Portugal')).toMatchObject({
			model: 'decriminalisation',
			yearStarted: 2001,
			treatmentCourts: null,
		});
		expect(rows.find((row) => row.name === 'United States')).toMatchObject({
			yearStarted: 1989,
			treatmentCourts: null,
		});
	});

	test('sorts snapshot dates given as a year as the end of that year', () => {
		expect(rows.find((row) => row.name === 'Canada')?.snapshotSortKey).toBe('2021-12-31');
	});
});
