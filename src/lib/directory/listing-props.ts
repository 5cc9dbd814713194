import { localeConfig, type Locale } from '../../i18n/locales.ts';
import {
	counties,
	serviceAudienceValues,
	serviceCategoryValues,
	type ServiceData,
} from '../../schemas/service.ts';
import { uiTemplate, type Translate, type TranslationKey } from '../i18n/translate.ts';
import { languageName } from '../i18n/format.ts';
import { toServiceCard, type ServiceCardData } from './service-card.ts';
import { servicePath } from '../routing/paths.ts';

export interface ServiceCardStrings {
	area: string;
	phone: string;
	/** `directory.card.website` with `{{name}}` left in, filled per card. */
	website: string;
}

/** The grouped listing (components/ServiceGroups.tsx), on the static pages and in the island. */
export interface ServiceGroupsProps {
	cards: ServiceCardData[];
	/** Category ids in listing order, with their names. */
	categories: ListingOption[];
	strings: ServiceCardStrings & { jumpHeading: string; jumpLabel: string };
}

export interface ListingOption {
	id: string;
	label: string;
}

/** The directory in one language: its listing, the filter options and the filters' UI strings. */
export interface DirectoryListing extends ServiceGroupsProps {
	regions: ListingOption[];
	audiences: ListingOption[];
	languages: ListingOption[];
	/** UI strings (`directory.filters.*`), picked on the page. Counts keep `{{count}}` and `{{total}}`. */
	filterStrings: {
		heading: string;
		query: string;
		category: string;
		region: string;
		regionAll: string;
		audience: string;
		audienceAll: string;
		language: string;
		languageAll: string;
		clear: string;
		countOne: string;
		countOther: string;
		/** The button that opens the filters. */
		toggle: string;
		/** The same, with `{{count}}` filters in use. */
		toggleActive: string;
		/** "Show {{count}} services": closes the filters and goes to the results. */
		showOne: string;
		showOther: string;
	};
	/** BCP 47 tag for plural rules. */
	lang: string;
}

/** What the filter island is told about a service: what it filters on, not what its card shows. */
export type FilterFacts = Pick<
	ServiceCardData,
	'id' | 'category' | 'regions' | 'audience' | 'languages'
>;

/**
 * The filter island's props (islands/DirectoryFilters.tsx). The cards are in the page already
 * (ServiceGroups, rendered once on the server), so the island gets only each service's facts and
 * reads the rest from its card: the services are not sent twice.
 */
export interface DirectoryFiltersProps extends Omit<DirectoryListing, 'cards' | 'strings'> {
	services: FilterFacts[];
}

/**
 * Everything the directory listing needs in one language: the cards, the filter options and the
 * UI strings. The same listing renders the static lists and, through `filterProps`, the filters.
 */
export function listingProps(
	services: ServiceData[],
	locale: Locale,
	t: Translate,
): DirectoryListing {
	const label = (key: string) => t(key as TranslationKey);
	const languages = [...new Set(services.flatMap((service) => service.languages))].sort();
	return {
		cards: services.map((service) =>
			toServiceCard(service, locale, t, servicePath(locale, service.id)),
		),
		categories: serviceCategoryValues.map((id) => ({ id, label: label(`category.${id}`) })),
		regions: counties.map((id) => ({ id, label: label(`region.${id}`) })),
		audiences: serviceAudienceValues.map((id) => ({ id, label: label(`audience.${id}`) })),
		languages: languages.map((id) => ({ id, label: languageName(id, locale) })),
		strings: {
			area: t('directory.card.area'),
			phone: t('directory.card.phone'),
			website: uiTemplate(locale, 'directory.card.website'),
			jumpHeading: t('directory.categoriesHeading'),
			jumpLabel: t('directory.categoriesAccessibleLabel'),
		},
		filterStrings: {
			heading: t('directory.filters.heading'),
			query: t('directory.filters.query'),
			category: t('directory.filters.category'),
			region: t('directory.filters.region'),
			regionAll: t('directory.filters.regionAll'),
			audience: t('directory.filters.audience'),
			audienceAll: t('directory.filters.audienceAll'),
			language: t('directory.filters.language'),
			languageAll: t('directory.filters.languageAll'),
			clear: t('directory.filters.clear'),
			countOne: uiTemplate(locale, 'directory.filters.count_one'),
			countOther: uiTemplate(locale, 'directory.filters.count_other'),
			toggle: t('directory.filters.toggle'),
			toggleActive: uiTemplate(locale, 'directory.filters.toggleActive'),
			showOne: uiTemplate(locale, 'directory.filters.show_one'),
			showOther: uiTemplate(locale, 'directory.filters.show_other'),
		},
		lang: localeConfig(locale).bcp47,
	};
}

/** The filter island's props for a listing: its options and strings, and each service's facts. */
export function filterProps(listing: DirectoryListing): DirectoryFiltersProps {
	const { categories, regions, audiences, languages, filterStrings, lang } = listing;
	return {
		categories,
		regions,
		audiences,
		languages,
		filterStrings,
		lang,
		services: listing.cards.map(({ id, category, regions, audience, languages }) => ({
			id,
			category,
			regions,
			audience,
			languages,
		})),
	};
}
