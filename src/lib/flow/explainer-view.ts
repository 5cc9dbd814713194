import type { LegalStatusView } from '../content/legal-changes.ts';
import { fillTemplate } from '../i18n/fill-template.ts';
import { printedAddress } from '../routing/printed-address.ts';
import type { PhasePathProps } from '../programme/phase-path-props.ts';
import { lawyerQuestionsOnPath, openPointsOnPath } from './criteria.ts';
import { wordsIdOf } from './graph.ts';
import { walk, type Answers, type FlowPosition, type FlowRouting } from './next-node.ts';

// The one place that turns the flow and the reader's answers into what a step shows. The static
// pages (no JavaScript) and the explainer island both render from these views, so a step looks
// the same and links to the same places with and without JavaScript.

/** A question's words in one language. */
export interface QuestionWords {
	question: string;
	hint?: string;
	/** Option id → answer text. County questions have none: their answers are the counties. */
	options?: Record<string, string>;
	/** What an unsure answer leaves open, for the outcome's list. */
	unsure?: string;
	/** Option id → a question for the defence lawyer, for readers who gave that answer. */
	lawyerQuestions?: Record<string, string | undefined>;
}

/** A phone number an outcome mentions, as a tap-to-call link. */
export interface HelplineLink {
	name: string;
	/** The number as people write it: "116 123". */
	display: string;
	/** The number for `tel:` links: "116123". */
	tel: string;
	/** What the number is for, or how old its source is, when the service's listing says so. */
	note?: string;
}

/** An outcome in one language, with every link resolved except the county-dependent one. */
export interface OutcomeWords {
	/** What the outcome is about, in neutral words: its title in site search. */
	topic: string;
	title: string;
	summary: string;
	steps: string[];
	/**
	 * Questions to take to the defence lawyer, whatever the reader answered; the island puts the
	 * ones tied to the reader's answers first (`OutcomeView.lawyerQuestions`).
	 */
	lawyerQuestions: string[];
	/** Related information pages; `lang` when a page is not yet translated and shows a fallback. */
	pages: { label: string; url: string; lang?: string }[];
	/** Directory categories for the "find help" link; none: no link. */
	directoryCategories: string[];
	/** Show the programme's phases (`ExplainerData.pathway`). */
	pathway: boolean;
	/** The numbers the text mentions, then the emergency number and helplines. */
	helplines: HelplineLink[];
	/**
	 * What the court will check, in the reader's words, on outcomes that say the programme may be
	 * an option; empty elsewhere.
	 */
	courtChecks: string[];
	/** Where the legal changes the text mentions stand, from content/legal-changes/. */
	legalStatuses: LegalStatusView[];
	sources: { title: string; url: string; meta?: string }[];
}

/** The UI strings the views need. Templates keep their `{{placeholders}}`. */
export interface ExplainerViewStrings {
	/** "Question {{number}}". */
	questionLabel: string;
	/** "See services that can help you:" before the categories' links. */
	directoryCategoriesIntro: string;
	/** "… in {{county}}". */
	directoryLinkCounty: string;
}

/**
 * Everything the explainer shows in one language, resolved at build time and small enough to
 * hand to the island as props: the routing, the words, and the addresses of the static pages.
 */
export interface ExplainerData {
	title: string;
	intro: string[];
	flow: FlowRouting;
	/** The step number of each question, the same on every path to it (checked by the build). */
	stepNumbers: Record<string, number>;
	/** Question words by the id of the question that owns them (a question with `asks` borrows them). */
	questions: Record<string, QuestionWords>;
	/** County answers for county questions, `countyNotSaid` ("would rather not say") last. */
	counties: { id: string; label: string }[];
	outcomes: Record<string, OutcomeWords>;
	/** The programme's phases, for outcomes that show them. */
	pathway: PhasePathProps;
	paths: {
		start: string;
		questions: Record<string, string>;
		outcomes: Record<string, string>;
		/** Per-county outcome pages, `{{county}}` left in, for outcomes after a county question. */
		outcomesInCounty: Record<string, string>;
		/** A county's directory page, `{{county}}` left in. */
		directoryInCounty: string;
		/** Each category's static listing, with its name. */
		directoryCategories: Record<string, { label: string; url: string }>;
	};
	/** The site's public address (`SITE_URL`), so printed links can show where they go; unset: the path alone. */
	publicSiteUrl?: string;
	strings: ExplainerViewStrings;
}

/** One answer to a question: its text, and the static page it leads to. */
export interface AnswerOption {
	id: string;
	label: string;
	href: string;
}

/** A question as either renderer shows it. */
export interface QuestionView {
	id: string;
	number: number;
	/** "Question 3": shown above the question, and the page's neutral title. */
	label: string;
	question: string;
	hint?: string;
	options: AnswerOption[];
}

/** A link to a filtered list in the directory: a county's page or a category's page. */
export interface DirectoryLink {
	label: string;
	/** Lands at the top of the results (`#results`). */
	url: string;
	/** The full address, printed after the link on paper. */
	printUrl: string;
}

/** An outcome as either renderer shows it. */
export interface OutcomeView extends Omit<OutcomeWords, 'directoryCategories' | 'pathway'> {
	id: string;
	/** Where to find help: the reader's county's page, or the outcome's categories' pages. */
	directory?: { intro?: string; links: DirectoryLink[] };
	pathway?: PhasePathProps;
	/**
	 * What the reader's answers left open ("You were not sure whether…"). Only the island knows the
	 * answers, so the static pages have none.
	 */
	openPoints?: string[];
}

/** One answered question, for "check your answers" and the printed summary. */
export interface AnswerRow {
	questionId: string;
	question: string;
	answer: string;
}

/** An outcome's headings and notices, already filled in. */
export interface OutcomeStrings {
	nextSteps: string;
	/** "Do you need help now?" above the phone numbers. */
	urgentHelpHeading: string;
	/** "Source:" before a legal change's source link. */
	legalStatusSource: string;
	pagesHeading: string;
	helpHeading: string;
	pathwayHeading: string;
	courtChecksHeading: string;
	openPointsHeading: string;
	lawyerQuestionsHeading: string;
	whoDecides: string;
	sourcesHeading: string;
	/** "Last reviewed …". */
	lastReviewed: string;
}

/** The county ids a county question accepts. */
export function countyIds(data: ExplainerData): string[] {
	return data.counties.map((county) => county.id);
}

/** The county question's answer for readers who would rather not say where they live. */
export const countyNotSaid = 'notSaid';

/** The county a county answer names, if it names one. */
function namedCounty(countyAnswer: string | undefined): string | undefined {
	return countyAnswer && countyAnswer !== countyNotSaid ? countyAnswer : undefined;
}

/** The static page a node has; a county answer picks the outcome's page for that county. */
function nodeHref(data: ExplainerData, id: string, countyAnswer?: string): string {
	if (Object.hasOwn(data.flow.questions, id)) return data.paths.questions[id]!;
	const inCounty = data.paths.outcomesInCounty[id];
	const county = namedCounty(countyAnswer);
	return county && inCounty ? fillTemplate(inCounty, { county }) : data.paths.outcomes[id]!;
}

/**
 * A question with its step number and its answers, each linking to the static page it leads to.
 * @example questionView(data, 'age').label // 'Question 2'
 */
export function questionView(data: ExplainerData, id: string): QuestionView {
	const question = data.flow.questions[id];
	const words = data.questions[wordsIdOf(data.flow, id)];
	if (!question || !words) throw new Error(`The explainer has no question "${id}".`);
	const number = data.stepNumbers[id]!;
	const options = question.county
		? data.counties.map((county) => ({
				id: county.id,
				label: county.label,
				href: nodeHref(data, question.next!, county.id),
			}))
		: Object.entries(question.options ?? {}).map(([option, { next }]) => ({
				id: option,
				label: words.options?.[option] ?? option,
				href: nodeHref(data, next),
			}));
	return {
		id,
		number,
		label: fillTemplate(data.strings.questionLabel, { number }),
		question: words.question,
		...(words.hint ? { hint: words.hint } : {}),
		options,
	};
}

/**
 * Where an outcome sends the reader in the directory: the county's page when they named a county,
 * else the page of each of the outcome's categories. Static pages, so the list is filtered with or
 * without JavaScript, and the address holds a county or a category, never an answer.
 */
export function directoryLinks(
	data: ExplainerData,
	categories: string[],
	countyAnswer?: string,
): OutcomeView['directory'] {
	if (categories.length === 0) return undefined;
	const link = (label: string, path: string): DirectoryLink => {
		const url = `${path}#results`;
		return { label, url, printUrl: printedAddress(path, data.publicSiteUrl) };
	};
	const county = namedCounty(countyAnswer);
	const countyName = county && data.counties.find((item) => item.id === county)?.label;
	if (county && countyName)
		return {
			links: [
				link(
					fillTemplate(data.strings.directoryLinkCounty, { county: countyName }),
					fillTemplate(data.paths.directoryInCounty, { county }),
				),
			],
		};
	return {
		intro: data.strings.directoryCategoriesIntro,
		links: categories.map((category) => {
			const page = data.paths.directoryCategories[category]!;
			return link(page.label, page.url);
		}),
	};
}

/**
 * An outcome, with its directory link for the reader's county. The island passes the reader's
 * answers, which also list what they left open; a static page knows at most the county (its
 * per-county variant), never the answers.
 * @example outcomeView(data, 'nd-may-fit', { answers }) // as the island shows it
 */
export function outcomeView(
	data: ExplainerData,
	id: string,
	reader: { answers?: Answers; countyAnswer?: string } = {},
): OutcomeView {
	const words = data.outcomes[id];
	if (!words) throw new Error(`The explainer has no outcome "${id}".`);
	const { directoryCategories, pathway, ...rest } = words;
	const { answers } = reader;
	const directory = directoryLinks(
		data,
		directoryCategories,
		answers ? countyOnPath(data, answers) : reader.countyAnswer,
	);
	const path = answers && walk(data.flow, answers, countyIds(data)).path;
	const openPoints =
		path && openPointsOnPath(data.flow, path, (question) => data.questions[question]?.unsure);
	// The questions tied to the reader's answers first: they are the most about their case.
	const lawyerQuestions = [
		...new Set([
			...(path
				? lawyerQuestionsOnPath(
						data.flow,
						path,
						(question) => data.questions[question]?.lawyerQuestions,
					)
				: []),
			...words.lawyerQuestions,
		]),
	];
	return {
		id,
		...rest,
		lawyerQuestions,
		...(directory ? { directory } : {}),
		...(pathway ? { pathway: data.pathway } : {}),
		...(openPoints?.length ? { openPoints } : {}),
	};
}

/** Where the answers lead: the first unanswered question, or the outcome. */
export function positionFor(data: ExplainerData, answers: Answers): FlowPosition {
	return walk(data.flow, answers, countyIds(data)).position;
}

/** The answers on the reader's path, in order, with the question and answer texts. */
export function answerRows(data: ExplainerData, answers: Answers): AnswerRow[] {
	return walk(data.flow, answers, countyIds(data)).path.map(({ question, answer }) => ({
		questionId: question,
		question: data.questions[wordsIdOf(data.flow, question)]!.question,
		answer: data.flow.questions[question]?.county
			? (data.counties.find((county) => county.id === answer)?.label ?? answer)
			: (data.questions[wordsIdOf(data.flow, question)]?.options?.[answer] ?? answer),
	}));
}

/** The county the reader gave on their path, if any. */
export function countyOnPath(data: ExplainerData, answers: Answers): string | undefined {
	return walk(data.flow, answers, countyIds(data)).path.find(
		(step) => data.flow.questions[step.question]?.county,
	)?.answer;
}
