import { getCountryRecords } from '~/lib/content/queries.ts';
import { seriesRows, toCsv } from '~/lib/open-data/csv.ts';

/** One row per point of every country's figures over time. */
export async function GET() {
	return new Response(toCsv(seriesRows(await getCountryRecords())), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}
