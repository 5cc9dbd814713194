import type { Locale } from '../i18n/locales.ts';
import { getPageRoute } from './content/queries.ts';
import { useTranslations, type TranslationKey } from './i18n/translate.ts';
import { countriesPath, directoryPath, explainerPath, newsListPath } from './routing/paths.ts';

/** A menu entry: an information page by file name, or a section with its own path. */
type NavigationTarget = { label: TranslationKey } & (
	{ page: string } | { path: (locale: Locale) => string }
);

export interface NavigationItem {
	label: string;
	href: string;
}

/** The main menu, in order. Pages are named by file name, so one list serves every locale. */
const mainItems: NavigationTarget[] = [
	{ label: 'nav.programme', page: 'drug-court-programme' },
	{ label: 'nav.explainer', path: explainerPath },
	{ label: 'nav.directory', path: directoryPath },
	{ label: 'nav.reform', page: 'reform' },
	{ label: 'nav.countries', path: countriesPath },
	{ label: 'nav.news', path: (locale) => newsListPath(locale) },
];

/** The footer menu. */
const footerItems: NavigationTarget[] = [
	{ label: 'footer.about', page: 'about' },
	{ label: 'footer.sources', page: 'sources' },
	{ label: 'footer.glossary', page: 'glossary' },
	{ label: 'footer.accessibility', page: 'accessibility' },
	{ label: 'footer.privacy', page: 'privacy' },
	{ label: 'footer.editors', page: 'for-editors' },
];

async function resolve(locale: Locale, targets: NavigationTarget[]): Promise<NavigationItem[]> {
	const t = useTranslations(locale);
	return Promise.all(
		targets.map(async (target) => ({
			label: t(target.label),
			href: 'page' in target ? (await getPageRoute(locale, target.page)).url : target.path(locale),
		})),
	);
}

/** The main menu's links in one locale. */
export function mainNavigation(locale: Locale): Promise<NavigationItem[]> {
	return resolve(locale, mainItems);
}

/** The footer's links in one locale. */
export function footerNavigation(locale: Locale): Promise<NavigationItem[]> {
	return resolve(locale, footerItems);
}
