import { useEffect, useRef, useState } from 'preact/hooks';
import { fillTemplate } from '../lib/i18n/fill-template.ts';
import { vocabularyFile } from '../lib/search/sections.ts';
import { planQuery, type SearchVocabulary } from '../lib/search/vocabulary.ts';
import '../styles/components/search.css';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; section?: string };
}

interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}

interface PagefindSearch {
	results: PagefindResult[];
	/** Results per filter value for the query alone, whatever filter is applied. */
	totalFilters: Record<string, Record<string, number>>;
	/** Results for the query alone, whatever filter is applied. */
	unfilteredResultCount: number;
}

interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	filters: () => Promise<unknown>;
	search: (
		query: string,
		options?: { filters?: Record<string, string> },
	) => Promise<PagefindSearch>;
}

export interface SiteSearchProps {
	/** The deploy base, e.g. `/` or `/portal/`: where Pagefind's files and the result pages live. */
	base: string;
	/** The section filter's values (as indexed) in display order. */
	sections: string[];
	links: { explainer: string; directory: string; index: string };
	strings: {
		label: string;
		hint: string;
		submit: string;
		filtersLabel: string;
		allSections: string;
		/** These keep `{{count}}` and `{{query}}`. */
		countOne: string;
		countOther: string;
		none: string;
		loading: string;
		noneHelp: string;
		noneExplainer: string;
		noneDirectory: string;
		noneIndex: string;
		/** Shown without JavaScript, before the link to the A–Z list. */
		needsScript: string;
		/** Keeps `{{query}}`: the spelling the search used instead of the one typed. */
		respelled: string;
		/** Keeps `{{query}}`: a link to search for the words exactly as typed. */
		searchOriginal: string;
		unavailable: string;
		showMore: string;
	};
	/** BCP 47 tag for plural rules. */
	lang: string;
}

interface Result extends PagefindResultData {
	id: string;
}

/** How many results are shown at first, and added by each "show more". */
const pageSize = 10;

const loadResults = (results: PagefindResult[]) =>
	Promise.all(
		results.map(async (result): Promise<Result> => ({ id: result.id, ...(await result.data()) })),
	);

let pagefindPromise: Promise<Pagefind> | undefined;

let vocabularyPromise: Promise<SearchVocabulary> | undefined;

/** The index's own words (src/lib/search/vocabulary.ts); fetched with the first search. */
function loadVocabulary(base: string, lang: string): Promise<SearchVocabulary> {
	const none: SearchVocabulary = { words: [], spellings: {}, compounds: {}, forms: {} };
	vocabularyPromise ??= fetch(`${base}${vocabularyFile(lang)}`)
		.then((response) => (response.ok ? response.json() : none))
		.catch(() => none);
	return vocabularyPromise;
}

/** The most pages the compounds of a query's words add, below the pages the words find. */
const compoundResults = 10;

/**
 * Pages that only the query's other forms find (a compound, "program" → «narkotikaprogrammet»; the
 * reader's own written Norwegian; fewer of its words), not already among `found`, each with its
 * data (for its section).
 */
async function compoundMatches(
	pagefind: Pagefind,
	queries: string[],
	found: PagefindResult[],
): Promise<{ result: PagefindResult; data: PagefindResultData }[]> {
	const seen = new Set(found.map((result) => result.id));
	const extra: PagefindResult[] = [];
	for (const query of queries) {
		for (const result of (await pagefind.search(query)).results) {
			if (seen.has(result.id) || extra.length >= compoundResults) continue;
			seen.add(result.id);
			extra.push(result);
		}
	}
	return Promise.all(extra.map(async (result) => ({ result, data: await result.data() })));
}

/**
 * When no page has every word, the words that find the most pages with one word left out, so
 * "family support tromsø" still finds the pages about family support.
 */
async function loosen(pagefind: Pagefind, query: string): Promise<string> {
	const words = query.split(/\s+/).filter(Boolean);
	if (words.length < 2) return query;
	const fewer = words.map((_, skip) => words.filter((__, index) => index !== skip).join(' '));
	const counts = await Promise.all(
		fewer.map(async (text) => (await pagefind.search(text)).results.length),
	);
	const best = counts.indexOf(Math.max(...counts));
	return counts[best]! > 0 ? fewer[best]! : query;
}

/** Loads Pagefind from this site only when a search runs, so no other page carries search code. */
function loadPagefind(base: string): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Pagefind's default ranking favours short pages strongly, which buried the long guide pages
		// under short directory entries ("prison", "pårørende"); these weights were tuned against the
		// queries in tests/e2e/search.e2e.ts.
		await pagefind.options({
			baseUrl: base,
			excerptLength: 24,
			ranking: { pageLength: 0.3, termFrequency: 0.5 },
		});
		// Loading the filter index first makes every search report its counts per section.
		await pagefind.filters();
		return pagefind;
	})();
	return pagefindPromise;
}

/**
 * Site search on Pagefind's JavaScript API. The query lives in the address (`?q=`), so results can
 * be shared and Back returns to them; it never leaves the browser, because the index is static files
 * on this site. Renders nothing until JavaScript runs: the page's A–Z list serves readers without it.
 */
export default function SiteSearch({ base, sections, links, strings, lang }: SiteSearchProps) {
	const [enhanced, setEnhanced] = useState(false);
	const [query, setQuery] = useState('');
	const [section, setSection] = useState('');
	const [found, setFound] = useState<PagefindResult[]>([]);
	const [results, setResults] = useState<Result[] | null>(null);
	const [counts, setCounts] = useState<Record<string, number>>({});
	const [unfiltered, setUnfiltered] = useState(0);
	const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
	/** The respelled query, when the search used one ("pårørende" for "parorende"). */
	const [searchedFor, setSearchedFor] = useState('');
	/** True after "search for … instead": the words exactly as typed, not corrected. */
	const [exact, setExact] = useState(false);
	const [canSearchOriginal, setCanSearchOriginal] = useState(false);
	const listRef = useRef<HTMLOListElement>(null);
	const latest = useRef(0);
	/** The result to focus once it is on screen: the first of those "show more" added. */
	const focusAfterRender = useRef<number | null>(null);

	const focusResult = (index: number) => {
		const $links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a');
		if ($links && $links.length > 0)
			$links[Math.max(0, Math.min(index, $links.length - 1))]!.focus();
	};

	useEffect(() => {
		const params = new URLSearchParams(window.location.search);
		setQuery(params.get('q') ?? '');
		setSection(params.get('section') ?? '');
		setExact(params.has('exact'));
		setEnhanced(true);
	}, []);

	// Search whenever the query or the section changes, keeping only the answer to the latest one.
	useEffect(() => {
		if (!enhanced) return;
		const params = new URLSearchParams();
		if (query.trim()) params.set('q', query.trim());
		if (section) params.set('section', section);
		if (exact) params.set('exact', '');
		const search = params.toString();
		window.history.replaceState(
			window.history.state,
			'',
			`${window.location.pathname}${search ? `?${search}` : ''}`,
		);
		if (!query.trim()) {
			// A search still running must not fill in results under an empty box.
			latest.current += 1;
			setFound([]);
			setResults(null);
			setState('idle');
			return;
		}
		const run = ++latest.current;
		setState('loading');
		const timer = setTimeout(async () => {
			try {
				const pagefind = await loadPagefind(base);
				const options = section ? { filters: { section } } : {};
				const typed = query.trim();
				const plan = exact
					? { query: typed, corrected: false, moreQueries: [] }
					: planQuery(typed, await loadVocabulary(base, lang));
				let spelled = plan.query;
				let search = await pagefind.search(spelled, options);
				if (search.unfilteredResultCount === 0) {
					spelled = await loosen(pagefind, spelled);
					search = await pagefind.search(spelled, options);
				}
				// Pages that only a compound finds, or (when few pages have every word) that most of
				// the words find, come after the rest, counted in their section.
				const fewer = search.unfilteredResultCount < 3 ? await loosen(pagefind, spelled) : spelled;
				// Pages the query finds in other sections are not "extra": with a section chosen, they
				// are known from the same search without it.
				const everySection = section ? (await pagefind.search(spelled)).results : search.results;
				const extra = await compoundMatches(
					pagefind,
					[...plan.moreQueries, ...(fewer === spelled ? [] : [fewer])],
					everySection,
				);
				const sectionCounts = { ...search.totalFilters.section };
				for (const { data } of extra)
					if (data.meta.section)
						sectionCounts[data.meta.section] = (sectionCounts[data.meta.section] ?? 0) + 1;
				const all = [
					...search.results,
					...extra
						.filter(({ data }) => !section || data.meta.section === section)
						.map(({ result }) => result),
				];
				const first = await loadResults(all.slice(0, pageSize));
				if (run !== latest.current) return;
				setCounts(sectionCounts);
				setUnfiltered(search.unfilteredResultCount + extra.length);
				setFound(all);
				setSearchedFor(spelled.toLowerCase() === typed.toLowerCase() ? '' : spelled);
				// "Search for … instead" only when the words themselves were changed, not just dropped.
				setCanSearchOriginal(!exact && plan.query.toLowerCase() !== typed.toLowerCase());
				setResults(first);
				setState('done');
			} catch {
				if (run === latest.current) setState('error');
			}
		}, 200);
		return () => clearTimeout(timer);
	}, [query, section, exact, enhanced]);

	useEffect(() => {
		if (focusAfterRender.current === null) return;
		focusResult(focusAfterRender.current);
		focusAfterRender.current = null;
	}, [results]);

	// The form is in the page before the island starts too, so nothing below it moves when it does;
	// without JavaScript it cannot search, and search.css shows the note about the A–Z list instead.
	const searchForm = (
		<form class="ds-field" role="search" onSubmit={(event) => event.preventDefault()}>
			<label class="ds-label" for="site-search-query">
				{strings.label}
			</label>
			<p class="site-search__hint" id="site-search-hint" data-field="description">
				{strings.hint}
			</p>
			<div class="site-search__row">
				<input
					class="ds-input"
					id="site-search-query"
					type="search"
					name="q"
					value={query}
					aria-describedby="site-search-hint"
					autoComplete="off"
					onInput={(event) => {
						setExact(false);
						setQuery(event.currentTarget.value);
					}}
					onKeyDown={(event) => {
						if (event.key === 'ArrowDown') {
							event.preventDefault();
							focusResult(0);
						}
					}}
				/>
				<button type="submit" class="ds-button" data-variant="primary">
					{strings.submit}
				</button>
			</div>
		</form>
	);

	if (!enhanced)
		return (
			<div class="site-search" data-state="static">
				{searchForm}
				<p class="site-search__status" role="status" />
				<p class="site-search__needs-script">
					{strings.needsScript} <a href={links.index}>{strings.noneIndex}</a>
				</p>
			</div>
		);

	const onResultKey = (event: KeyboardEvent, index: number) => {
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			focusResult(index + 1);
		} else if (event.key === 'ArrowUp') {
			event.preventDefault();
			if (index === 0) document.getElementById('site-search-query')?.focus();
			else focusResult(index - 1);
		}
	};
	const showMore = async () => {
		const shown = results?.length ?? 0;
		const more = await loadResults(found.slice(shown, shown + pageSize));
		focusAfterRender.current = shown;
		setResults([...(results ?? []), ...more]);
	};
	const total = found.length;
	const count = fillTemplate(
		new Intl.PluralRules(lang).select(total) === 'one' ? strings.countOne : strings.countOther,
		{
			count: total,
			query: query.trim(),
		},
	);

	return (
		<div class="site-search" data-state={state}>
			{searchForm}
			{query.trim() && state !== 'error' && (
				<fieldset class="ds-fieldset site-search__chips">
					<legend class="ds-label">{strings.filtersLabel}</legend>
					{[
						{ value: '', label: strings.allSections, count: unfiltered },
						...sections
							.filter((value) => counts[value] || value === section)
							.map((value) => ({ value, label: value, count: counts[value] ?? 0 })),
					].map((chip) => (
						<label key={chip.value} class="ds-chip">
							<input
								class="ds-input"
								type="radio"
								name="section"
								value={chip.value}
								checked={section === chip.value}
								onChange={() => setSection(chip.value)}
							/>
							{chip.label} ({chip.count})
						</label>
					))}
				</fieldset>
			)}
			<p class="site-search__status" role="status">
				{state === 'loading' ? strings.loading : state === 'done' && total > 0 ? count : ''}
				{state === 'done' && total > 0 && searchedFor && (
					<span class="site-search__respelled">
						{' '}
						{fillTemplate(strings.respelled, { query: searchedFor })}{' '}
						{canSearchOriginal && (
							<a
								href={`?${new URLSearchParams({ q: query.trim(), exact: '' })}`}
								onClick={(event) => {
									event.preventDefault();
									setExact(true);
								}}
							>
								{fillTemplate(strings.searchOriginal, { query: query.trim() })}
							</a>
						)}
					</span>
				)}
			</p>
			{state === 'error' && <p class="site-search__error">{strings.unavailable}</p>}
			{state === 'done' && total === 0 && (
				<div class="site-search__none">
					<p>{fillTemplate(strings.none, { query: query.trim() })}</p>
					<p>{strings.noneHelp}</p>
					<ul>
						<li>
							<a href={links.explainer}>{strings.noneExplainer}</a>
						</li>
						<li>
							<a href={links.directory}>{strings.noneDirectory}</a>
						</li>
						<li>
							<a href={links.index}>{strings.noneIndex}</a>
						</li>
					</ul>
				</div>
			)}
			{results && total > 0 && (
				<ol class="site-search__results" ref={listRef}>
					{results.map((result, index) => (
						<li key={result.id}>
							<a href={result.url} onKeyDown={(event) => onResultKey(event, index)}>
								{result.meta.title}
							</a>
							{result.meta.section && (
								<span class="ds-tag site-search__section">{result.meta.section}</span>
							)}
							{/* Pagefind's excerpt is the page's own indexed text, escaped, with <mark> around the matches. */}
							<p
								class="site-search__excerpt"
								dangerouslySetInnerHTML={{ __html: result.excerpt }}
							/>
						</li>
					))}
				</ol>
			)}
			{results && results.length < total && (
				<button
					type="button"
					class="ds-button site-search__more"
					data-variant="secondary"
					onClick={showMore}
				>
					{strings.showMore}
				</button>
			)}
		</div>
	);
}
