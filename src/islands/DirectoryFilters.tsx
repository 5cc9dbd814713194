import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { searchablePartsOfCard } from '../components/ServiceCard.tsx';
import {
	emptyFilters,
	filterServices,
	filtersFromSearch,
	filtersToSearch,
	activeFilterCount,
	hasFilters,
	foldText,
	type DirectoryFilters as Filters,
} from '../lib/directory/filter-services.ts';
import type {
	DirectoryFiltersProps,
	FilterFacts,
	ListingOption,
} from '../lib/directory/listing-props.ts';
import { fillTemplate, pluralTemplate } from '../lib/i18n/fill-template.ts';
import '../styles/form-controls.css';
import '../styles/components/directory-filters.css';

/**
 * The directory's filters. The grouped list of every service is the page's own HTML, after this
 * island (`#results`, components/ServiceGroups.tsx); once the island runs, it adds a button that
 * opens the filter form, reads filters from the URL query and keeps the query up to date, so a
 * filtered view can be shared, and hides the cards, groups and jump links the filters leave out.
 * The count is announced in its live region, and "Show N services" closes the form and goes to
 * the results.
 */
export default function DirectoryFilters(props: DirectoryFiltersProps) {
	const {
		services,
		categories,
		regions,
		audiences,
		languages,
		filterStrings: strings,
		lang,
	} = props;
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

	// Each service's words come from its card in the page, read once the island runs.
	const searchable = useMemo(
		() => (enhanced ? withSearchText(services, categories) : []),
		[enhanced],
	);
	const visible = useMemo(() => filterServices(searchable, filters), [searchable, filters]);
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
		{ total: services.length },
	);
	// Before the browser paints: the list changes in the same frame as the count and the form.
	useLayoutEffect(() => {
		if (enhanced)
			showOnly(services, new Set(visible.map((service) => service.id)), categories, count);
	}, [visible, enhanced]);
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

/** The services with the words of their cards in the page, as the free-text filter searches them. */
function withSearchText(services: FilterFacts[], categories: ListingOption[]) {
	const categoryLabel = new Map(categories.map((category) => [category.id, category.label]));
	return services.map((service) => {
		const card = cardOf(service.id);
		const parts = [...(card?.querySelectorAll(searchablePartsOfCard) ?? [])].map(
			(part) => part.textContent ?? '',
		);
		return {
			...service,
			searchText: foldText([...parts, categoryLabel.get(service.category) ?? ''].join(' ')),
		};
	});
}

/** A service's place in the page's list: the list item around the card its heading names. */
const cardOf = (id: string) => document.getElementById(`service-${id}`)?.closest('li');

/**
 * Narrows the page's list to the services shown: hides the other cards, the groups left empty and
 * their jump links, counts each group in its jump link, and says how many are shown.
 */
function showOnly(
	services: FilterFacts[],
	shown: Set<string>,
	categories: ListingOption[],
	count: string,
) {
	const results = document.getElementById('results');
	if (!results) return;
	for (const { id } of services) {
		const card = cardOf(id);
		if (card) card.hidden = !shown.has(id);
	}
	let groupsShown = 0;
	for (const { id, label } of categories) {
		const group = document.getElementById(`category-${id}`)?.closest('section');
		const number = group?.querySelectorAll('.service-groups__cards > li:not([hidden])').length ?? 0;
		if (group) group.hidden = number === 0;
		if (number > 0) groupsShown += 1;
		const link = results.querySelector(`.service-groups__jump a[href="#category-${id}"]`);
		if (link) {
			setText(link, `${label} (${number})`);
			link.closest('li')!.hidden = number === 0;
		}
	}
	const jump = results.querySelector<HTMLElement>('.service-groups__jump');
	// As on the static pages: a jump list only when there is more than one group to jump to.
	if (jump) jump.hidden = groupsShown < 2;
	// The count is a live region: rewritten with the same words, a screen reader may say it again.
	setText(results.querySelector('.directory__count')!, count);
	results.querySelector<HTMLElement>('.directory__none')!.hidden = shown.size > 0;
}

/** Sets an element's text only when it changes. */
function setText(element: Element, text: string) {
	if (element.textContent !== text) element.textContent = text;
}
