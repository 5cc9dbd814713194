import { getCountryRecords } from '~/lib/content/queries.ts';
import { countryRows, toCsv } from '~/lib/open-data/csv.ts';

/** One row per country snapshot. */
export async function GET() {
	return new Response(toCsv(countryRows(await getCountryRecords())), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}
