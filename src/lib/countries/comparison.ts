import type { Locale } from '../../i18n/locales.ts';
import type { CountryData } from '../../schemas/country.ts';
import type { Translate, TranslationKey } from '../i18n/translate.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { figureView, type FigureView } from './figures.ts';
import { isSnapshotStale, snapshotSortKey } from './snapshot.ts';

/** One row of the country comparison table, with display text and sort keys. */
export interface ComparisonRow {
	name: string;
	/** The `lang` of the name and the figure's note when the snapshot is not yet translated. */
	lang?: string;
	url: string;
	model: string;
	/** `null` shows as "unknown" and sorts last. */
	yearStarted: number | null;
	treatmentCourts: FigureView;
	snapshotLabel: string;
	snapshotSortKey: string;
	/** True when the newest figure is more than two years old. */
	snapshotStale: boolean;
}

/**
 * The comparison table's rows in the order they appear without JavaScript: alphabetical by the
 * country's name in the reader's language.
 */
export function comparisonRows(
	countries: { data: CountryData; url: string; lang?: string }[],
	locale: Locale,
	t: Translate,
	today: Date,
): ComparisonRow[] {
	const collator = new Intl.Collator(locale);
	return countries
		.map(({ data, url, lang }) => ({
			name: data.name,
			lang,
			url,
			model: data.model.map((model) => t(`country.model.${model}` as TranslationKey)).join(', '),
			yearStarted: data.yearStarted,
			treatmentCourts: figureView(data.treatmentCourts, locale, t, today),
			snapshotLabel: formatPartialDate(data.snapshotDate, locale),
			snapshotSortKey: snapshotSortKey(data.snapshotDate),
			snapshotStale: isSnapshotStale(data.snapshotDate, today),
		}))
		.sort((a, b) => collator.compare(a.name, b.name));
}
