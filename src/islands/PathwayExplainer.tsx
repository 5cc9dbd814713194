import { useEffect, useRef, useState } from 'preact/hooks';
import {
	ExplainerOutcome,
	type OutcomeStrings,
	type OutcomeView,
} from '../components/ExplainerOutcome.tsx';
import { filtersToSearch, emptyFilters } from '../lib/directory/filter-services.ts';
import { walk, type Answers, type FlowRouting } from '../lib/flow/next-node.ts';

interface QuestionWords {
	question: string;
	hint?: string;
	options?: Record<string, string>;
}

export interface PathwayExplainerProps {
	title: string;
	intro: string[];
	/** The first question's static page: where "Start" goes without JavaScript. */
	startUrl: string;
	flow: FlowRouting;
	questions: Record<string, QuestionWords>;
	/** County answers for county questions, `national` ("would rather not say") last. */
	regions: { id: string; label: string }[];
	/** Outcomes with their directory link for readers who give no county. */
	outcomes: Record<string, OutcomeView>;
	/** Directory categories per outcome, to build the county-filtered link. */
	directoryCategories: Record<string, string[]>;
	directoryPath: string;
	/** `explainer.directoryLinkRegion`, with `{{region}}` left in. */
	directoryLinkRegion: string;
	outcomeStrings: OutcomeStrings;
	strings: {
		start: string;
		continue: string;
		back: string;
		startAgain: string;
		/** Both keep `{{number}}`. */
		questionLabel: string;
		questionTitle: string;
		checkTitle: string;
		checkIntro: string;
		change: string;
		/** Keeps `{{question}}`. */
		changeAccessibleLabel: string;
		showResult: string;
		resultTitle: string;
		yourAnswers: string;
		print: string;
		errorSummary: string;
		chooseAnswer: string;
		/** "– Veiviser – site name", appended to the step titles. */
		titleSuffix: string;
	};
}

type Screen =
	{ kind: 'start' } | { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'outcome' };

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/**
 * The pathway explainer: one question at a time, check your answers with "Change", then the
 * outcome. Answers live only in this component's memory: nothing is stored or sent, and each
 * step's history entry keeps the same address and holds only the step number, so the browser's
 * Back button works without putting answers in a link or in storage.
 */
export default function PathwayExplainer(props: PathwayExplainerProps) {
	const { flow, questions, regions, strings } = props;
	const counties = regions.map((region) => region.id);
	const [answers, setAnswers] = useState<Answers>({});
	const [trail, setTrail] = useState<Screen[]>([{ kind: 'start' }]);
	const [selected, setSelected] = useState<string | undefined>();
	const [error, setError] = useState(false);
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

	// On every step: move focus to the new heading (screen readers read it out) and set a neutral title.
	useEffect(() => {
		if (screen.kind === 'question') setSelected(answers[screen.id]);
		if (!moved.current) return;
		headingRef.current?.focus();
		const number = screen.kind === 'question' ? questionNumber(screen.id) : 0;
		const title =
			screen.kind === 'question'
				? fill(strings.questionTitle, { number })
				: screen.kind === 'check'
					? strings.checkTitle
					: screen.kind === 'outcome'
						? strings.resultTitle
						: props.title;
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

	const positionAfter = (next: Answers): Screen => {
		const { position } = walk(flow, next, counties);
		return position.kind === 'question' ? { kind: 'question', id: position.id } : { kind: 'check' };
	};

	const questionNumber = (id: string) => {
		const { path } = walk(flow, answers, counties);
		const index = path.findIndex((step) => step.question === id);
		return (index < 0 ? path.length : index) + 1;
	};

	const answerLabel = (questionId: string, answer: string) =>
		flow.questions[questionId]?.region
			? (regions.find((region) => region.id === answer)?.label ?? answer)
			: (questions[questionId]?.options?.[answer] ?? answer);

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
			<div class="explainer" data-state="start">
				<h1 tabIndex={-1} ref={headingRef}>
					{props.title}
				</h1>
				{props.intro.map((paragraph) => (
					<p key={paragraph}>{paragraph}</p>
				))}
				<p class="explainer-actions">
					<a
						class="ds-button"
						data-variant="primary"
						href={props.startUrl}
						onClick={(event) => {
							event.preventDefault();
							go({ kind: 'question', id: flow.start });
						}}
					>
						{strings.start}
					</a>
				</p>
			</div>
		);
	}

	const backButton = (
		<button type="button" class="explainer-link-button" onClick={() => window.history.back()}>
			{strings.back}
		</button>
	);
	const restartButton = (
		<button type="button" class="explainer-link-button" onClick={restart}>
			{strings.startAgain}
		</button>
	);

	if (screen.kind === 'question') {
		const words = questions[screen.id]!;
		const isRegion = Boolean(flow.questions[screen.id]?.region);
		const options = isRegion
			? regions
			: Object.keys(flow.questions[screen.id]?.options ?? {}).map((id) => ({
					id,
					label: words.options![id]!,
				}));
		const submit = (event: Event) => {
			event.preventDefault();
			if (!selected) {
				setError(true);
				return;
			}
			const next = { ...answers, [screen.id]: selected };
			setAnswers(next);
			go(positionAfter(next));
		};
		return (
			<form class="explainer" data-state="question" onSubmit={submit} noValidate>
				{backButton}
				{error && (
					<div class="explainer-error" role="alert" tabIndex={-1} ref={errorRef}>
						<h2>{strings.errorSummary}</h2>
						<p>
							<a href={`#answer-${screen.id}-${options[0]!.id}`}>{strings.chooseAnswer}</a>
						</p>
					</div>
				)}
				<fieldset aria-describedby={words.hint ? `hint-${screen.id}` : undefined}>
					<legend>
						<span class="explainer-label">
							{fill(strings.questionLabel, { number: questionNumber(screen.id) })}
						</span>
						<h1 tabIndex={-1} ref={headingRef}>
							{words.question}
						</h1>
					</legend>
					{words.hint && (
						<p class="explainer-hint" id={`hint-${screen.id}`}>
							{words.hint}
						</p>
					)}
					<div class="explainer-answers">
						{options.map((option) => (
							<label
								key={option.id}
								class="explainer-option"
								for={`answer-${screen.id}-${option.id}`}
							>
								<input
									type="radio"
									id={`answer-${screen.id}-${option.id}`}
									name={screen.id}
									value={option.id}
									checked={selected === option.id}
									onChange={() => {
										setSelected(option.id);
										setError(false);
									}}
								/>
								<span>{option.label}</span>
							</label>
						))}
					</div>
				</fieldset>
				<div class="explainer-actions">
					<button type="submit" class="ds-button" data-variant="primary">
						{strings.continue}
					</button>
					{restartButton}
				</div>
			</form>
		);
	}

	const { path, position } = walk(flow, answers, counties);
	const answerList = (withChange: boolean) => (
		<dl class="explainer-check">
			{path.map((step) => (
				<div key={step.question}>
					<dt>{questions[step.question]!.question}</dt>
					<dd>{answerLabel(step.question, step.answer)}</dd>
					{withChange && (
						<dd class="explainer-check__change">
							<button
								type="button"
								class="explainer-link-button"
								aria-label={fill(strings.changeAccessibleLabel, {
									question: questions[step.question]!.question,
								})}
								onClick={() => go({ kind: 'question', id: step.question })}
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
			<div class="explainer" data-state="check">
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

	const outcome = props.outcomes[position.id]!;
	const region = path.find((step) => flow.questions[step.question]?.region)?.answer;
	const regionName =
		region && region !== 'national' ? regions.find((item) => item.id === region)?.label : undefined;
	const view: OutcomeView =
		outcome.directory && regionName
			? {
					...outcome,
					directory: {
						label: fill(props.directoryLinkRegion, { region: regionName }),
						url: `${props.directoryPath}${filtersToSearch({ ...emptyFilters, categories: props.directoryCategories[position.id] ?? [], region: region! })}`,
					},
				}
			: outcome;
	return (
		<div class="explainer" data-state="outcome">
			{backButton}
			<ExplainerOutcome view={view} strings={props.outcomeStrings} headingRef={headingRef} />
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
