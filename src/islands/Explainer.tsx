import { useEffect, useRef, useState } from 'preact/hooks';
import { ExplainerOutcome } from '../components/ExplainerOutcome.tsx';
import { answerId, ExplainerQuestion } from '../components/ExplainerQuestion.tsx';
import {
	answerRows,
	countyIds,
	outcomeView,
	positionFor,
	questionView,
	type ExplainerData,
	type OutcomeStrings,
} from '../lib/flow/explainer-view.ts';
import {
	currentScreen,
	initialSteps,
	stepsAfter,
	type StepsEvent,
	type StepsState,
} from '../lib/flow/explainer-steps.ts';
import { fillTemplate } from '../lib/i18n/fill-template.ts';
import '../styles/form-controls.css';

export interface ExplainerProps {
	/** Everything but the outcomes' words, which are fetched from `outcomesUrl` once the page has loaded. */
	data: Omit<ExplainerData, 'outcomes'>;
	outcomesUrl: string;
	outcomeStrings: OutcomeStrings;
	/** BCP 47 tag, for the date on the printed summary. */
	lang: string;
	strings: {
		start: string;
		continue: string;
		back: string;
		startAgain: string;
		checkTitle: string;
		checkIntro: string;
		change: string;
		/** Keeps `{{question}}`. */
		changeAccessibleLabel: string;
		showResult: string;
		resultTitle: string;
		yourAnswers: string;
		print: string;
		printQuestions: string;
		copyQuestions: string;
		questionsCopied: string;
		copyFailed: string;
		/** "Site name – address", under the copied questions. */
		siteLine: string;
		/** Keeps `{{date}}`. */
		printedOn: string;
		errorSummary: string;
		chooseAnswer: string;
		/** "– Veiviser – site name", appended to the step titles. */
		titleSuffix: string;
		/** When the outcomes' words could not be fetched, with a link to the result's own page. */
		resultNotLoaded: string;
		resultPage: string;
	};
}

/**
 * The pathway explainer: one question at a time, check your answers with "Change", then the
 * outcome. Every step is rendered from the same views as the static pages (explainer-view.ts), and
 * moves through the state machine in explainer-steps.ts. Answers live only in this component's
 * memory: nothing is stored or sent.
 *
 * History: the whole explainer holds two entries, the start and "in progress", never one per
 * step. On a shared phone every entry is a line in the history list that names the site, so a
 * line per question would show how far someone went. Back still goes one step back: the browser
 * Back button moves to the start entry, the island goes one step back and puts the "in progress"
 * entry back, so the next Back works too. Forward works from the start only (back to where the
 * reader was); the island's own Back button and "Change" cover the rest.
 */
export default function Explainer({
	data: wordsBeforeOutcomes,
	outcomesUrl,
	outcomeStrings,
	lang,
	strings,
}: ExplainerProps) {
	const [outcomes, setOutcomes] = useState<ExplainerData['outcomes']>();
	const [outcomesFailed, setOutcomesFailed] = useState(false);
	/** The fetch of the outcomes' words: the words, or undefined when it failed (until back online). */
	const outcomesRequest = useRef<Promise<ExplainerData['outcomes'] | undefined> | undefined>(
		undefined,
	);
	// The outcomes' words arrive after the page has loaded; until then no step needs them.
	const data: ExplainerData = { ...wordsBeforeOutcomes, outcomes: outcomes ?? {} };
	/**
	 * Fetches the outcomes' words, never because of what a reader does: once the page has loaded,
	 * and after a failure again once the browser is back online. Revalidated, so the words are never
	 * those of an older build than the page.
	 */
	const loadOutcomes = () =>
		(outcomesRequest.current ??= fetch(outcomesUrl, { cache: 'no-cache' })
			.then((response) => {
				if (!response.ok) throw new Error(`${outcomesUrl}: ${response.status}`);
				return response.json() as Promise<ExplainerData['outcomes']>;
			})
			.then((words) => {
				setOutcomes(words);
				return words;
			})
			.catch(() => {
				window.addEventListener(
					'online',
					() => {
						outcomesRequest.current = undefined;
						void loadOutcomes();
					},
					{ once: true },
				);
				return undefined;
			}));
	const routing = { flow: data.flow, counties: countyIds(data) };
	const [state, setState] = useState<StepsState>(initialSteps);
	const stateRef = useRef(state);
	const [selected, setSelected] = useState<string | undefined>();
	const [error, setError] = useState(false);
	const [copyStatus, setCopyStatus] = useState('');
	const rootRef = useRef<HTMLDivElement & HTMLFormElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const errorRef = useRef<HTMLDivElement>(null);
	const moved = useRef(false);
	const startTitle = useRef('');
	// Set while "Start again" takes the history back to the start entry, so that popstate is not a Back.
	const restarting = useRef(false);
	const screen = currentScreen(state);
	const { answers } = state;

	const update = (event: StepsEvent) => {
		const next = stepsAfter(stateRef.current, event, routing);
		stateRef.current = next;
		moved.current = true;
		setError(false);
		setOutcomesFailed(false);
		setCopyStatus('');
		setState(next);
		return next;
	};
	const onStepsEntry = () => window.history.state?.explainer === 'steps';

	// Fetched as part of loading the page, a second after it has loaded, and not when the reader
	// starts: nothing a reader does is sent anywhere. (Lighthouse's simulated load counts every
	// request that starts before the largest paint; no reader answers the questions that soon.)
	useEffect(() => {
		const later = () => setTimeout(() => void loadOutcomes(), 1000);
		if (document.readyState === 'complete') later();
		else window.addEventListener('load', later, { once: true });
	}, []);

	useEffect(() => {
		startTitle.current = document.title;
		if (!window.history.state?.explainer) window.history.replaceState({ explainer: 'start' }, '');
		const onPopState = (event: PopStateEvent) => {
			if (event.state?.explainer === 'steps') {
				update({ type: 'forward' });
				return;
			}
			if (restarting.current) {
				restarting.current = false;
				return;
			}
			const next = update({ type: 'back' });
			if (next.trail.length > 1) window.history.pushState({ explainer: 'steps' }, '');
		};
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	}, []);

	// On every step: start the page at the new step without a visible jump, move focus to its
	// heading (screen readers read it out), and give the tab a neutral title.
	useEffect(() => {
		if (screen.kind === 'question') setSelected(answers[screen.id]);
		if (!moved.current) return;
		const target = screen.kind === 'outcome' ? headingRef.current : rootRef.current;
		target?.scrollIntoView({ block: 'start', behavior: 'instant' });
		headingRef.current?.focus({ preventScroll: true });
		document.title =
			screen.kind === 'start'
				? startTitle.current
				: `${
						screen.kind === 'question'
							? questionView(data, screen.id).label
							: screen.kind === 'check'
								? strings.checkTitle
								: strings.resultTitle
					}${strings.titleSuffix}`;
	}, [state.trail]);

	useEffect(() => {
		if (error) errorRef.current?.focus();
	}, [error]);

	// A step forward from the start adds the one "in progress" entry; later steps add none.
	const go = (event: StepsEvent) => {
		if (!onStepsEntry()) window.history.pushState({ explainer: 'steps' }, '');
		update(event);
	};

	const restart = () => {
		setSelected(undefined);
		if (onStepsEntry()) {
			restarting.current = true;
			window.history.back();
		}
		update({ type: 'restart' });
	};

	if (screen.kind === 'start') {
		return (
			<div class="explainer" data-state="start" ref={rootRef}>
				<h1 tabIndex={-1} ref={headingRef}>
					{data.title}
				</h1>
				{data.intro.map((paragraph) => (
					<p key={paragraph}>{paragraph}</p>
				))}
				<p class="explainer-actions">
					<a
						class="ds-button"
						data-variant="primary"
						href={data.paths.questions[data.flow.start]}
						onClick={(event) => {
							event.preventDefault();
							go({ type: 'start' });
						}}
					>
						{strings.start}
					</a>
				</p>
			</div>
		);
	}

	const backButton = (
		<button
			type="button"
			class="explainer-link-button"
			data-print="hide"
			onClick={() => window.history.back()}
		>
			{strings.back}
		</button>
	);
	const restartButton = (
		<button type="button" class="explainer-link-button" onClick={restart}>
			{strings.startAgain}
		</button>
	);

	if (screen.kind === 'question') {
		const view = questionView(data, screen.id);
		const firstAnswer = answerId(view.id, view.options[0]!.id);
		const submit = (event: Event) => {
			event.preventDefault();
			if (!selected) {
				setError(true);
				return;
			}
			go({ type: 'answer', question: screen.id, option: selected });
		};
		return (
			<form class="explainer" data-state="question" onSubmit={submit} noValidate ref={rootRef}>
				{backButton}
				{error && (
					<div class="ds-error-summary" role="alert" tabIndex={-1} ref={errorRef}>
						<h2>{strings.errorSummary}</h2>
						<ul class="ds-list">
							<li>
								<a
									href={`#${firstAnswer}`}
									onClick={(event) => {
										// A link to a fragment scrolls but does not move focus: put it on the first
										// answer, with the question in view (as GOV.UK's error summary does).
										event.preventDefault();
										headingRef.current?.scrollIntoView({ block: 'start' });
										document.getElementById(firstAnswer)?.focus({ preventScroll: true });
									}}
								>
									{strings.chooseAnswer}
								</a>
							</li>
						</ul>
					</div>
				)}
				<ExplainerQuestion
					view={view}
					mode="radios"
					selected={selected}
					onSelect={(option) => {
						setSelected(option);
						setError(false);
					}}
					headingRef={headingRef}
					error={error ? strings.chooseAnswer : undefined}
				/>
				<div class="explainer-actions">
					<button type="submit" class="ds-button" data-variant="primary">
						{strings.continue}
					</button>
					{restartButton}
				</div>
			</form>
		);
	}

	const rows = answerRows(data, answers);
	const answerList = (withChange: boolean) => (
		<dl class="explainer-check">
			{rows.map((row) => (
				<div key={row.questionId}>
					<dt>{row.question}</dt>
					<dd>{row.answer}</dd>
					{withChange && (
						<dd class="explainer-check__change">
							<button
								type="button"
								class="explainer-link-button"
								aria-label={fillTemplate(strings.changeAccessibleLabel, { question: row.question })}
								onClick={() => go({ type: 'change', question: row.questionId })}
							>
								{strings.change}
							</button>
						</dd>
					)}
				</div>
			))}
		</dl>
	);

	// Without the outcomes' words (the connection went), the result's own page still has them: the
	// general one, whose county links lead on, as the static pages do.
	const reached = positionFor(data, answers);
	const resultNotLoaded = (
		<div class="ds-alert" data-color="warning" role="alert">
			<p>
				{strings.resultNotLoaded}{' '}
				{reached.kind === 'outcome' && (
					<a href={data.paths.outcomes[reached.id]}>{strings.resultPage}</a>
				)}
			</p>
		</div>
	);

	if (screen.kind === 'check') {
		return (
			<div class="explainer" data-state="check" ref={rootRef}>
				{backButton}
				<h1 tabIndex={-1} ref={headingRef}>
					{strings.checkTitle}
				</h1>
				<p>{strings.checkIntro}</p>
				{answerList(true)}
				<div class="explainer-actions">
					<button
						type="button"
						class="ds-button"
						data-variant="primary"
						onClick={async () => {
							// Waits for the page's fetch of the words (begun a second after it loaded), but
							// never fetches again itself: a request now would tell the host that someone
							// reached the end.
							const trail = stateRef.current.trail;
							const words = await (outcomesRequest.current ?? loadOutcomes());
							// The reader may have gone on (Change, Back, Start again) while the words came.
							if (stateRef.current.trail !== trail) return;
							// A file from another build might lack this outcome: its own page has it.
							if (reached.kind === 'outcome' && words?.[reached.id]) go({ type: 'showResult' });
							else setOutcomesFailed(true);
						}}
					>
						{strings.showResult}
					</button>
					{restartButton}
				</div>
				{outcomesFailed && resultNotLoaded}
			</div>
		);
	}

	// Reached only through "See the result" (which checks the words are here) or Forward back to it.
	if (reached.kind !== 'outcome')
		throw new Error('The explainer shows an outcome its answers do not reach.');
	const printedOn = fillTemplate(strings.printedOn, {
		date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()),
	});
	const view = outcomeView(data, reached.id, { answers });
	// Printing the questions alone: print.css shows only what is marked for the question printout
	// while the page says so.
	const printQuestions = () => {
		const root = document.documentElement;
		root.dataset.printing = 'lawyer-questions';
		window.addEventListener('afterprint', () => delete root.dataset.printing, { once: true });
		window.print();
	};
	const copyQuestions = async () => {
		const text = [
			outcomeStrings.lawyerQuestionsHeading.replaceAll('\u00ad', ''),
			...view.lawyerQuestions.map((question, index) => `${index + 1}. ${question}`),
			'',
			strings.siteLine,
		].join('\n');
		try {
			await navigator.clipboard.writeText(text);
			setCopyStatus(strings.questionsCopied);
		} catch {
			setCopyStatus(strings.copyFailed);
		}
	};
	return (
		<div class="explainer" data-state="outcome" ref={rootRef}>
			{backButton}
			<p class="nk-print-only" data-in-question-printout>
				{printedOn}
			</p>
			<ExplainerOutcome
				view={view}
				strings={outcomeStrings}
				headingRef={headingRef}
				questionActions={
					<div class="explainer-actions" data-print="hide">
						<button
							type="button"
							class="ds-button"
							data-variant="secondary"
							onClick={printQuestions}
						>
							{strings.printQuestions}
						</button>
						<button
							type="button"
							class="ds-button"
							data-variant="secondary"
							onClick={() => void copyQuestions()}
						>
							{strings.copyQuestions}
						</button>
						<p role="status" class="explainer-outcome__copied">
							{copyStatus}
						</p>
					</div>
				}
			/>
			<h2>{strings.yourAnswers}</h2>
			{answerList(false)}
			<div class="explainer-actions">
				<button
					type="button"
					class="ds-button"
					data-variant="secondary"
					onClick={() => {
						// Everything, even if an earlier "Print the questions" left the page in its mode.
						delete document.documentElement.dataset.printing;
						window.print();
					}}
				>
					{strings.print}
				</button>
				{restartButton}
			</div>
		</div>
	);
}
