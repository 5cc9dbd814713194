import { describe, expect, test } from 'vitest';
import { slugify } from '~/lib/content/slugify.ts';

describe('slugify()', () => {
	test.each([
		['Rusreform på nytt', 'rusreform-pa-nytt'],
		['Ærlig talt: Økonomi & gjeld', 'aerlig-talt-okonomi-gjeld'],
		['Høyesterett 2022', 'hoyesterett-2022'],
		['  Café  Düsseldorf ', 'cafe-dusseldorf'],
	])('%j becomes %j', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});
});
