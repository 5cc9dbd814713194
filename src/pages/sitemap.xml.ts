import type { APIRoute } from 'astro';
import { hreflangLinks } from '~/lib/routing/route-table.ts';
import { getRouteTable } from '~/lib/routing/site-routes.ts';

const escapeXml = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');

/**
 * The sitemap, from the route table: every page search engines may list (not fallbacks, explainer
 * steps or feeds), each with its translations as `hreflang` alternates, the same links as the
 * page's own `<head>`. Written by hand: it is one loop over the table, and @astrojs/sitemap could
 * only learn the alternates by reading every built page back.
 */
export const GET: APIRoute = async ({ site }) => {
	const absolute = (path: string) => escapeXml(new URL(path, site).href);
	const urls = (await getRouteTable())
		.filter((route) => !route.noindex)
		.map((route) =>
			[
				`<url><loc>${absolute(route.path)}</loc>`,
				...hreflangLinks(route).map(
					(link) =>
						`<xhtml:link rel="alternate" hreflang="${link.hreflang}" href="${absolute(link.path)}"/>`,
				),
				'</url>',
			].join(''),
		);
	return new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`,
		{ headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
	);
};
