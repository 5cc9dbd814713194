import type { Locale } from '../../i18n/locales.ts';
import type { ServiceData } from '../../schemas/service.ts';
import { localizedPart } from '../i18n/localized-text.ts';
import type { Translate, TranslationKey } from '../i18n/translate.ts';
import type { FilterableService } from './filter-services.ts';

/** What a listing card shows, in one language: plain, serialisable data for the page and the island. */
export interface ServiceCardData extends FilterableService {
	id: string;
	url: string;
	name: string;
	organisation: string;
	description: string;
	categoryLabel: string;
	/** The counties (or all of Norway) and the municipality, as one readable line. */
	areaLabel: string;
	phones: { tel: string; display: string; label?: string }[];
	website?: string;
	status: ServiceData['status'];
	statusLabel: string;
	alert?: string;
	/**
	 * The `lang` of each text that is not yet translated into the card's language and is shown in a
	 * fallback language instead; a field that is translated has none.
	 */
	lang: Partial<Record<'name' | 'organisation' | 'description' | 'alert', string>>;
}

/**
 * Counties and municipality as one line, without repeating a name: "Troms, Nordland (Tromsø og Narvik)",
 * but "Oslo", not "Oslo (Oslo)".
 */
export function areaLine(regionLabels: string[], municipality?: string): string {
	const regions = regionLabels.join(', ');
	return municipality && municipality !== regions ? `${regions} (${municipality})` : regions;
}

/** The card data for one service in one language; `url` is the service's own page. */
export function toServiceCard(
	service: ServiceData,
	locale: Locale,
	t: Translate,
	url: string,
): ServiceCardData {
	const regionLabels = service.region.map((region) => t(`region.${region}` as TranslationKey));
	const areaLabel = areaLine(regionLabels, service.municipality);
	const name = localizedPart(service.name, locale);
	const organisation = localizedPart(service.organisation, locale);
	const description = localizedPart(service.description, locale);
	const alert = service.alert && localizedPart(service.alert, locale);
	const categoryLabel = t(`category.${service.category}` as TranslationKey);
	return {
		id: service.id,
		url,
		name: name.value,
		organisation: organisation.value,
		description: description.value,
		category: service.category,
		categoryLabel,
		regions: service.region,
		areaLabel,
		audience: service.audience,
		languages: service.languages,
		phones: service.phones.map((phone) => ({
			...phone.number,
			label: phone.description && localizedPart(phone.description, locale).value,
		})),
		website: service.website,
		status: service.status,
		statusLabel: t(`directory.status.${service.status}` as TranslationKey),
		alert: alert?.value,
		lang: {
			name: name.lang,
			organisation: organisation.lang,
			description: description.lang,
			alert: alert?.lang,
		},
	};
}
