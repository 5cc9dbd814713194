import { useEffect, useMemo, useState } from 'preact/hooks';
import { ServiceGroups, type ServiceGroupsProps } from '../components/ServiceGroups.tsx';
import {
	emptyFilters,
	filterServices,
	filtersFromSearch,
	filtersToSearch,
	hasFilters,
	type DirectoryFilters as Filters,
} from '../lib/directory/filter-services.ts';
import '../styles/components/directory-filters.css';

interface Option {
	id: string;
	label: string;
}

export interface DirectoryFiltersProps extends ServiceGroupsProps {
	regions: Option[];
	audiences: Option[];
	languages: Option[];
	/** UI strings (`directory.filters.*`), picked on the page. Counts keep `{{count}}` and `{{total}}`. */
	filterStrings: {
		heading: string;
		query: string;
		category: string;
		region: string;
		regionAll: string;
		audience: string;
		audienceAll: string;
		language: string;
		languageAll: string;
		clear: string;
		countOne: string;
		countOther: string;
		none: string;
	};
	/** BCP 47 tag for plural rules. */
	lang: string;
}

/**
 * The directory listing with filters. Without JavaScript it renders the full grouped list; once it
 * runs, it adds the filter form, reads filters from the URL query and keeps the query up to date, so
 * a filtered view can be shared. The result count is announced in a live region.
 */
export default function DirectoryFilters(props: DirectoryFiltersProps) {
	const { cards, categories, regions, audiences, languages, filterStrings: strings, lang } = props;
	const [enhanced, setEnhanced] = useState(false);
	const [filters, setFilters] = useState<Filters>(emptyFilters);

	useEffect(() => {
		setFilters(filtersFromSearch(window.location.search));
		setEnhanced(true);
	}, []);

	// The filter form appears above the results once this runs; a link to #results must still
	// land at the top of the (now filtered) results.
	useEffect(() => {
		if (!enhanced || window.location.hash !== '#results') return;
		// After the browser has laid out the form (and finished its own jump to the fragment).
		requestAnimationFrame(() =>
			document.getElementById('results')?.scrollIntoView({ block: 'start', behavior: 'instant' }),
		);
	}, [enhanced]);

	useEffect(() => {
		if (!enhanced) return;
		const url = `${window.location.pathname}${filtersToSearch(filters)}`;
		window.history.replaceState(window.history.state, '', url);
	}, [filters, enhanced]);

	const visible = useMemo(() => filterServices(cards, filters), [cards, filters]);
	const update = (change: Partial<Filters>) => setFilters((current) => ({ ...current, ...change }));
	const toggleCategory = (id: string, checked: boolean) =>
		setFilters((current) => ({
			...current,
			categories: checked
				? [...current.categories, id]
				: current.categories.filter((category) => category !== id),
		}));
	const plural =
		new Intl.PluralRules(lang).select(visible.length) === 'one'
			? strings.countOne
			: strings.countOther;
	const count = plural
		.replace('{{count}}', String(visible.length))
		.replace('{{total}}', String(cards.length));

	return (
		<div class="directory" data-state={enhanced ? 'enhanced' : 'static'}>
			{enhanced && (
				<form
					class="directory-filters"
					aria-labelledby="directory-filters-heading"
					data-print="hide"
					onSubmit={(event) => event.preventDefault()}
				>
					<h2 id="directory-filters-heading">{strings.heading}</h2>
					<div class="directory-filters__field">
						<label for="directory-query">{strings.query}</label>
						<input
							id="directory-query"
							type="search"
							value={filters.query}
							onInput={(event) => update({ query: event.currentTarget.value })}
						/>
					</div>
					<fieldset class="directory-filters__categories">
						<legend>{strings.category}</legend>
						{categories.map((category) => (
							<label key={category.id} class="directory-filters__check">
								<input
									type="checkbox"
									name="category"
									value={category.id}
									checked={filters.categories.includes(category.id)}
									onChange={(event) => toggleCategory(category.id, event.currentTarget.checked)}
								/>
								<span>{category.label}</span>
							</label>
						))}
					</fieldset>
					<div class="directory-filters__selects">
						<Select
							id="directory-region"
							label={strings.region}
							all={strings.regionAll}
							options={regions}
							value={filters.region}
							onChange={(region) => update({ region })}
						/>
						<Select
							id="directory-audience"
							label={strings.audience}
							all={strings.audienceAll}
							options={audiences}
							value={filters.audience}
							onChange={(audience) => update({ audience })}
						/>
						<Select
							id="directory-language"
							label={strings.language}
							all={strings.languageAll}
							options={languages}
							value={filters.language}
							onChange={(language) => update({ language })}
						/>
					</div>
					<button
						type="button"
						class="ds-button"
						data-variant="secondary"
						disabled={!hasFilters(filters)}
						onClick={() => setFilters(emptyFilters)}
					>
						{strings.clear}
					</button>
				</form>
			)}
			{/* Links from elsewhere (the explainer's outcomes) land here, at the top of the results. */}
			<div id="results" class="directory__results">
				{enhanced && (
					<p class="directory__count" role="status">
						{count}
					</p>
				)}
				{visible.length === 0 ? (
					<p class="directory__none">{strings.none}</p>
				) : (
					<ServiceGroups {...props} cards={visible} />
				)}
			</div>
		</div>
	);
}

function Select(props: {
	id: string;
	label: string;
	all: string;
	options: Option[];
	value: string;
	onChange: (value: string) => void;
}) {
	return (
		<div class="directory-filters__field">
			<label for={props.id}>{props.label}</label>
			<select
				id={props.id}
				value={props.value}
				onChange={(event) => props.onChange(event.currentTarget.value)}
			>
				<option value="">{props.all}</option>
				{props.options.map((option) => (
					<option key={option.id} value={option.id}>
						{option.label}
					</option>
				))}
			</select>
		</div>
	);
}
