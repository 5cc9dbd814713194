import { describe, expect, test } from 'vitest';
import { placeholdersIn } from '~/lib/i18n/placeholders.ts';

describe('placeholdersIn()', () => {
	test('finds each placeholder once, sorted', () => {
		expect(placeholdersIn('{{b}} and {{ a }} and {{b}}')).toEqual(['a', 'b']);
	});

	test('finds none in plain text', () => {
		expect(placeholdersIn('Ingen plassholdere her.')).toEqual([]);
	});
});
