import type { OutcomeStrings, OutcomeView } from '../lib/flow/explainer-view.ts';
import '../styles/components/explainer.css';
import { LegalStatusNote } from './LegalStatusNote.tsx';
import { PhasePath } from './PhasePath.tsx';
import { withNumbersKeptWhole } from '../lib/directory/phone-number.ts';

/**
 * An explainer outcome: what may apply, what to do next, what the reader was not sure about (the
 * island only), what the court will check, questions to take to the defence lawyer, the phone numbers the steps mention, the programme's
 * phases where relevant, where to find help and read more, who decides, and the sources. Shared by the static outcome pages and the explainer island, so both show the same
 * thing. The heading is focusable so the island can move focus to it.
 */
export function ExplainerOutcome({
	view,
	strings,
	headingRef,
	questionActions,
}: {
	view: OutcomeView;
	strings: OutcomeStrings;
	headingRef?: preact.Ref<HTMLHeadingElement>;
	/** The island's "Print the questions" and "Copy the questions", under the questions. */
	questionActions?: preact.ComponentChildren;
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
			{view.openPoints && (
				<>
					<h2>{strings.openPointsHeading}</h2>
					<ul>
						{view.openPoints.map((point) => (
							<li key={point}>{point}</li>
						))}
					</ul>
				</>
			)}
			{view.courtChecks.length > 0 && (
				<>
					<h2>{strings.courtChecksHeading}</h2>
					<ul>
						{view.courtChecks.map((check) => (
							<li key={check}>{check}</li>
						))}
					</ul>
				</>
			)}
			<section
				class="explainer-outcome__questions"
				aria-labelledby={`lawyer-questions-${view.id}`}
				data-in-question-printout
				// Questions to ask, not what the page is about: left out of site search.
				data-pagefind-ignore
			>
				<h2 id={`lawyer-questions-${view.id}`}>{strings.lawyerQuestionsHeading}</h2>
				<ol>
					{view.lawyerQuestions.map((question) => (
						<li key={question}>{question}</li>
					))}
				</ol>
				{questionActions}
			</section>
			{view.legalStatuses.map((status) => (
				<LegalStatusNote
					key={status.source.url}
					status={status}
					sourceLabel={strings.legalStatusSource}
				/>
			))}
			{view.helplines.length > 0 && (
				<section
					class="explainer-outcome__help"
					aria-labelledby={`help-${view.id}`}
					data-in-question-printout
				>
					<h2 id={`help-${view.id}`}>{strings.urgentHelpHeading}</h2>
					<ul class="explainer-outcome__phones">
						{view.helplines.map((helpline) => (
							<li key={helpline.tel}>
								<a class="nk-phone" href={`tel:${helpline.tel}`}>
									{helpline.display}
								</a>{' '}
								<span>
									{withNumbersKeptWhole(helpline.name)}
									{helpline.note && ` (${helpline.note})`}
								</span>
							</li>
						))}
					</ul>
				</section>
			)}
			{view.pathway && (
				<>
					<h2>{strings.pathwayHeading}</h2>
					<PhasePath {...view.pathway} />
				</>
			)}
			{view.directory && (
				<>
					<h2>{strings.helpHeading}</h2>
					{view.directory.intro && <p>{view.directory.intro}</p>}
					<ul class="explainer-outcome__directory-links">
						{view.directory.links.map((link) => (
							<li key={link.url}>
								<a
									class="explainer-outcome__directory"
									href={link.url}
									data-print-url={link.printUrl}
								>
									{link.label}
								</a>
							</li>
						))}
					</ul>
				</>
			)}
			{view.pages.length > 0 && (
				<>
					<h2>{strings.pagesHeading}</h2>
					<ul>
						{view.pages.map((page) => (
							<li key={page.url}>
								<a href={page.url} lang={page.lang}>
									{page.label}
								</a>
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
