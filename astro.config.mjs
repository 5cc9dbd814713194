// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentLinks } from './src/lib/markdown/content-links.ts';
import { editorAdmin } from './src/integrations/editor-admin.ts';
import { finishPages } from './src/integrations/finish-pages.ts';
import { savedCopy } from './src/integrations/saved-copy.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { pageCspDirectives, scriptSources } from './src/lib/security/policy.ts';
import { siteUrl } from './src/site.config.ts';

// The base path the site is served under, e.g. BASE_PATH=/portal/ (see src/site.config.ts for the rest).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: siteUrl,
	base,
	output: 'static',
	// Where the content layer keeps its store between builds. Tests that build the site from
	// changed content run side by side, each with a folder of its own (tests/support/build-site.ts).
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Every page carries its CSS in <style> elements (Astro adds their hashes to the CSP). On a
	// phone's first view this starts rendering one round trip earlier: Lighthouse's mobile LCP on an
	// article fell from 903 to 825 ms (a one-line page: 637 ms). Each further page then brings its
	// CSS again (about 9 KB gzipped), which readers who land from a search never pay twice anyway.
	build: { format: 'directory', inlineStylesheets: 'always' },
	i18n: {
		locales: localeCodes,
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// Shiki styles code with inline style attributes, which the CSP forbids; the site shows no code.
	// MDX uses the same processor, so its links are treated the same.
	markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [contentLinks(base)] }) },
	integrations: [
		contentCheck(),
		mdx(),
		preact(),
		searchIndex(),
		// After the search index, so the index holds words without soft hyphens.
		finishPages(),
		// After finish-pages: the saved copy's lists hold the pages' final bytes and hashes.
		savedCopy(),
		securityHeaders(),
		// After the readers' passes above: /admin/ has its own policy and is not a reader's page.
		editorAdmin(),
		siteUrlNotice(),
	],
	// Astro writes the policy into each page's <meta>, with hashes for its own inline scripts and
	// styles; the headers that only work as headers go to dist/_headers (src/lib/security/policy.ts).
	vite: {
		plugins: [
			{
				name: 'quiet-astro-directives',
				// Astro's own MDX modules carry this directive. The bundler warns once per content file,
				// so the warning names editors' files, but it is about Astro's code and nothing an
				// editor can act on.
				onLog(_level, log) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
						return false;
				},
			},
		],
	},
	security: {
		csp: {
			scriptDirective: { resources: [...scriptSources] },
			directives: [...pageCspDirectives],
		},
	},
});
