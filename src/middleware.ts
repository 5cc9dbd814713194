import { defineMiddleware } from 'astro:middleware';
import { uiLocaleOf } from './lib/i18n/content-locale.ts';
import { useTranslations } from './lib/i18n/translate.ts';
import { routeAt } from './lib/routing/site-routes.ts';

/**
 * Every page's UI language and its translator, set once here so that route files, layouts and
 * components read them from `Astro.locals` instead of passing a `locale` around. The language is the
 * route table's (the same table that made the page), so the page and its menus cannot disagree;
 * files outside the table (the 404 page, data files) read it from the address. In a static build
 * this runs once per page, at build time. Text in the content's own language (a fallback page's
 * body, its sources) uses `contentLocaleOf(Astro)` instead.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const locale = (await routeAt(context.url.pathname))?.locale ?? uiLocaleOf(context);
	context.locals.locale = locale;
	context.locals.t = useTranslations(locale);
	return next();
});
