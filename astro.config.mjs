// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteUrl } from './src/site.config.ts';

// The base path the site is served under, e.g. BASE_PATH=/portal/ (see src/site.config.ts for the rest).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: siteUrl,
	base,
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: localeCodes,
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// Shiki styles code with inline style attributes, which the CSP forbids; the site shows no code.
	markdown: { syntaxHighlight: false },
	integrations: [contentCheck(), mdx(), preact(), sitemap(), searchIndex()],
	security: {
		csp: {
			// Pagefind compiles its WebAssembly in the browser: that, and nothing more, needs 'wasm-unsafe-eval'.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			directives: [
				"default-src 'self'",
				"base-uri 'self'",
				"form-action 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
			],
		},
	},
});
