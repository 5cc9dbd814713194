import { getCountryRecords } from '~/lib/content/queries.ts';

/** The country snapshots as open data: figures with their dates, series with their sources. */
export async function GET() {
	const countries = (await getCountryRecords()).map(({ key, data, names, seriesTitles }) => ({
		country: key,
		code: data.code,
		name: names,
		model: data.model,
		yearStarted: data.yearStarted,
		treatmentCourts: data.treatmentCourts,
		snapshotDate: data.snapshotDate,
		lastReviewed: data.lastReviewed.toISOString().slice(0, 10),
		series: data.series.map((series) => ({
			id: series.id,
			title: Object.fromEntries(
				Object.entries(seriesTitles).map(([locale, titles]) => [locale, titles[series.id]]),
			),
			points: series.points,
		})),
		sources: data.sources,
	}));
	return new Response(JSON.stringify({ countries }, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
