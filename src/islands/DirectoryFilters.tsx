import { useEffect, useMemo, useState } from 'preact/hooks';
import { ServiceGroups } from '../components/ServiceGroups.tsx';
import {
	emptyFilters,
	filterServices,
	filtersFromSearch,
	filtersToSearch,
	activeFilterCount,
	hasFilters,
	type DirectoryFilters as Filters,
} from '../lib/directory/filter-services.ts';
import type { DirectoryFiltersProps, ListingOption } from '../lib/directory/listing-props.ts';
import { fillTemplate, pluralTemplate } from '../lib/i18n/fill-template.ts';
import '../styles/form-controls.css';
import '../styles/components/directory-filters.css';

/**
 * The directory listing with filters. Without JavaScript it renders the full grouped list; once it
 * runs, it adds a button that opens the filter form, reads filters from the URL query and keeps the
 * query up to date, so a filtered view can be shared. The result count is announced in a live
 * region, and "Show N services" closes the form and goes to the results.
 */
export default function DirectoryFilters(props: DirectoryFiltersProps) {
	const { cards, categories, regions, audiences, languages, filterStrings: strings, lang } = props;
	const [enhanced, setEnhanced] = useState(false);
	const [filters, setFilters] = useState<Filters>(emptyFilters);
	const [open, setOpen] = useState(false);

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
		// The filters are the same in every language, so switching language keeps them.
		for (const $link of document.querySelectorAll<HTMLAnchorElement>('a[data-alternate]'))
			$link.search = filtersToSearch(filters);
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
	const count = pluralTemplate(
		lang,
		visible.length,
		{ one: strings.countOne, other: strings.countOther },
		{ total: cards.length },
	);
	const active = activeFilterCount(filters);
	const showResults = () => {
		setOpen(false);
		const $results = document.getElementById('results');
		$results?.scrollIntoView({ block: 'start', behavior: 'instant' });
		$results?.querySelector<HTMLElement>('.directory__count')?.focus();
	};

	return (
		<div class="directory" data-state={enhanced ? 'enhanced' : 'static'}>
			{/* The bar has the same height with and without JavaScript, so nothing moves when the
			    filters arrive; the form opens only when the reader asks for it. */}
			<div class="directory__bar" data-print="hide">
				{enhanced ? (
					<button
						type="button"
						class="ds-button"
						data-variant="secondary"
						aria-expanded={open}
						aria-controls="directory-filters"
						onClick={() => setOpen(!open)}
					>
						{active > 0 ? fillTemplate(strings.toggleActive, { count: active }) : strings.toggle}
					</button>
				) : (
					<span class="directory__bar-placeholder" />
				)}
			</div>
			{enhanced && (
				<form
					id="directory-filters"
					class="directory-filters"
					aria-labelledby="directory-filters-heading"
					data-print="hide"
					hidden={!open}
					onSubmit={(event) => {
						event.preventDefault();
						showResults();
					}}
				>
					<h2 id="directory-filters-heading">{strings.heading}</h2>
					<div class="ds-field">
						<label class="ds-label" for="directory-query">
							{strings.query}
						</label>
						<input
							class="ds-input"
							id="directory-query"
							type="search"
							value={filters.query}
							onInput={(event) => update({ query: event.currentTarget.value })}
						/>
					</div>
					<fieldset class="ds-fieldset">
						<legend class="ds-label">{strings.category}</legend>
						<div class="directory-filters__categories">
							{categories.map((category) => (
								<div key={category.id} class="ds-field directory-filters__check">
									<input
										class="ds-input"
										type="checkbox"
										id={`directory-category-${category.id}`}
										name="category"
										value={category.id}
										checked={filters.categories.includes(category.id)}
										onChange={(event) => toggleCategory(category.id, event.currentTarget.checked)}
									/>
									<label
										class="ds-label"
										data-weight="regular"
										for={`directory-category-${category.id}`}
									>
										{category.label}
									</label>
								</div>
							))}
						</div>
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
					<div class="directory-filters__actions">
						<button type="submit" class="ds-button" data-variant="primary">
							{pluralTemplate(lang, visible.length, {
								one: strings.showOne,
								other: strings.showOther,
							})}
						</button>
						{/* aria-disabled, not disabled: focus stays on the button after clearing. */}
						<button
							type="button"
							class="ds-button"
							data-variant="secondary"
							aria-disabled={!hasFilters(filters)}
							onClick={() => hasFilters(filters) && setFilters(emptyFilters)}
						>
							{strings.clear}
						</button>
					</div>
				</form>
			)}
			{/* Links from elsewhere (the explainer's outcomes) land here, at the top of the results. */}
			<div id="results" class="directory__results">
				<p class="directory__count" role="status" tabIndex={-1}>
					{count}
				</p>
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
	options: ListingOption[];
	value: string;
	onChange: (value: string) => void;
}) {
	return (
		<div class="ds-field">
			<label class="ds-label" for={props.id}>
				{props.label}
			</label>
			<select
				class="ds-input"
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
