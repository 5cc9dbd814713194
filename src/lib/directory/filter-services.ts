import { withoutNorwegianLetters } from '../text/norwegian-letters.ts';

/** The directory's filters, as the reader sets them and as they appear in the URL query. */
export interface DirectoryFilters {
	/** Free text; every word must appear. */
	query: string;
	/** Category ids; a service matches any of them. Empty: all categories. */
	categories: string[];
	/** A county id; matches services in that county and services for all of Norway. Empty: everywhere. */
	region: string;
	/** An audience id. Empty: everyone. */
	audience: string;
	/** A language code. Empty: any language. */
	language: string;
}

/** What a service must expose to be filtered. */
export interface FilterableService {
	category: string;
	regions: string[];
	audience: string[];
	languages: string[];
	/**
	 * Name, organisation, description, category and area, folded with `foldText`. Only the
	 * directory's island searches by words (it reads them from the cards in its page); the static
	 * listings filter by county and category, and their services have none.
	 */
	searchText?: string;
}

export const emptyFilters: DirectoryFilters = {
	query: '',
	categories: [],
	region: '',
	audience: '',
	language: '',
};

/**
 * Lower-cases text and folds letters readers may type without: æ→ae, ø→o, å→a, and accents
 * (é→e), so "parorende" finds "pårørende" and "pårørende" finds "Parorende"; soft hyphens go.
 * @example foldText('Pårørendesenteret') // 'parorendesenteret'
 */
export function foldText(text: string): string {
	return (
		withoutNorwegianLetters(text.toLowerCase())
			.normalize('NFD')
			// Accents, and the soft hyphens headings carry for narrow screens: no reader types them.
			.replace(/[\p{M}\u00ad]/gu, '')
	);
}

/** The services that pass every filter, in their original order. */
export function filterServices<S extends FilterableService>(
	services: S[],
	filters: DirectoryFilters,
): S[] {
	const words = foldText(filters.query).split(/\s+/).filter(Boolean);
	return services.filter(
		(service) =>
			(filters.categories.length === 0 || filters.categories.includes(service.category)) &&
			(!filters.region ||
				service.regions.includes(filters.region) ||
				service.regions.includes('national')) &&
			(!filters.audience || service.audience.includes(filters.audience)) &&
			(!filters.language || service.languages.includes(filters.language)) &&
			words.every((word) => service.searchText?.includes(word)),
	);
}

/** True when any filter is set. */
export function hasFilters(filters: DirectoryFilters): boolean {
	return Boolean(
		filters.query ||
		filters.categories.length ||
		filters.region ||
		filters.audience ||
		filters.language,
	);
}

/**
 * Reads filters from a URL query such as `?category=legal-aid&region=oslo&q=gratis`. Unknown
 * parameters are ignored, so old or hand-edited links still open the directory.
 */
export function filtersFromSearch(search: string | URLSearchParams): DirectoryFilters {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	return {
		query: params.get('q') ?? '',
		categories: params.getAll('category'),
		region: params.get('region') ?? '',
		audience: params.get('audience') ?? '',
		language: params.get('language') ?? '',
	};
}

/**
 * Writes filters as a URL query, `''` when none is set, so a filtered view can be shared.
 * @example filtersToSearch({ ...emptyFilters, region: 'oslo' }) // '?region=oslo'
 */
export function filtersToSearch(filters: DirectoryFilters): string {
	const params = new URLSearchParams();
	for (const category of filters.categories) params.append('category', category);
	if (filters.region) params.set('region', filters.region);
	if (filters.audience) params.set('audience', filters.audience);
	if (filters.language) params.set('language', filters.language);
	if (filters.query.trim()) params.set('q', filters.query.trim());
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** How many filters the reader has set: each category, county, audience, language and the text. */
export function activeFilterCount(filters: DirectoryFilters): number {
	return (
		filters.categories.length +
		[filters.query.trim(), filters.region, filters.audience, filters.language].filter(Boolean)
			.length
	);
}
