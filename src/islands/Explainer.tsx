import { useEffect, useRef, useState } from 'preact/hooks';
import { ExplainerOutcome } from '../components/ExplainerOutcome.tsx';
import { answerId, ExplainerQuestion } from '../components/ExplainerQuestion.tsx';
import {
	answerRows,
	countyOnPath,
	outcomeView,
	positionFor,
	questionView,
	type ExplainerData,
	type OutcomeStrings,
} from '../lib/flow/explainer-view.ts';
import type { Answers } from '../lib/flow/next-node.ts';
import { fillTemplate } from '../lib/i18n/fill-template.ts';
import '../styles/form-controls.css';

export interface ExplainerProps {
	data: ExplainerData;
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
		/** Keeps `{{date}}`. */
		printedOn: string;
		errorSummary: string;
		chooseAnswer: string;
		/** "– Veiviser – site name", appended to the step titles. */
		titleSuffix: string;
	};
}

type Screen =
	{ kind: 'start' } | { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'outcome' };

/**
 * The pathway explainer: one question at a time, check your answers with "Change", then the
 * outcome. Every step is rendered from the same views as the static pages (explainer-view.ts).
 * Answers live only in this component's memory: nothing is stored or sent, and each step's
 * history entry keeps the same address and holds only the step number, so the browser's Back
 * button works without putting answers in a link or in storage.
 */
export default function Explainer({ data, outcomeStrings, lang, strings }: ExplainerProps) {
	const [answers, setAnswers] = useState<Answers>({});
	const [trail, setTrail] = useState<Screen[]>([{ kind: 'start' }]);
	const [selected, setSelected] = useState<string | undefined>();
	const [error, setError] = useState(false);
	const rootRef = useRef<HTMLDivElement & HTMLFormElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const errorRef = useRef<HTMLDivElement>(null);
	const moved = useRef(false);
	const screen = trail.at(-1)!;

	// The Back button moves through the steps: each step pushed a history entry with its index.
	useEffect(() => {
		window.history.replaceState({ explainerStep: 0 }, '');
		const onPopState = (event: PopStateEvent) => {
			const step = typeof event.state?.explainerStep === 'number' ? event.state.explainerStep : 0;
			moved.current = true;
			setTrail((current) => current.slice(0, step + 1));
			setError(false);
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
		const title =
			screen.kind === 'question'
				? questionView(data, screen.id).label
				: screen.kind === 'check'
					? strings.checkTitle
					: screen.kind === 'outcome'
						? strings.resultTitle
						: data.title;
		document.title = `${title}${strings.titleSuffix}`;
	}, [trail]);

	useEffect(() => {
		if (error) errorRef.current?.focus();
	}, [error]);

	const go = (next: Screen) => {
		moved.current = true;
		setError(false);
		setTrail((current) => {
			window.history.pushState({ explainerStep: current.length }, '');
			return [...current, next];
		});
	};

	const restart = () => {
		moved.current = true;
		setAnswers({});
		setSelected(undefined);
		setError(false);
		window.history.replaceState({ explainerStep: 0 }, '');
		setTrail([{ kind: 'start' }]);
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
							go({ kind: 'question', id: data.flow.start });
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
			const next = { ...answers, [screen.id]: selected };
			setAnswers(next);
			const position = positionFor(data, next);
			go(position.kind === 'question' ? { kind: 'question', id: position.id } : { kind: 'check' });
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
	const position = positionFor(data, answers);
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
								onClick={() => go({ kind: 'question', id: row.questionId })}
							>
								{strings.change}
							</button>
						</dd>
					)}
				</div>
			))}
		</dl>
	);

	if (screen.kind === 'check' || position.kind !== 'outcome') {
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
						onClick={() => go({ kind: 'outcome' })}
					>
						{strings.showResult}
					</button>
					{restartButton}
				</div>
			</div>
		);
	}

	const printedOn = fillTemplate(strings.printedOn, {
		date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()),
	});
	return (
		<div class="explainer" data-state="outcome" ref={rootRef}>
			{backButton}
			<p class="nk-print-only">{printedOn}</p>
			<ExplainerOutcome
				view={outcomeView(data, position.id, countyOnPath(data, answers))}
				strings={outcomeStrings}
				headingRef={headingRef}
			/>
			<h2>{strings.yourAnswers}</h2>
			{answerList(false)}
			<div class="explainer-actions">
				<button
					type="button"
					class="ds-button"
					data-variant="secondary"
					onClick={() => window.print()}
				>
					{strings.print}
				</button>
				{restartButton}
			</div>
		</div>
	);
}
