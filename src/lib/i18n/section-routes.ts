import { localeCodes } from '../../i18n/locales.ts';
import { useTranslations, type TranslationKey } from './translate.ts';

/**
 * `getStaticPaths` for the first page of a site section in every locale: the `[lang]` parameter and
 * the section's translated address segment (e.g. `sok` and `search` from `route.search`).
 * @example sectionIndexPaths('search', 'route.search') // [{ params: { lang: 'nb', search: 'sok' }, props: { locale: 'nb' } }, …]
 */
export function sectionIndexPaths<Param extends string>(param: Param, routeKey: TranslationKey) {
	return localeCodes.map((lang) => ({
		params: { lang, [param]: useTranslations(lang)(routeKey) } as { lang: string } & Record<
			Param,
			string
		>,
		props: { locale: lang },
	}));
}
