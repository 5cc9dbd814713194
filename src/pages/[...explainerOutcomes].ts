import type { APIContext, GetStaticPaths } from 'astro';
import { explainerData } from '~/lib/content/explainer.ts';
import { staticPaths, type SiteRoute } from '~/lib/routing/site-routes.ts';

export const getStaticPaths = (() => staticPaths('explainerOutcomes')) satisfies GetStaticPaths;

/**
 * The words of every outcome in one language, as the explainer's island shows them. The island
 * fetches them once its page has loaded, before anyone answers (never because of an answer), so
 * the start page's first view does not carry them (they were two thirds of its island's data).
 * The file is the same for every reader: it says nothing about anyone's answers.
 */
export async function GET(context: APIContext) {
	const { locale } = (context.props as { route: SiteRoute<'explainerOutcomes'> }).route;
	const { outcomes } = await explainerData(locale);
	return new Response(JSON.stringify(outcomes), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}
