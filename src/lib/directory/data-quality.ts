import { counties, serviceCategoryValues, type ServiceData } from '../../schemas/service.ts';

/**
 * The day a listing's contact details are known to be right from: the date of its old or
 * second-hand source when it has one (`sourceDate`), else the day they were confirmed with the
 * service (`checkedOn`), else the day they were taken from the sources (`compiledOn`).
 * @example evidenceDate({ compiledOn: new Date('2026-11-22'), sourceDate: '2019' }) // 2019-01-01
 */
export function evidenceDate(
	service: Pick<ServiceData, 'compiledOn' | 'checkedOn' | 'sourceDate'>,
): Date {
	const known = service.checkedOn ?? service.compiledOn;
	if (!service.sourceDate) return known;
	const [year, month = 1, day = 1] = service.sourceDate.split('-').map(Number);
	const fromSource = new Date(Date.UTC(year!, month - 1, day));
	return fromSource < known ? fromSource : known;
}

/** True when a listing's contact details rest on something more than 12 months older than `today`. */
export function isListingStale(
	service: Pick<ServiceData, 'compiledOn' | 'checkedOn' | 'sourceDate'>,
	today: Date,
): boolean {
	const yearAgo = new Date(today);
	yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
	return evidenceDate(service) < yearAgo;
}

/** What an editor should look at in the directory data. */
export interface DirectoryQuality {
	/** Entries whose contact details rest on something more than 12 months old: a check or a source. */
	stale: { id: string; since: Date }[];
	/** Entries with no website, phone, email or address: a reader cannot reach them from here. */
	noContactRoute: string[];
	/** Categories that no entry uses. */
	emptyCategories: string[];
	/** Counties with no entry of their own (national entries still serve them). */
	emptyRegions: string[];
}

/** Checks the directory's data quality as of `today`. */
export function directoryQuality(services: ServiceData[], today: Date): DirectoryQuality {
	const used = (values: readonly string[], pick: (service: ServiceData) => string[]) =>
		values.filter((value) => !services.some((service) => pick(service).includes(value)));
	return {
		stale: services
			.filter((service) => isListingStale(service, today))
			.map((service) => ({ id: service.id, since: evidenceDate(service) })),
		noContactRoute: services
			.filter(
				(service) =>
					!service.website &&
					service.phones.length === 0 &&
					!service.email &&
					service.addresses.length === 0,
			)
			.map((service) => service.id),
		emptyCategories: used(serviceCategoryValues, (service) => [service.category]),
		emptyRegions: used(counties, (service) => service.region),
	};
}
