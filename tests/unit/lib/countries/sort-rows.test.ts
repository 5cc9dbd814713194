import { describe, expect, test } from 'vitest';
import { sortRows } from '~/lib/countries/sort-rows.ts';

const rows = (...values: string[]) => values.map((value) => ({ value }));
const values = (sorted: { value: string }[]) => sorted.map((row) => row.value);

describe('sortRows()', () => {
	test('sorts numbers as numbers, both ways', () => {
		expect(values(sortRows(rows('2006', '1989', '2001'), 'number', 'ascending', 'nb'))).toEqual([
			'1989',
			'2001',
			'2006',
		]);
		expect(values(sortRows(rows('2006', '1989', '2001'), 'number', 'descending', 'nb'))).toEqual([
			'2006',
			'2001',
			'1989',
		]);
	});

	test('keeps unknown values last in either direction', () => {
		expect(values(sortRows(rows('', '14', '3'), 'number', 'ascending', 'nb'))).toEqual([
			'3',
			'14',
			'',
		]);
		expect(values(sortRows(rows('', '14', '3'), 'number', 'descending', 'nb'))).toEqual([
			'14',
			'3',
			'',
		]);
	});

	test('sorts text in the reader’s alphabet, with Æ, Ø and Å last in Norwegian', () => {
		expect(
			values(sortRows(rows('Østerrike', 'Norge', 'Åland', 'Ærø'), 'text', 'ascending', 'nb')),
		).toEqual(['Norge', 'Ærø', 'Østerrike', 'Åland']);
	});
});
