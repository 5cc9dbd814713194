import { defineMiddleware } from 'astro:middleware';
import { uiLocaleOf } from './lib/i18n/content-locale.ts';
import { useTranslations } from './lib/i18n/translate.ts';

/**
 * Every page's UI language and its translator, from the address (`/nb/…`, `/en/…`), so components
 * read them from `Astro.locals` instead of taking a `locale` prop. In a static build this runs once
 * per page, at build time. Text in the content's own language (a fallback page's body, its
 * sources) uses `contentLocaleOf(Astro)` instead.
 */
export const onRequest = defineMiddleware((context, next) => {
	const locale = uiLocaleOf(context);
	context.locals.locale = locale;
	context.locals.t = useTranslations(locale);
	return next();
});
