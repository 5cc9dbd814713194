import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes, textLocaleFor, type Locale } from '../../i18n/locales.ts';
import type { Flow, FlowText } from '../../schemas/flow.ts';
import type { FlowCriteria } from '../../schemas/flow-criteria.ts';
import type { LocalizedRoute } from '../i18n/twins.ts';
import { findRoute, routesOf } from '../routing/site-routes.ts';
import { useTranslations } from '../i18n/translate.ts';
import { localized } from '../i18n/localized-text.ts';
import { urgentHelplines } from '../directory/urgent-helplines.ts';
import { legalStatusView, type LegalStatusView } from './legal-changes.ts';
import { buildDate } from '../../site.config.ts';
import type { CountryRecord } from '../open-data/csv.ts';

/** Collections with one file per locale that pair up by file name. */
export type LocalizedCollection = 'pages' | 'news' | 'countries';

const templateOf = { pages: 'article', news: 'newsItem', countries: 'country' } as const;

/**
 * Every entry of a localised collection at every locale's URL, with twins, fallbacks and
 * outdated-translation notices worked out: the route table's pages for that collection.
 */
export async function getLocalizedRoutes<C extends LocalizedCollection>(
	collection: C,
): Promise<LocalizedRoute<CollectionEntry<C>>[]> {
	return (await routesOf(templateOf[collection])).map(
		(route) => route.props.entry as LocalizedRoute<CollectionEntry<C>>,
	);
}

/** All information pages at all locales' URLs. */
export function getPageRoutes(): Promise<LocalizedRoute<CollectionEntry<'pages'>>[]> {
	return getLocalizedRoutes('pages');
}

/**
 * The route of one information page in one locale, by file name. Throws when no such page exists,
 * so a link to a missing page fails the build instead of shipping a 404.
 */
export async function getPageRoute(
	locale: Locale,
	key: string,
): Promise<LocalizedRoute<CollectionEntry<'pages'>>> {
	const route = (await findRoute('article', locale, key))?.props.entry;
	if (!route) {
		throw new Error(
			`No page "${key}": add content/pages/${defaultLocale}/${key}.mdx or fix the link.`,
		);
	}
	return route;
}

/** All glossary entries, sorted by their term in `locale`. */
export async function getGlossary(locale: Locale): Promise<CollectionEntry<'glossary'>[]> {
	const entries = await getCollection('glossary');
	const collator = new Intl.Collator(locale);
	return entries.sort((a, b) =>
		collator.compare(localized(a.data.term, locale), localized(b.data.term, locale)),
	);
}

/** One glossary entry by id; throws when it does not exist (the content check reports that first). */
export async function getGlossaryEntry(id: string): Promise<CollectionEntry<'glossary'>> {
	const entry = await getEntry('glossary', id);
	if (!entry) throw new Error(`No glossary term "${id}": add content/glossary/${id}.yaml.`);
	return entry;
}

/** A legal change's status (`content/legal-changes/<id>.yaml`); the content check has made sure it exists. */
export async function getLegalChange(id: string): Promise<CollectionEntry<'legalChanges'>> {
	const entry = await getEntry('legalChanges', id);
	if (!entry) throw new Error(`No legal change "${id}": add content/legal-changes/${id}.yaml.`);
	return entry;
}

/** Where each named legal change stands, in one language, as of this build, for a text that mentions them. */
export async function getLegalStatuses(ids: string[], locale: Locale): Promise<LegalStatusView[]> {
	const t = useTranslations(locale);
	return Promise.all(
		ids.map(async (id) => legalStatusView((await getLegalChange(id)).data, locale, t, buildDate)),
	);
}

/** The drug court programme's phases and rules (`content/programme/pathway.yaml`). */
export async function getProgramme(): Promise<CollectionEntry<'programme'>> {
	const entry = await getEntry('programme', 'pathway');
	if (!entry) throw new Error('Missing content/programme/pathway.yaml.');
	return entry;
}

/**
 * A country snapshot in a locale, or its source-locale twin when that locale has none yet.
 * Throws when the country does not exist at all.
 */
export async function getCountryEntry(
	key: string,
	locale: Locale,
): Promise<CollectionEntry<'countries'>> {
	const entry =
		(await getEntry('countries', `${locale}/${key}`)) ??
		(await getEntry('countries', `${defaultLocale}/${key}`));
	if (!entry)
		throw new Error(
			`No country snapshot "${key}": add content/countries/${defaultLocale}/${key}.mdx.`,
		);
	return entry;
}

/**
 * Every published country snapshot once, by file name: its figures from the source language,
 * and its name and series titles in each language (for the open data files).
 */
export async function getCountryRecords(): Promise<CountryRecord[]> {
	const entries = await getCollection('countries');
	const keys = [...new Set(entries.map((entry) => entry.id.split('/')[1]!))].sort();
	return keys.map((key) => {
		const twins = entries.filter((entry) => entry.id.split('/')[1] === key);
		const source = twins.find((entry) => entry.id.startsWith(`${defaultLocale}/`)) ?? twins[0]!;
		const localeOf = (id: string) => id.split('/')[0] as Locale;
		return {
			key,
			data: source.data,
			names: Object.fromEntries(twins.map((entry) => [localeOf(entry.id), entry.data.name])),
			seriesTitles: Object.fromEntries(
				twins.map((entry) => [
					localeOf(entry.id),
					Object.fromEntries(entry.data.series.map((series) => [series.id, series.title])),
				]),
			),
		};
	});
}

/** All published services, in file-name order. */
export async function getServices(): Promise<CollectionEntry<'services'>[]> {
	return (await getCollection('services')).sort((a, b) => a.id.localeCompare(b.id));
}

/** News items at one locale's URLs, newest first. */
export async function getNewsRoutes(
	locale: Locale,
): Promise<LocalizedRoute<CollectionEntry<'news'>>[]> {
	return (await getLocalizedRoutes('news'))
		.filter((route) => route.locale === locale)
		.sort(
			(a, b) =>
				b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.key.localeCompare(b.key),
		);
}

/** Country snapshots at one locale's URLs, sorted by name in that language. */
export async function getCountryRoutes(
	locale: Locale,
): Promise<LocalizedRoute<CollectionEntry<'countries'>>[]> {
	const collator = new Intl.Collator(locale);
	return (await getLocalizedRoutes('countries'))
		.filter((route) => route.locale === locale)
		.sort((a, b) => collator.compare(a.entry.data.name, b.entry.data.name));
}

/** The emergency number and helplines, for "Do you need help now?". */
export async function getUrgentHelplines(): Promise<CollectionEntry<'services'>['data'][]> {
	return urgentHelplines((await getServices()).map((entry) => entry.data));
}

/**
 * A decision flow's routing, its criteria and its words for every locale (`content/flows/<name>/`). A locale
 * without its own words file gets its first fallback's (`src/i18n/locales.ts`); `textLocales`
 * says whose words each locale got, so its pages can say so and mark the language.
 */
export async function getFlow(name: string): Promise<{
	flow: Flow;
	criteria: FlowCriteria;
	texts: Record<Locale, FlowText>;
	textLocales: Record<Locale, Locale>;
}> {
	const flow = await getEntry('flows', `${name}/flow`);
	if (!flow) throw new Error(`Missing content/flows/${name}/flow.yaml.`);
	const criteria = await getEntry('flowCriteria', `${name}/criteria`);
	if (!criteria) throw new Error(`Missing content/flows/${name}/criteria.yaml.`);
	const texts = {} as Record<Locale, FlowText>;
	const textLocales = {} as Record<Locale, Locale>;
	const own = new Map<Locale, FlowText>();
	for (const locale of localeCodes) {
		const text = await getEntry('flowTexts', `${name}/${locale}`);
		if (text) own.set(locale, text.data);
	}
	for (const locale of localeCodes) {
		const textLocale = textLocaleFor(locale, (candidate) => own.has(candidate));
		if (!textLocale) throw new Error(`Missing content/flows/${name}/${defaultLocale}.yaml.`);
		texts[locale] = own.get(textLocale)!;
		textLocales[locale] = textLocale;
	}
	return { flow: flow.data, criteria: criteria.data, texts, textLocales };
}
