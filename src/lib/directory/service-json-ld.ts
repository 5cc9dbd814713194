import type { Locale } from '../../i18n/locales.ts';
import type { ServiceData } from '../../schemas/service.ts';
import { localized } from '../i18n/localized-text.ts';

/**
 * schema.org structured data for a service page, so search engines can show name, provider,
 * area and contact details. Only fields the entry has; nothing is filled in.
 */
export function serviceJsonLd(
	service: ServiceData,
	locale: Locale,
	pageUrl: string,
	areaNames: string[],
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Service',
		name: localized(service.name, locale),
		description: localized(service.description, locale),
		url: pageUrl,
		inLanguage: locale,
		provider: { '@type': 'Organization', name: localized(service.organisation, locale) },
		areaServed: areaNames.map((name) => ({ '@type': 'AdministrativeArea', name })),
		availableChannel: {
			'@type': 'ServiceChannel',
			...(service.website ? { serviceUrl: service.website } : {}),
			...(service.phones.length > 0
				? {
						servicePhone: service.phones.map((phone) => ({
							'@type': 'ContactPoint',
							telephone: phone.number.tel,
						})),
					}
				: {}),
			...(service.addresses.length > 0
				? {
						serviceLocation: service.addresses
							.filter((address) => address.type === 'visiting')
							.map((address) => ({
								'@type': 'Place',
								address: {
									'@type': 'PostalAddress',
									streetAddress: address.street,
									...(address.postalCode ? { postalCode: address.postalCode } : {}),
									addressLocality: address.city,
									addressCountry: 'NO',
								},
							})),
					}
				: {}),
		},
		...(service.email ? { email: service.email } : {}),
		...(service.cost === 'free' ? { isAccessibleForFree: true } : {}),
	};
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so text cannot close the tag. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}
