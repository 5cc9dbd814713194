import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { narrowPagePolicy } from '../lib/security/page-policy.ts';
import { headersFile } from '../lib/security/policy.ts';

/**
 * Writes dist/_headers (security headers and cache lifetimes) for the base path being built, and
 * narrows each page's Content Security Policy to its own inline scripts and styles. List it last:
 * the hashes must be of the pages' final text.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir }) => {
				writeFileSync(new URL('_headers', dir), headersFile(base));
				const pages = await glob('**/*.html', {
					cwd: fileURLToPath(dir),
					ignore: ['pagefind/**'],
					absolute: true,
				});
				for (const file of pages) {
					const html = readFileSync(file, 'utf8');
					const narrowed = narrowPagePolicy(html);
					if (narrowed !== html) writeFileSync(file, narrowed);
				}
			},
		},
	};
}
