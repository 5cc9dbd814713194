import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../lib/routing/paths.ts';
import { headersFile } from '../lib/security/policy.ts';

/**
 * Writes dist/_headers (security headers and cache lifetimes) for the base path being built. Each
 * page's own policy is narrowed by finish-pages.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_headers', dir), headersFile(base));
			},
		},
	};
}
