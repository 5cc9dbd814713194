import type { Locale } from '../../i18n/locales.ts';

/** The deploy base path with a trailing slash: `/` or `/portal/`. */
function basePath(): string {
	const base = import.meta.env.BASE_URL ?? '/';
	return base.endsWith('/') ? base : `${base}/`;
}

/**
 * A site path with the deploy base in front.
 * @example withBase('/nb/') // '/portal/nb/' when deployed under /portal/
 */
export function withBase(path: string): string {
	return `${basePath()}${path.replace(/^\//, '')}`;
}

/**
 * The path of a page in one locale, from its URL segments, with a trailing slash.
 * @example localizedPath('nb', 'nyheter', '2016-landsdekkende') // '/nb/nyheter/2016-landsdekkende/'
 */
export function localizedPath(locale: Locale, ...segments: string[]): string {
	const rest = segments.filter(Boolean).join('/');
	return withBase(`/${locale}/${rest ? `${rest}/` : ''}`);
}
