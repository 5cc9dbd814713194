import { localeConfig, type Locale } from '../../i18n/locales.ts';
import { buildExplainerData } from '../flow/explainer-data.ts';
import type { ExplainerData } from '../flow/explainer-view.ts';
import { getCollection } from 'astro:content';
import { explainerFlow } from '../routing/route-table.ts';
import { getFlow, getPageRoutes, getProgramme, getServices } from './queries.ts';
import { buildDate, publicSiteUrl } from '../../site.config.ts';

const built = new Map<string, Promise<ExplainerData>>();

/**
 * Everything the explainer shows in one language, for its static pages and its island, from the
 * published content: built once per language and build, however many pages show it.
 * @example const data = await explainerData('nb')
 */
export function explainerData(locale: Locale): Promise<ExplainerData> {
	if (!built.has(locale)) built.set(locale, build(locale));
	return built.get(locale)!;
}

async function build(locale: Locale): Promise<ExplainerData> {
	const { flow, criteria, texts } = await getFlow(explainerFlow);
	const routes = (await getPageRoutes()).filter((route) => route.locale === locale);
	return buildExplainerData({
		locale,
		flow,
		criteria,
		text: texts[locale],
		pages: Object.fromEntries(
			routes.map((route) => [
				route.key,
				{
					label: route.entry.data.title,
					url: route.url,
					...(route.isFallback ? { lang: localeConfig(route.contentLocale).bcp47 } : {}),
				},
			]),
		),
		services: (await getServices()).map((entry) => entry.data),
		legalChanges: Object.fromEntries(
			(await getCollection('legalChanges')).map((entry) => [entry.id, entry.data]),
		),
		programme: (await getProgramme()).data,
		publicSiteUrl,
		today: buildDate,
	});
}
