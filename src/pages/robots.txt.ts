import type { APIRoute } from 'astro';
import { withBase } from '~/lib/routing/paths.ts';

// Every page may be crawled; pages in the other language carry their own noindex.
export const GET: APIRoute = ({ site }) =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap.xml'), site).href}\n`,
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
