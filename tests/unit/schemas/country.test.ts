import { describe, expect, test } from 'vitest';
import { countrySchema } from '~/schemas/country.ts';
import { makeCountry } from './make.ts';

function firstIssue(overrides: Record<string, unknown>) {
	return countrySchema.safeParse(makeCountry(overrides)).error?.issues[0];
}

describe('countrySchema', () => {
	test('accepts an unknown number of courts as null', () => {
		expect(countrySchema.parse(makeCountry()).treatmentCourts).toBeNull();
	});

	test('rejects a negative number of courts', () => {
		expect(firstIssue({ treatmentCourts: -1 })).toMatchObject({
			path: ['treatmentCourts'],
			message: 'cannot be negative; write null when unknown',
		});
	});

	test('rejects a guess written as text', () => {
		expect(firstIssue({ treatmentCourts: 'about 14' })?.path).toEqual(['treatmentCourts']);
	});

	test('rejects an unknown model', () => {
		expect(firstIssue({ model: 'legalisation' })).toMatchObject({
			path: ['model'],
			message: 'expected one of: drug-treatment-court, decriminalisation, both',
		});
	});

	test('rejects a bad snapshot date', () => {
		expect(firstIssue({ snapshotDate: '1-1-2017' })?.path).toEqual(['snapshotDate']);
	});

	test('accepts a snapshot date as precise as its source', () => {
		expect(countrySchema.parse(makeCountry({ snapshotDate: 2021 })).snapshotDate).toBe('2021');
	});

	test.each(['no', 'Norway', 'GB-'])('rejects the country code %j', (code) => {
		expect(firstIssue({ code })?.path).toEqual(['code']);
	});

	test('accepts key dates as precise as their source', () => {
		const country = countrySchema.parse(
			makeCountry({ keyDates: [{ date: 2006, title: 'Prøveordning i Oslo og Bergen' }] }),
		);
		expect(country.keyDates[0]?.date).toBe('2006');
	});
});
