import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { builtPages, problemsByPage, readBuilt } from '../support/dist.ts';

// The language choice page moves on at once; every other page, the 404 page included, is a page a
// reader may be on when someone comes near.
const pages = builtPages()
	.filter(({ path }) => path !== '/')
	.map((page) => ({ ...page, document: parse(readBuilt(page.file)) }));

test('every page has "Exit this page" at the top, as a plain link to a neutral site', () => {
	expect(pages.length).toBeGreaterThan(300);
	expect(
		problemsByPage(pages, ({ document }) => {
			const href = document
				.querySelector('header')
				?.querySelector('a[data-exit-page]')
				?.getAttribute('href');
			return href === 'https://www.yr.no/' ? [] : [`exit link in the header: ${href}`];
		}),
	).toEqual({});
});

test('every page has the emergency number and the helplines as tel: links, in its menu or on the page', () => {
	expect(
		problemsByPage(pages, ({ document }) => {
			const numbers = document
				.querySelectorAll('header a[href^="tel:"], main a[href^="tel:"]')
				.map((link) => link.getAttribute('href'));
			return numbers.includes('tel:113') && new Set(numbers).size >= 3
				? []
				: [`tel: links: ${numbers.join(' ') || 'none'}`];
		}),
	).toEqual({});
});
