import type { QuestionView } from '../lib/flow/explainer-view.ts';
import '../styles/components/explainer.css';

interface RadioMode {
	mode: 'radios';
	selected?: string;
	onSelect: (option: string) => void;
	headingRef?: preact.Ref<HTMLHeadingElement>;
	/** The message shown above the answers when the reader continued without choosing one. */
	error?: string;
}

interface LinkMode {
	mode: 'links';
	/** Accessible name of the list of answer links ("Answers"). */
	answersLabel: string;
}

/** The id of an answer's radio, which the island's error summary links to. */
export const answerId = (questionId: string, optionId: string) =>
	`answer-${questionId}-${optionId}`;

/**
 * One explainer question in either renderer: without JavaScript each answer is a link to the page
 * it leads to; in the island each answer is a radio button in the island's form. Both show the
 * same step label, question, hint and answers, in the same order.
 */
export function ExplainerQuestion(props: { view: QuestionView } & (RadioMode | LinkMode)) {
	const { view } = props;
	const hintId = `hint-${view.id}`;
	const label = <span class="explainer-label">{view.label}</span>;
	const hint = view.hint && (
		<p class="explainer-hint" id={hintId}>
			{view.hint}
		</p>
	);
	if (props.mode === 'links') {
		return (
			<div class="explainer-question">
				{label}
				<h1>{view.question}</h1>
				{hint}
				<nav aria-label={props.answersLabel}>
					<ul class="explainer-answers">
						{view.options.map((option) => (
							<li key={option.id}>
								<a href={option.href}>{option.label}</a>
							</li>
						))}
					</ul>
				</nav>
			</div>
		);
	}
	// Designsystemet's fieldset, field, radio and validation message; the answers are large cards
	// (explainer.css), as GOV.UK's radios are, which Designsystemet has no variant for.
	const errorId = `error-${view.id}`;
	const describedBy = [view.hint && hintId, props.error && errorId].filter(Boolean).join(' ');
	return (
		<fieldset class="ds-fieldset explainer-question" aria-describedby={describedBy || undefined}>
			<legend>
				{label}
				<h1 tabIndex={-1} ref={props.headingRef}>
					{view.question}
				</h1>
			</legend>
			{view.hint && (
				<p class="explainer-hint" id={hintId} data-field="description">
					{view.hint}
				</p>
			)}
			{props.error && (
				<p class="ds-validation-message" id={errorId} data-field="validation">
					{props.error}
				</p>
			)}
			<div class="explainer-answers">
				{view.options.map((option) => (
					<div key={option.id} class="ds-field explainer-option">
						<input
							class="ds-input"
							type="radio"
							id={answerId(view.id, option.id)}
							name={view.id}
							value={option.id}
							checked={props.selected === option.id}
							aria-invalid={props.error ? true : undefined}
							onChange={() => props.onSelect(option.id)}
						/>
						<label class="ds-label" data-weight="regular" for={answerId(view.id, option.id)}>
							{option.label}
						</label>
					</div>
				))}
			</div>
		</fieldset>
	);
}
