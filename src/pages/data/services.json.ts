import { defaultLocale } from '~/i18n/locales.ts';
import { getServices } from '~/lib/content/queries.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { hsdsServiceList } from '~/lib/open-data/hsds.ts';

/** The directory as open data: Open Referral HSDS 3.0, in Norwegian (the source language). */
export async function GET() {
	const services = (await getServices()).map((entry) => entry.data);
	const body = hsdsServiceList(services, defaultLocale, useTranslations(defaultLocale));
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
