import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { localeConfig } from '~/i18n/locales.ts';
import { legalStatusText } from '~/lib/content/legal-changes.ts';
import { getLegalStatuses, getNewsRoutes } from '~/lib/content/queries.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { staticPaths, type SiteRoute } from '~/lib/routing/site-routes.ts';

export const getStaticPaths = (() => staticPaths('rss')) satisfies GetStaticPaths;

/** One RSS feed per language, newest first, with every news item's summary. */
export async function GET(context: APIContext) {
	const { locale } = (context.props as { route: SiteRoute<'rss'> }).route;
	const t = useTranslations(locale);
	const items = (await getNewsRoutes(locale)).filter((route) => !route.isFallback);
	const statuses = await Promise.all(
		items.map((route) => getLegalStatuses(route.entry.data.legalChanges, locale)),
	);
	return rss({
		title: t('news.rssTitle', { siteName: t('site.name') }),
		description: t('news.description'),
		site: context.site ?? 'http://localhost:4321',
		trailingSlash: true,
		customData: `<language>${localeConfig(locale).bcp47.toLowerCase()}</language>`,
		items: items.map((route, index) => ({
			title: route.entry.data.title,
			// A summary that mentions a change in the law carries where it stands.
			description: [route.entry.data.description, ...statuses[index]!.map(legalStatusText)].join(
				' ',
			),
			pubDate: route.entry.data.date,
			link: route.url,
			categories: route.entry.data.tags,
		})),
	});
}
