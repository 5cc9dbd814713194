import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { contentLinks } from '~/lib/markdown/content-links.ts';

const render = (markdown: string, base = '/') =>
	markdownToHtml(markdown, { hastPlugins: [contentLinks(base)] }).html;

describe('links written in Markdown', () => {
	test('a link to another site tells it nothing about the page the reader came from', () => {
		expect(render('[Lovdata](https://lovdata.no/)')).toContain(
			'<a href="https://lovdata.no/" rel="noopener noreferrer">Lovdata</a>',
		);
	});

	test('a link to a page of the site keeps working when the site is served under a base path', () => {
		expect(render('[Personvern](/nb/personvern/)', '/portal/')).toContain(
			'<a href="/portal/nb/personvern/">Personvern</a>',
		);
		expect(render('[Personvern](/nb/personvern/)')).toContain(
			'<a href="/nb/personvern/">Personvern</a>',
		);
	});

	test('an anchor on the same page and an e-mail address are left as they are', () => {
		const html = render('[Opp](#top) [Skriv](mailto:post@example.org)', '/portal/');
		expect(html).toContain('<a href="#top">Opp</a>');
		expect(html).toContain('<a href="mailto:post@example.org">Skriv</a>');
	});
});
