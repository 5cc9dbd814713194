import { describe, expect, test } from 'vitest';
import { isSnapshotStale, latestDayOf } from '~/lib/countries/snapshot.ts';

const today = new Date('2026-11-23T00:00:00Z');

describe('latestDayOf()', () => {
	test.each([
		['2021', '2021-12-31'],
		['2024-02', '2024-02-29'],
		['2017-01-01', '2017-01-01'],
	])('%s ends on %s', (date, expected) => {
		expect(latestDayOf(date).toISOString().slice(0, 10)).toBe(expected);
	});
});

describe('isSnapshotStale()', () => {
	test('a snapshot over 24 months old is stale', () => {
		expect(isSnapshotStale('2017-01-01', today)).toBe(true);
		expect(isSnapshotStale('2024-11-22', today)).toBe(true);
	});

	test('a snapshot from the last 24 months is not', () => {
		expect(isSnapshotStale('2024-11-23', today)).toBe(false);
		expect(isSnapshotStale('2026-11-23', today)).toBe(false);
	});

	test('a year counts until its last day', () => {
		expect(isSnapshotStale('2024', today)).toBe(false);
		expect(isSnapshotStale('2023', today)).toBe(true);
	});
});
