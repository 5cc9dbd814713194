import type { Locale } from '../../i18n/locales.ts';
import type { CountryFigure, CountrySeries } from '../../schemas/country.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';
import { isSnapshotStale } from './snapshot.ts';

/** A figure as a country page or the comparison table shows it. */
export interface FigureView {
	/** "14 (2017)", "Unknown", "Not applicable". */
	text: string;
	/** What the number counts or how sure it is, from the snapshot. */
	qualifier?: string;
	/** True when the figure is more than two years old. */
	stale: boolean;
	/** For sorting: the number, or `null` when there is none. */
	value: number | null;
}

/**
 * A figure with its date, or a plain word when it is unknown or does not apply. `explained`
 * gives the longer words of a country page.
 * @example figureView({ value: 14, asOf: '2017' }, 'en', t, today).text // '14 (2017)'
 */
export function figureView(
	figure: CountryFigure,
	locale: Locale,
	t: Translate,
	today: Date,
	explained = false,
): FigureView {
	if (figure === 'unknown')
		return {
			text: t(explained ? 'countries.unknownExplained' : 'countries.unknown'),
			stale: false,
			value: null,
		};
	if (figure === 'not-applicable')
		return {
			text: t(explained ? 'countries.notApplicableExplained' : 'countries.notApplicable'),
			stale: false,
			value: null,
		};
	return {
		text: t('countries.figureAsOf', {
			value: formatNumber(figure.value, locale),
			date: formatPartialDate(figure.asOf, locale),
		}),
		...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
		stale: isSnapshotStale(figure.asOf, today),
		value: figure.value,
	};
}

/** One bar of a chart, in the reader's language. */
export interface SeriesBar {
	label: string;
	value: number;
	valueText: string;
	source: string;
	note?: string;
}

/** A series ready to draw: its bars and a sentence that says what the chart shows. */
export interface SeriesView {
	id: string;
	title: string;
	bars: SeriesBar[];
	max: number;
	/** The chart's text alternative: first, last and highest point. */
	summary: string;
}

/** A series as a chart shows it, with its text alternative. */
export function seriesView(series: CountrySeries, locale: Locale, t: Translate): SeriesView {
	const bars = series.points.map((point) => ({
		label: point.label ?? String(point.year),
		value: point.value,
		valueText: formatNumber(point.value, locale),
		source: point.source,
		...(point.note ? { note: point.note } : {}),
	}));
	const first = bars[0]!;
	const last = bars.at(-1)!;
	const highest = bars.reduce((top, bar) => (bar.value > top.value ? bar : top));
	return {
		id: series.id,
		title: series.title,
		bars,
		max: highest.value,
		summary: [
			t('series.summary', {
				first: first.valueText,
				firstYear: first.label,
				last: last.valueText,
				lastYear: last.label,
			}),
			...(highest === last
				? []
				: [t('series.peak', { max: highest.valueText, maxYear: highest.label })]),
		].join(' '),
	};
}
