import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, readBuilt } from '../support/dist.ts';

const pages = builtPages().filter(({ path }) => path !== '/' && !path.startsWith('/404'));

describe.each(pages)('$path', ({ file }) => {
	const document = parse(readBuilt(file));
	const header = document.querySelector('header');

	test('has "Exit this page" at the top, as a plain link to a neutral site', () => {
		expect(header?.querySelector('a[data-exit-page]')?.getAttribute('href')).toBe(
			'https://www.yr.no/',
		);
	});

	test('has the emergency number and the helplines one tap from the top, as tel: links', () => {
		const numbers = header!
			.querySelectorAll('a[href^="tel:"]')
			.map((link) => link.getAttribute('href'));
		expect(numbers).toContain('tel:113');
		expect(numbers.length).toBeGreaterThanOrEqual(3);
	});
});

test('every page of the site is checked', () => {
	expect(pages.length).toBeGreaterThan(300);
});
