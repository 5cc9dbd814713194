import { localeCodes, type Locale } from '../../i18n/locales.ts';
import type { CountryData } from '../../schemas/country.ts';
import type { ServiceData } from '../../schemas/service.ts';

/** A CSV file's rows: column name → cell. */
export type CsvRow = Record<string, string | number | undefined>;

/**
 * RFC 4180 CSV with a header row: fields with commas, quotes or line breaks are quoted, and the
 * lines end in CRLF, so spreadsheet programs open it as it is.
 * @example toCsv([{ a: 1, b: 'x, y' }]) // 'a,b\r\n1,"x, y"\r\n'
 */
export function toCsv(rows: CsvRow[], columns = Object.keys(rows[0] ?? {})): string {
	const cell = (value: string | number | undefined) => {
		const text = value === undefined ? '' : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
	};
	return [columns, ...rows.map((row) => columns.map((column) => row[column]))]
		.map((line) => line.map((value) => cell(value as string)).join(','))
		.join('\r\n')
		.concat('\r\n');
}

/** One row per service, with its texts in every language. */
export function serviceRows(services: ServiceData[]): CsvRow[] {
	return services.map((service) => ({
		id: service.id,
		...Object.fromEntries(
			localeCodes.flatMap((locale) => [
				[`name_${locale}`, service.name[locale]],
				[`description_${locale}`, service.description[locale]],
				[`organisation_${locale}`, service.organisation[locale]],
				[`how_to_access_${locale}`, service.howToAccess[locale]],
			]),
		),
		category: service.category,
		audience: service.audience.join(' '),
		regions: service.region.join(' '),
		municipality: service.municipality,
		website: service.website,
		phones: service.phones.map((phone) => phone.number.tel).join(' '),
		email: service.email,
		addresses: service.addresses
			.map((address) =>
				[address.street, address.postalCode, address.city].filter(Boolean).join(' '),
			)
			.join(' | '),
		languages: service.languages.join(' '),
		cost: service.cost,
		status: service.status,
		compiled_on: service.compiledOn.toISOString().slice(0, 10),
		checked_on: service.checkedOn?.toISOString().slice(0, 10),
		source_date: service.sourceDate,
		sources: service.sources.join(' '),
	}));
}

/** A country's snapshot in every language it is written in, by its file name. */
export interface CountryRecord {
	key: string;
	/** The snapshot in the source language: the figures are the same in every language. */
	data: CountryData;
	/** The country's name and series titles per language. */
	names: Partial<Record<Locale, string>>;
	seriesTitles: Partial<Record<Locale, Record<string, string>>>;
}

/** One row per country: its figures, each with its date. */
export function countryRows(countries: CountryRecord[]): CsvRow[] {
	return countries.map(({ key, data, names }) => {
		const courts = data.treatmentCourts;
		return {
			country: key,
			code: data.code,
			...Object.fromEntries(localeCodes.map((locale) => [`name_${locale}`, names[locale]])),
			model: data.model.join(' '),
			year_started: data.yearStarted ?? 'unknown',
			treatment_courts: typeof courts === 'string' ? courts : courts.value,
			treatment_courts_as_of: typeof courts === 'string' ? undefined : courts.asOf,
			snapshot_date: data.snapshotDate,
			last_reviewed: data.lastReviewed.toISOString().slice(0, 10),
		};
	});
}

/** One row per point of every country's series. */
export function seriesRows(countries: CountryRecord[]): CsvRow[] {
	return countries.flatMap(({ key, data, seriesTitles }) =>
		data.series.flatMap((series) =>
			series.points.map((point) => ({
				country: key,
				series: series.id,
				...Object.fromEntries(
					localeCodes.map((locale) => [`title_${locale}`, seriesTitles[locale]?.[series.id]]),
				),
				year: point.year,
				label: point.label ?? String(point.year),
				value: point.value,
				source: point.source,
			})),
		),
	);
}
