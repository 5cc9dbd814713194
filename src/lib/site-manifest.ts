import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from './i18n/translate.ts';
import { homePath, withBase } from './routing/paths.ts';

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
		start_url: homePath(locale),
		scope: withBase('/'),
		display: 'browser',
		theme_color: themeColor,
		background_color: '#ffffff',
		icons: [{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
	};
}
