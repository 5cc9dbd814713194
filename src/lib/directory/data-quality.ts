import { regionValues, serviceCategoryValues, type ServiceData } from '../../schemas/service.ts';

/** What an editor should look at in the directory data. */
export interface DirectoryQuality {
	/** Entries last verified more than 12 months before `today`. */
	stale: { id: string; verifiedOn: Date }[];
	/** Entries with no website, phone, email or address: a reader cannot reach them from here. */
	noContactRoute: string[];
	/** Categories that no entry uses. */
	emptyCategories: string[];
	/** Counties with no entry of their own (national entries still serve them). */
	emptyRegions: string[];
}

/** Checks the directory's data quality as of `today`. */
export function directoryQuality(services: ServiceData[], today: Date): DirectoryQuality {
	const yearAgo = new Date(today);
	yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
	const used = (values: readonly string[], pick: (service: ServiceData) => string[]) =>
		values.filter((value) => !services.some((service) => pick(service).includes(value)));
	return {
		stale: services
			.filter((service) => service.verifiedOn < yearAgo)
			.map((service) => ({ id: service.id, verifiedOn: service.verifiedOn })),
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
		emptyRegions: used(
			regionValues.filter((region) => region !== 'national'),
			(service) => service.region,
		),
	};
}
