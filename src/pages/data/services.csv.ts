import { getServices } from '~/lib/content/queries.ts';
import { serviceRows, toCsv } from '~/lib/open-data/csv.ts';

/** The directory as one CSV table, with every text in every language. */
export async function GET() {
	const rows = serviceRows((await getServices()).map((entry) => entry.data));
	return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
