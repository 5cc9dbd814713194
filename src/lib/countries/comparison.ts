import type { CountryData } from '../../schemas/country.ts';
import { snapshotSortKey } from './snapshot.ts';

/** One row of the country comparison table, with display text and sort keys. */
export interface ComparisonRow {
	name: string;
	url: string;
	model: string;
	/** `null` shows as "unknown" and sorts last. */
	yearStarted: number | null;
	treatmentCourts: number | null;
	snapshotDate: string;
	snapshotLabel: string;
	snapshotSortKey: string;
}

/**
 * The comparison table's rows in the order they appear without JavaScript: alphabetical by the
 * country's name in the reader's language.
 */
export function comparisonRows(
	countries: { data: CountryData; url: string }[],
	locale: string,
	labels: { model: (model: CountryData['model']) => string; date: (partialDate: string) => string },
): ComparisonRow[] {
	const collator = new Intl.Collator(locale);
	return countries
		.map(({ data, url }) => ({
			name: data.name,
			url,
			model: labels.model(data.model),
			yearStarted: data.yearStarted,
			treatmentCourts: data.treatmentCourts,
			snapshotDate: data.snapshotDate,
			snapshotLabel: labels.date(data.snapshotDate),
			snapshotSortKey: snapshotSortKey(data.snapshotDate),
		}))
		.sort((a, b) => collator.compare(a.name, b.name));
}
