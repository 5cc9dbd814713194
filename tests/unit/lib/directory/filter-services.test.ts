import { describe, expect, test } from 'vitest';
import {
	emptyFilters,
	filterServices,
	filtersFromSearch,
	filtersToSearch,
	foldText,
	hasFilters,
	type FilterableService,
} from '~/lib/directory/filter-services.ts';

function service(
	id: string,
	overrides: Partial<FilterableService>,
): FilterableService & { id: string } {
	return {
		id,
		category: 'legal-aid',
		regions: ['national'],
		audience: ['public'],
		languages: [],
		searchText: '',
		...overrides,
	};
}

const services = [
	service('jussbuss', {
		regions: ['oslo'],
		audience: ['defendants', 'families'],
		searchText: foldText('Jussbuss Gratis rettshjelp i Oslo'),
	}),
	service('parorendesenteret', {
		category: 'family-support',
		audience: ['families'],
		languages: ['nb', 'en'],
		searchText: foldText('Pårørendesenteret Rettigheter for pårørende'),
	}),
	service('uteseksjonen', {
		category: 'municipal-service',
		regions: ['oslo'],
		languages: ['nb', 'en'],
		searchText: foldText('Uteseksjonen Oppsøkende arbeid i Oslo sentrum'),
	}),
	service('jussformidlingen', {
		regions: ['vestland'],
		searchText: foldText('Jussformidlingen i Bergen'),
	}),
	service('strax-huset', {
		category: 'harm-reduction',
		regions: ['vestland'],
		searchText: foldText('Strax-huset dagsenter i Bergen'),
	}),
];
const ids = (filters: Partial<typeof emptyFilters>) =>
	filterServices(services, { ...emptyFilters, ...filters }).map((item) => item.id);

describe('filterServices()', () => {
	test('shows everything without filters', () => {
		expect(ids({})).toHaveLength(5);
	});

	test('filters by one category', () => {
		expect(ids({ categories: ['legal-aid'] })).toEqual(['jussbuss', 'jussformidlingen']);
	});

	test('filters by several categories at once', () => {
		expect(ids({ categories: ['family-support', 'harm-reduction'] })).toEqual([
			'parorendesenteret',
			'strax-huset',
		]);
	});

	test('a county shows its own services and those for all of Norway', () => {
		expect(ids({ region: 'vestland' })).toEqual([
			'parorendesenteret',
			'jussformidlingen',
			'strax-huset',
		]);
	});

	test('filters by audience', () => {
		expect(ids({ audience: 'defendants' })).toEqual(['jussbuss']);
	});

	test('filters by language', () => {
		expect(ids({ language: 'en' })).toEqual(['parorendesenteret', 'uteseksjonen']);
	});

	test('combines filters: all must match', () => {
		expect(ids({ region: 'oslo', categories: ['legal-aid'] })).toEqual(['jussbuss']);
		expect(ids({ region: 'oslo', language: 'en', categories: ['municipal-service'] })).toEqual([
			'uteseksjonen',
		]);
	});

	test('free text finds Norwegian words typed with æøå', () => {
		expect(ids({ query: 'pårørende' })).toEqual(['parorendesenteret']);
	});

	test('free text finds æøå words typed without them', () => {
		expect(ids({ query: 'parorende' })).toEqual(['parorendesenteret']);
		expect(ids({ query: 'oppsokende' })).toEqual(['uteseksjonen']);
	});

	test('free text in English finds English text, ignoring case', () => {
		const english = [
			service('legal', { searchText: foldText('Free legal aid for women in prison') }),
		];
		expect(filterServices(english, { ...emptyFilters, query: 'LEGAL Prison' })).toHaveLength(1);
	});

	test('every word of the free text must appear', () => {
		expect(ids({ query: 'gratis bergen' })).toEqual([]);
		expect(ids({ query: 'gratis oslo' })).toEqual(['jussbuss']);
	});

	test('finds nothing when no service matches', () => {
		expect(ids({ region: 'finnmark', categories: ['harm-reduction'] })).toEqual([]);
	});
});

describe('filters in the URL', () => {
	test('survive a round trip through the query string', () => {
		const filters = {
			query: 'rettshjelp',
			categories: ['legal-aid', 'helpline'],
			region: 'oslo',
			audience: 'families',
			language: 'en',
		};
		expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
	});

	test('give an empty query when nothing is set', () => {
		expect(filtersToSearch(emptyFilters)).toBe('');
		expect(hasFilters(emptyFilters)).toBe(false);
	});

	test('keep æøå in free text', () => {
		expect(filtersFromSearch(filtersToSearch({ ...emptyFilters, query: 'pårørende' })).query).toBe(
			'pårørende',
		);
	});

	test('ignore unknown parameters', () => {
		expect(filtersFromSearch('?utm_source=x&region=troms')).toEqual({
			...emptyFilters,
			region: 'troms',
		});
	});
});

describe('foldText()', () => {
	test('folds æ, ø, å and accents', () => {
		expect(foldText('Ærlig ØKONOMI på Café')).toBe('aerlig okonomi pa cafe');
	});

	test('drops the soft hyphens a card’s heading carries, so a word typed whole finds it', () => {
		// The island reads the words from the cards in the page, headings hyphenated for phones.
		const card = service('ivareta', { searchText: foldText('Pårørende\u00adtelefonen') });
		expect(filterServices([card], { ...emptyFilters, query: 'parorendetelefonen' })).toEqual([
			card,
		]);
	});
});
