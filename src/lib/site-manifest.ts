import type { Locale } from '../i18n/locales.ts';
import { localizedPath, withBase } from './i18n/urls.ts';
import { useTranslations } from './i18n/translate.ts';

/** The colour of the site's icon, used by browsers for their toolbar. */
export const themeColor = '#0062ba';

/** Where a locale's web app manifest is served. */
export const manifestPath = (locale: Locale) => withBase(`/${locale}/manifest.webmanifest`);

/** The web app manifest for one locale: the site's name in that language, opening on its home page. */
export function webManifest(locale: Locale) {
	const t = useTranslations(locale);
	return {
		name: t('site.name'),
		description: t('site.tagline'),
		lang: locale,
		start_url: localizedPath(locale),
		scope: withBase('/'),
		display: 'browser',
		theme_color: themeColor,
		background_color: '#ffffff',
		icons: [{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
	};
}
