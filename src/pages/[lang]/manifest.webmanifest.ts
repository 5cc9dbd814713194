import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '~/i18n/locales.ts';
import { webManifest } from '~/lib/site-manifest.ts';

export const getStaticPaths = (() =>
	localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(JSON.stringify(webManifest(params.lang as Locale), null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
