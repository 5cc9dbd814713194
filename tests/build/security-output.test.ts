import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { immutableCacheControl, securityHeaders } from '~/lib/security/policy.ts';
import { builtPages, distDir, problemsByPage, readBuilt } from '../support/dist.ts';

const pages = builtPages().map((page) => ({ ...page, document: parse(readBuilt(page.file)) }));

/** The page's CSP from its <meta>, as a map of directive → sources. */
function pagePolicy(document: ReturnType<typeof parse>): Map<string, string[]> {
	const content = document
		.querySelector('meta[http-equiv="content-security-policy"]')
		?.getAttribute('content');
	return new Map(
		(content ?? '')
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

describe('every page', () => {
	test('has a strict Content Security Policy: own origin only, no unsafe-inline or unsafe-eval', () => {
		const allowed = /^('self'|'sha256-[A-Za-z0-9+/=]+'|'wasm-unsafe-eval')$/;
		const exactly: [string, string][] = [
			['default-src', "'self'"],
			['base-uri', "'self'"],
			['form-action', "'self'"],
			['object-src', "'none'"],
		];
		expect(
			problemsByPage(pages, ({ document }) => {
				const policy = pagePolicy(document);
				const problems = exactly
					.filter(([name, value]) => policy.get(name)?.join(' ') !== value)
					.map(([name]) => `${name}: ${policy.get(name)?.join(' ')}`);
				// Scripts and styles: this site, and hashes of Astro's own inline ones; WebAssembly for search.
				for (const directive of ['script-src', 'style-src']) {
					const sources = policy.get(directive) ?? [];
					if (sources.length === 0) problems.push(`${directive} missing`);
					problems.push(
						...sources
							.filter((source) => !allowed.test(source))
							.map((source) => `${directive}: ${source}`),
					);
				}
				if (policy.get('style-src')?.includes("'wasm-unsafe-eval'"))
					problems.push("style-src: 'wasm-unsafe-eval'");
				return problems;
			}),
		).toEqual({});
	});

	test('asks the browser to send no referrer', () => {
		expect(
			problemsByPage(pages, ({ document }) => {
				const referrer = document.querySelector('meta[name=referrer]')?.getAttribute('content');
				return referrer === 'no-referrer' ? [] : [`referrer: ${referrer}`];
			}),
		).toEqual({});
	});

	test('loads nothing from another site', () => {
		expect(
			problemsByPage(pages, ({ document }) =>
				[
					...document
						.querySelectorAll('script[src]')
						.map((element) => element.getAttribute('src')!),
					...document
						.querySelectorAll('link[href]')
						.filter(
							(element) => !['canonical', 'alternate'].includes(element.getAttribute('rel') ?? ''),
						)
						.map((element) => element.getAttribute('href')!),
					...document
						.querySelectorAll('img[src], source[src], iframe[src]')
						.map((element) => element.getAttribute('src')!),
				].filter((url) => /^(https?:)?\/\//.test(url)),
			),
		).toEqual({});
	});

	test('links to other sites with rel="noopener noreferrer"', () => {
		expect(
			problemsByPage(pages, ({ document }) =>
				document
					.querySelectorAll('a[href]')
					.filter((link) => /^https?:\/\//.test(link.getAttribute('href')!))
					.filter((link) => {
						const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
						return !rel.includes('noopener') || !rel.includes('noreferrer');
					})
					.map((link) => link.getAttribute('href')),
			),
		).toEqual({});
	});
});

test('no stylesheet or script in the build loads fonts, images or code from another site', () => {
	const assets = readdirSync(join(distDir, '_astro')).filter((name) => /\.(css|js)$/.test(name));
	expect(assets.length).toBeGreaterThan(0);
	for (const name of assets) {
		const text = readFileSync(join(distDir, '_astro', name), 'utf8');
		const remote = [
			...text.matchAll(/url\(\s*['"]?(https?:)?\/\/[^)]*\)|@import\s+['"]?(https?:)?\/\//g),
		];
		expect(
			remote.map((match) => match[0]),
			name,
		).toEqual([]);
	}
});

test('dist/_headers sends the security headers on every response, and caches hashed assets for a year', () => {
	const headers = readBuilt('_headers');
	const [all, assets, admin] = headers.split(/\n(?=\/)/).filter((block) => block.startsWith('/'));
	expect(all!.split('\n')[0]).toBe('/*');
	for (const [name, value] of securityHeaders) expect(all).toContain(`  ${name}: ${value}`);
	expect(all).toContain("frame-ancestors 'none'");
	expect(assets).toBe(`/_astro/*\n  Cache-Control: ${immutableCacheControl}`);
	// The editors' form only: a git host's login window may report back to it.
	expect(admin).toBe('/admin/*\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n');
});

test("the README's nginx snippet sends the same headers as dist/_headers", () => {
	const readme = readFileSync('README.md', 'utf8');
	const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
	for (const [name, value] of securityHeaders) {
		expect(nginx).toContain(`add_header ${name} "${value}" always;`);
	}
	expect(nginx).toContain(`add_header Cache-Control "${immutableCacheControl}" always;`);
});
