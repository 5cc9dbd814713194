import { isLocale, localeCodes, textLocaleFor, type Locale } from '../../i18n/locales.ts';

/** One locale's version of a page, for the language switcher and `hreflang`. */
export interface Alternate {
	locale: Locale;
	url: string;
	/** False when the locale shows a fallback (the text in another language). */
	translated: boolean;
}

/** The least a localised entry needs for pairing: an id like `nb/for-families`, a slug and a review date. */
export interface TwinnableEntry {
	id: string;
	data: { slug?: string; lastReviewed: Date; needsTranslation?: boolean };
}

/** A twin still to be translated: only its locale, file name and the address it will have. */
export interface PlannedTwin {
	id: string;
	data: { slug?: string; needsTranslation: true };
}

/** Everything a route needs to render one entry at one locale's URL. */
export interface LocalizedRoute<E extends TwinnableEntry> {
	/** The URL's locale: the language of the menus and notices. */
	locale: Locale;
	/** The file name shared by twins. */
	key: string;
	/** This locale's URL segment for the entry. */
	slug: string;
	url: string;
	/** The entry shown: this locale's own, or a twin when this locale has none yet. */
	entry: E;
	/** The language of the entry's text. */
	contentLocale: Locale;
	isFallback: boolean;
	/** Every locale's version, including this one. */
	alternates: Alternate[];
	/** The newest twin, when it was reviewed after this entry: this one may be out of date. */
	newerTwin?: { locale: Locale; url: string; lastReviewed: Date };
}

/**
 * Splits an entry id like `nb/for-families` into locale and key.
 * @example splitLocalizedId('en/for-families') // { locale: 'en', key: 'for-families' }
 */
export function splitLocalizedId(id: string): { locale: Locale; key: string } {
	const [locale, ...rest] = id.split('/');
	if (!isLocale(locale) || rest.length !== 1) {
		throw new Error(`Content entry "${id}" is not in a locale folder like nb/ or en/.`);
	}
	return { locale, key: rest[0]! };
}

/**
 * Pairs entries with their twins (same file name, other locale) and gives every entry a route in
 * every locale. A locale without its own version shows the first twin along its fallback list
 * (`src/i18n/locales.ts`; else the source locale's, else any), at the address its own file will
 * have once translated (the `slug` of a twin marked `needsTranslation`), else one made from the
 * file name; an entry reviewed before its newest twin gets `newerTwin`.
 */
export function pairTwins<E extends TwinnableEntry>(
	entries: (E | PlannedTwin)[],
	pathFor: (locale: Locale, slug: string) => string,
): LocalizedRoute<E>[] {
	const byKey = new Map<string, Map<Locale, E>>();
	const planned = new Map<string, string>();
	for (const entry of entries) {
		const { locale, key } = splitLocalizedId(entry.id);
		// A file marked as needing translation counts as missing: its locale shows the source
		// text, at the address the file asks for, so a link shared now still works later.
		if (entry.data.needsTranslation) {
			if (entry.data.slug) planned.set(`${locale}/${key}`, entry.data.slug);
			continue;
		}
		if (!byKey.has(key)) byKey.set(key, new Map());
		byKey.get(key)!.set(locale, entry as E);
	}
	const routes: LocalizedRoute<E>[] = [];
	for (const [key, twins] of byKey) {
		const fallbackFor = (locale: Locale): Locale =>
			textLocaleFor(locale, (candidate) => twins.has(candidate))!;
		const slugFor = (locale: Locale) =>
			twins.get(locale)?.data.slug ?? planned.get(`${locale}/${key}`) ?? key;
		const alternates: Alternate[] = localeCodes.map((locale) => ({
			locale,
			url: pathFor(locale, slugFor(locale)),
			translated: twins.has(locale),
		}));
		for (const locale of localeCodes) {
			const own = twins.get(locale);
			const newest = [...twins.entries()]
				.filter(([other]) => other !== locale)
				.sort(([, a], [, b]) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime())[0];
			const isOutdated = own && newest && newest[1].data.lastReviewed > own.data.lastReviewed;
			routes.push({
				locale,
				key,
				slug: slugFor(locale),
				url: pathFor(locale, slugFor(locale)),
				entry: twins.get(fallbackFor(locale))!,
				contentLocale: fallbackFor(locale),
				isFallback: !own,
				alternates,
				...(isOutdated
					? {
							newerTwin: {
								locale: newest[0],
								url: pathFor(newest[0], slugFor(newest[0])),
								lastReviewed: newest[1].data.lastReviewed,
							},
						}
					: {}),
			});
		}
	}
	return routes;
}
