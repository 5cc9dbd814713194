import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { localizedPath } from '../i18n/urls.ts';

/** News items per list page. */
export const newsPageSize = 6;

/** The country overview: `/nb/land/`. */
export function countriesPath(locale: Locale): string {
	return localizedPath(locale, useTranslations(locale)('route.countries'));
}

/** A page of the news list: `/nb/nyheter/`, then `/nb/nyheter/side/2/`. */
export function newsListPath(locale: Locale, page = 1): string {
	const t = useTranslations(locale);
	return page === 1
		? localizedPath(locale, t('route.news'))
		: localizedPath(locale, t('route.news'), t('route.newsPage'), String(page));
}

/** The RSS feed: `/nb/nyheter/rss.xml` (no trailing slash: it is a file). */
export function rssPath(locale: Locale): string {
	return `${newsListPath(locale)}rss.xml`;
}
