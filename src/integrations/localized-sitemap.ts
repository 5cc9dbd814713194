import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The `hreflang` alternates a built page declares in its <head>. */
function alternatesIn(html: string): { lang: string; url: string }[] {
	return [...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => ({
			rel: attribute(tag, 'rel'),
			lang: attribute(tag, 'hreflang'),
			url: attribute(tag, 'href'),
		}))
		.filter((link) => link.rel === 'alternate' && link.lang && link.url)
		.map(({ lang, url }) => ({ lang: lang!, url: url! }));
}

const isNoindex = (html: string) =>
	[...html.matchAll(/<meta\b[^>]*>/g)].some(
		([tag]) =>
			attribute(tag, 'name') === 'robots' && attribute(tag, 'content')?.includes('noindex'),
	);

/**
 * The sitemap, with each page's translations as `hreflang` alternates. Pages have different
 * addresses in each language (`/nb/narkotikaprogrammet/`, `/en/drug-court-programme/`), so the
 * alternates are read from the built page's own `<link rel="alternate" hreflang>` tags: the sitemap
 * and the pages can never disagree. Pages marked `noindex` (fallbacks, 404) are left out.
 */
export function localizedSitemap(): AstroIntegration[] {
	let outDir = '';
	let base = '/';
	const htmlFor = (url: string): string | undefined => {
		const path = decodeURIComponent(new URL(url).pathname).slice(base.length);
		const file = join(outDir, path, 'index.html');
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	return [
		{
			name: 'localized-sitemap-paths',
			hooks: {
				'astro:config:done': ({ config }) => {
					outDir = fileURLToPath(config.outDir);
					base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				},
			},
		},
		sitemap({
			filter: (url) => !isNoindex(htmlFor(url) ?? ''),
			serialize: (item: SitemapItem) => {
				const links = alternatesIn(htmlFor(item.url) ?? '');
				return links.length > 0 ? { ...item, links } : item;
			},
		}),
	];
}
