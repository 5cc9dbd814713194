import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { localizedPath } from '../i18n/urls.ts';
import { filtersToSearch, type DirectoryFilters, emptyFilters } from './filter-services.ts';

/** The directory listing: `/nb/finn-hjelp/`. */
export function directoryPath(locale: Locale): string {
	return localizedPath(locale, useTranslations(locale)('route.directory'));
}

/** One service's page: `/nb/finn-hjelp/jussbuss/`. */
export function servicePath(locale: Locale, id: string): string {
	return localizedPath(locale, useTranslations(locale)('route.directory'), id);
}

/** A county's static page, which works without JavaScript: `/nb/finn-hjelp/fylke/oslo/`. */
export function regionPagePath(locale: Locale, region: string): string {
	const t = useTranslations(locale);
	return localizedPath(locale, t('route.directory'), t('route.directoryRegion'), region);
}

/**
 * The directory with filters already set, for links from other pages (the explainer's outcomes).
 * @example directoryHref('nb', { categories: ['legal-aid'], region: 'oslo' }) // '/nb/finn-hjelp/?category=legal-aid&region=oslo'
 */
export function directoryHref(locale: Locale, filters: Partial<DirectoryFilters>): string {
	return `${directoryPath(locale)}${filtersToSearch({ ...emptyFilters, ...filters })}`;
}
