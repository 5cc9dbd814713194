import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.ts';

interface AstroLike {
	currentLocale: string | undefined;
	locals: App.Locals;
}

/**
 * The language of the text an MDX component sits in. On a fallback page this is the source
 * language, not the URL's; the page route sets it in `Astro.locals.contentLocale`.
 */
export function contentLocaleOf(astro: AstroLike): Locale {
	return astro.locals.contentLocale ?? uiLocaleOf(astro);
}

/** The language of the page's menus: the URL's locale. Links should stay in it. */
export function uiLocaleOf(astro: Pick<AstroLike, 'currentLocale'>): Locale {
	return isLocale(astro.currentLocale) ? astro.currentLocale : defaultLocale;
}
