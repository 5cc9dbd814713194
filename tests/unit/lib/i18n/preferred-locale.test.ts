import { describe, expect, test } from 'vitest';
import { preferredLocale } from '~/lib/i18n/preferred-locale.ts';

describe('preferredLocale()', () => {
	test.each([
		[['nb-NO', 'en'], 'nb'],
		[['no'], 'nb'],
		[['nn-NO', 'en-GB'], 'nn'],
		[['nn', 'nb'], 'nn'],
		[['en-US', 'nb'], 'en'],
		[['sv-SE', 'en-GB', 'nb'], 'en'],
	])('sends a browser that prefers %j to %s', (languages, expected) => {
		expect(preferredLocale(languages)).toBe(expected);
	});

	test('finds nothing when the browser speaks none of the site languages', () => {
		expect(preferredLocale(['de-DE', 'fr'])).toBeUndefined();
	});
});
