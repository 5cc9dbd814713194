import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { immutableCacheControl, securityHeaders } from '~/lib/security/policy.ts';
import { builtPages, distDir, readBuilt } from '../support/dist.ts';

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

describe.each(pages)('$path', ({ document }) => {
	test('has a strict Content Security Policy: own origin only, no unsafe-inline or unsafe-eval', () => {
		const policy = pagePolicy(document);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		// Scripts and styles: this site, and hashes of Astro's own inline ones; WebAssembly for search.
		for (const directive of ['script-src', 'style-src']) {
			const sources = policy.get(directive) ?? [];
			expect(sources.length, directive).toBeGreaterThan(0);
			const allowed = /^('self'|'sha256-[A-Za-z0-9+/=]+'|'wasm-unsafe-eval')$/;
			expect(
				sources.filter((source) => !allowed.test(source)),
				directive,
			).toEqual([]);
		}
		expect(policy.get('style-src')).not.toContain("'wasm-unsafe-eval'");
	});

	test('asks the browser to send no referrer', () => {
		expect(document.querySelector('meta[name=referrer]')?.getAttribute('content')).toBe(
			'no-referrer',
		);
	});

	test('loads nothing from another site', () => {
		const urls = [
			...document.querySelectorAll('script[src]').map((element) => element.getAttribute('src')!),
			...document
				.querySelectorAll('link[href]')
				.filter(
					(element) => !['canonical', 'alternate'].includes(element.getAttribute('rel') ?? ''),
				)
				.map((element) => element.getAttribute('href')!),
			...document
				.querySelectorAll('img[src], source[src], iframe[src]')
				.map((element) => element.getAttribute('src')!),
		];
		expect(urls.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
	});

	test('links to other sites with rel="noopener noreferrer"', () => {
		const external = document
			.querySelectorAll('a[href]')
			.filter((link) => /^https?:\/\//.test(link.getAttribute('href')!));
		const missing = external.filter((link) => {
			const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
			return !rel.includes('noopener') || !rel.includes('noreferrer');
		});
		expect(missing.map((link) => link.getAttribute('href'))).toEqual([]);
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
