import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { narrowPagePolicy } from '~/lib/security/page-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1];

describe('each page’s Content Security Policy', () => {
	const own = 'exit()';
	const other = 'search()';
	const style = 'p{color:red}';
	const policy = `default-src 'self';script-src 'self' ${hash(own)} ${hash(other)};style-src 'self' ${hash(style)} ${hash('x{}')}`;

	test('allows only the inline scripts and styles that page holds', () => {
		const html = narrowPagePolicy(
			page(
				policy,
				`<script>${own}</script><style>${style}</style><script src="/a.js"></script><script type="application/ld+json">{}</script>`,
			),
		);
		expect(policyOf(html)).toBe(
			`default-src 'self';script-src 'self' ${hash(own)};style-src 'self' ${hash(style)}`,
		);
	});

	test('allows a style pruned from one Astro listed, and only the pruned one', () => {
		const full = `${style} q{color:blue}`;
		const listed = `default-src 'self';script-src 'self';style-src 'self' ${hash(full)} ${hash('x{}')}`;
		expect(
			policyOf(
				narrowPagePolicy(
					page(listed, `<style>${full}</style>`),
					page(listed, `<style>${style}</style>`),
				),
			),
		).toBe(`default-src 'self';script-src 'self';style-src 'self' ${hash(style)}`);
		// A style Astro did not list stays blocked, pruned or not.
		const unlisted = page(policy, `<style>${style}</style>`);
		expect(narrowPagePolicy(page(policy, `<style>${full}</style>`), unlisted)).toBe(unlisted);
	});

	test('is left as Astro wrote it when an inline script has no hash in it', () => {
		const original = page(policy, '<script>unknown()</script>');
		expect(narrowPagePolicy(original)).toBe(original);
	});
});
