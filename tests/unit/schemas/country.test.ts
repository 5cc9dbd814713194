import { describe, expect, test } from 'vitest';
import { countrySchema } from '~/schemas/country.ts';
import { makeCountry } from './make.ts';

function firstIssue(overrides: Record<string, unknown>) {
	return countrySchema.safeParse(makeCountry(overrides)).error?.issues[0];
}

describe('countrySchema', () => {
	test('tells an unknown number of courts apart from none by design', () => {
		expect(countrySchema.parse(makeCountry()).treatmentCourts).toBe('unknown');
		expect(
			countrySchema.parse(makeCountry({ treatmentCourts: 'not-applicable' })).treatmentCourts,
		).toBe('not-applicable');
	});

	test('takes a figure with its own date and a qualifier', () => {
		expect(
			countrySchema.parse(
				makeCountry({ treatmentCourts: { value: 14, asOf: 2017, qualifier: 'for now' } }),
			).treatmentCourts,
		).toEqual({ value: 14, asOf: '2017', qualifier: 'for now' });
	});

	test('rejects a figure without its date', () => {
		expect(firstIssue({ treatmentCourts: { value: 14 } })?.path[0]).toBe('treatmentCourts');
	});

	test('rejects a guess written as text', () => {
		expect(firstIssue({ treatmentCourts: 'about 14' })?.path).toEqual(['treatmentCourts']);
	});

	test('rejects an unknown model, naming the allowed ones', () => {
		expect(firstIssue({ model: 'legalisation' })).toMatchObject({
			path: ['model'],
			message:
				'expected one of, or a list of: drug-treatment-court, court-supervised-programme, treatment-orders, decriminalisation',
		});
	});

	test('takes several models as a list', () => {
		expect(
			countrySchema.parse(makeCountry({ model: ['drug-treatment-court', 'treatment-orders'] }))
				.model,
		).toEqual(['drug-treatment-court', 'treatment-orders']);
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
