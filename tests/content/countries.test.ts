import { describe, expect, test } from 'vitest';
import { comparisonRows } from '~/lib/countries/comparison.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { realContent } from '../support/real-content.ts';
import type { CountryData } from '~/schemas/country.ts';

// Reads the snapshots rather than listing them, so adding a country never breaks this test.
const countries = realContent()
	.entries.filter((entry) => entry.collection === 'countries' && entry.locale === 'en')
	.map((entry) => ({
		data: entry.parsed as unknown as CountryData,
		url: `/en/countries/${entry.key}/`,
	}));
const t = useTranslations('en');
const rows = comparisonRows(countries, 'en', t, new Date('2026-12-01'));

describe('the country comparison table', () => {
	test('has one row per published snapshot, in alphabetical order', () => {
		expect(rows).toHaveLength(countries.length);
		const names = rows.map((row) => row.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});

	test('shows every figure with the year it is from, or says it is unknown or does not apply', () => {
		for (const { data } of countries) {
			const row = rows.find((item) => item.name === data.name)!;
			if (typeof data.treatmentCourts === 'object') {
				expect(row.treatmentCourts.value).toBe(data.treatmentCourts.value);
				expect(row.treatmentCourts.text).toContain(data.treatmentCourts.asOf.slice(0, 4));
			} else {
				expect(row.treatmentCourts.value).toBeNull();
				expect(row.treatmentCourts.text).toBe(
					t(data.treatmentCourts === 'unknown' ? 'countries.unknown' : 'countries.notApplicable'),
				);
			}
		}
	});

	test('marks a snapshot whose newest figure is more than two years old', () => {
		for (const row of rows) {
			const year = Number(row.snapshotSortKey.slice(0, 4));
			if (year <= 2023) expect(row.snapshotStale, row.name).toBe(true);
			if (year >= 2025) expect(row.snapshotStale, row.name).toBe(false);
		}
	});
});
