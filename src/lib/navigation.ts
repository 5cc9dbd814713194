import type { Locale } from '../i18n/locales.ts';
import { getPageRoute } from './content/queries.ts';
import { useTranslations, type TranslationKey } from './i18n/translate.ts';
import { localizedPath } from './i18n/urls.ts';

/** A menu entry: an information page by file name, or the home page. */
type NavigationTarget = { label: TranslationKey } & ({ page: string } | { home: true });

export interface NavigationItem {
	label: string;
	href: string;
}

/** The main menu, in order. Pages are named by file name, so one list serves every locale. */
const mainItems: NavigationTarget[] = [{ label: 'nav.home', home: true }];

/** The footer menu. */
const footerItems: NavigationTarget[] = [
	{ label: 'footer.about', page: 'about' },
	{ label: 'footer.accessibility', page: 'accessibility' },
	{ label: 'footer.privacy', page: 'privacy' },
];

async function resolve(locale: Locale, targets: NavigationTarget[]): Promise<NavigationItem[]> {
	const t = useTranslations(locale);
	return Promise.all(
		targets.map(async (target) => ({
			label: t(target.label),
			href: 'page' in target ? (await getPageRoute(locale, target.page)).url : localizedPath(locale),
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
