import '../styles/components/explainer.css';
import { PhasePath, type PhasePathProps } from './PhasePath.tsx';

/** An outcome, ready to show in one language: every link and label already resolved. */
export interface OutcomeView {
	id: string;
	title: string;
	summary: string;
	steps: string[];
	/** Related information pages. */
	pages: { label: string; url: string }[];
	/** The pre-filtered directory link, when the outcome has one. */
	directory?: { label: string; url: string };
	/** The programme's phases, when the outcome shows them. */
	pathway?: PhasePathProps;
	sources: { title: string; url: string; meta?: string }[];
}

export interface OutcomeStrings {
	nextSteps: string;
	pagesHeading: string;
	helpHeading: string;
	pathwayHeading: string;
	whoDecides: string;
	sourcesHeading: string;
	/** "Last reviewed …", already filled in. */
	lastReviewed: string;
}

/**
 * An explainer outcome: what may apply, what to do next, the programme's phases where relevant,
 * where to read more and find help, who decides, and the sources. Shared by the static outcome
 * pages and the explainer island, so both show the same thing. The heading is focusable so the
 * island can move focus to it.
 */
export function ExplainerOutcome({
	view,
	strings,
	headingRef,
}: {
	view: OutcomeView;
	strings: OutcomeStrings;
	headingRef?: preact.Ref<HTMLHeadingElement>;
}) {
	return (
		<div class="explainer-outcome">
			<h1 tabIndex={-1} ref={headingRef}>
				{view.title}
			</h1>
			<p class="explainer-outcome__summary">{view.summary}</p>
			<div class="explainer-notice" role="note">
				<p>{strings.whoDecides}</p>
			</div>
			<h2>{strings.nextSteps}</h2>
			<ol class="explainer-outcome__steps">
				{view.steps.map((step) => (
					<li key={step}>{step}</li>
				))}
			</ol>
			{view.pathway && (
				<>
					<h2>{strings.pathwayHeading}</h2>
					<PhasePath {...view.pathway} />
				</>
			)}
			{view.directory && (
				<>
					<h2>{strings.helpHeading}</h2>
					<p>
						<a class="explainer-outcome__directory" href={view.directory.url}>
							{view.directory.label}
						</a>
					</p>
				</>
			)}
			{view.pages.length > 0 && (
				<>
					<h2>{strings.pagesHeading}</h2>
					<ul>
						{view.pages.map((page) => (
							<li key={page.url}>
								<a href={page.url}>{page.label}</a>
							</li>
						))}
					</ul>
				</>
			)}
			<section class="explainer-outcome__sources" aria-labelledby={`sources-${view.id}`}>
				<h2 id={`sources-${view.id}`}>{strings.sourcesHeading}</h2>
				<p class="explainer-outcome__reviewed">{strings.lastReviewed}</p>
				<ul>
					{view.sources.map((source) => (
						<li key={source.url}>
							<a href={source.url} rel="noopener noreferrer">
								{source.title}
							</a>
							{source.meta && <span class="explainer-outcome__meta"> – {source.meta}</span>}
						</li>
					))}
				</ul>
			</section>
		</div>
	);
}
