import { createHash } from 'node:crypto';
import type { Locale } from '../../i18n/locales.ts';
import type { ServiceData } from '../../schemas/service.ts';
import { localized } from '../i18n/localized-text.ts';
import type { Translate, TranslationKey } from '../i18n/translate.ts';

// The directory as Open Referral HSDS 3.0 (https://docs.openreferral.org/): services with their
// organisation, phones, locations with addresses, service areas and languages. HSDS asks for UUID
// ids; they are derived from the file names, so they stay the same from build to build.

/** A stable UUID (version 5 layout) for a kind of record and its key. */
export function stableUuid(kind: string, key: string): string {
	const hash = createHash('sha1').update(`narkotikaprogram-portal:${kind}:${key}`).digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** HSDS service `status` values for the directory's statuses. */
const hsdsStatus: Record<ServiceData['status'], string> = {
	active: 'active',
	'temporarily-closed': 'temporarily closed',
	inactive: 'inactive',
};

/** One service as an HSDS 3.0 service object, in one language (a text not yet translated in its fallback's). */
export function hsdsService(service: ServiceData, locale: Locale, t: Translate) {
	const id = stableUuid('service', service.id);
	const organisationName = localized(service.organisation, locale);
	return {
		id,
		name: localized(service.name, locale),
		description: localized(service.description, locale),
		...(service.website ? { url: service.website } : {}),
		...(service.email ? { email: service.email } : {}),
		status: hsdsStatus[service.status],
		application_process: localized(service.howToAccess, locale),
		...(service.eligibility
			? { eligibility_description: localized(service.eligibility, locale) }
			: {}),
		...(service.cost === 'free' ? { fees_description: t('openData.free') } : {}),
		...(service.alert ? { alert: localized(service.alert, locale) } : {}),
		// HSDS: the day the information was confirmed; a list compiled from sources is not that.
		...(service.checkedOn ? { assured_date: service.checkedOn.toISOString().slice(0, 10) } : {}),
		organization: {
			id: stableUuid('organization', organisationName),
			name: organisationName,
			description: organisationName,
		},
		phones: service.phones.map((phone, index) => ({
			id: stableUuid('phone', `${service.id}/${index}`),
			number: phone.number.tel,
			...(phone.description ? { description: localized(phone.description, locale) } : {}),
		})),
		service_areas: service.region.map((region) => ({
			id: stableUuid('service_area', `${service.id}/${region}`),
			name: t(`region.${region}` as TranslationKey),
		})),
		service_at_locations: service.addresses.map((address, index) => {
			const locationId = stableUuid('location', `${service.id}/${index}`);
			return {
				id: stableUuid('service_at_location', `${service.id}/${index}`),
				location: {
					id: locationId,
					location_type: address.type === 'postal' ? 'postal' : 'physical',
					addresses: [
						{
							id: stableUuid('address', `${service.id}/${index}`),
							location_id: locationId,
							address_1: address.street,
							city: address.city,
							state_province: service.region
								.filter((region) => region !== 'national')
								.map((region) => t(`region.${region}` as TranslationKey))
								.join(', '),
							postal_code: address.postalCode ?? '',
							country: 'NO',
							address_type: address.type === 'postal' ? 'postal' : 'physical',
						},
					],
				},
			};
		}),
		languages: service.languages.map((code) => ({
			id: stableUuid('language', `${service.id}/${code}`),
			code,
		})),
	};
}

/**
 * The whole directory as one HSDS 3.0 page of services (the shape of the API's `/services`), in
 * one language.
 */
export function hsdsServiceList(services: ServiceData[], locale: Locale, t: Translate) {
	return {
		total_items: services.length,
		total_pages: 1,
		page_number: 1,
		size: services.length,
		first_page: true,
		last_page: true,
		empty: services.length === 0,
		contents: services.map((service) => hsdsService(service, locale, t)),
	};
}
