import { describe, expect, test } from 'vitest';
import { moveBodyStylesToHead } from '~/lib/html/styles-in-head.ts';

describe('moveBodyStylesToHead()', () => {
	test('moves the island style from the body to the end of the head, text unchanged', () => {
		const html =
			'<html><head><title>T</title></head><body><main><style>astro-island{display:contents}</style><script>x()</script><astro-island></astro-island></main></body></html>';
		expect(moveBodyStylesToHead(html)).toBe(
			'<html><head><title>T</title><style>astro-island{display:contents}</style></head><body><main><script>x()</script><astro-island></astro-island></main></body></html>',
		);
	});

	test('leaves a page with styles only in the head as it is', () => {
		const html = '<html><head><style>a{}</style></head><body><p>style</p></body></html>';
		expect(moveBodyStylesToHead(html)).toBe(html);
	});
});
