import type { Review, Source } from '../../schemas/common.ts';
import type { FlowCriteria } from '../../schemas/flow-criteria.ts';
import type { Flow, FlowText } from '../../schemas/flow.ts';
import type { LegalChangeData } from '../../schemas/legal-change.ts';
import { textOf, type MdxNode } from '../content-check/mdx-body.ts';
import { pathInWords } from '../flow/criteria.ts';
import { pathsToOutcomes } from '../flow/graph.ts';

// The review pack for a defence lawyer (`npm run review-pack`): every legal statement the site
// makes, numbered, on one printable page, so that a reviewer can answer "7: wrong, because …".
// Norwegian (Bokmål, the source language) first, English beside it.

/** A page whose statements are reviewed: one language's version. */
export interface ReviewedPage {
	key: string;
	locale: 'nb' | 'en';
	title: string;
	lastReviewed: Date;
	sources: Source[];
	/** The body, paragraph by paragraph and list item by list item, under its headings. */
	statements: { heading?: string; text: string }[];
	reviews: Review[];
}

/** Everything the pack shows, read from the content. */
export interface ReviewPackInput {
	today: Date;
	flow: Flow;
	criteria: FlowCriteria;
	words: { nb: FlowText; en: FlowText };
	legalChanges: { id: string; data: LegalChangeData }[];
	pages: ReviewedPage[];
}

const escape = (text: string) =>
	text.replace(
		/[&<>"]/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
	);
const day = (date: Date) => date.toISOString().slice(0, 10);
const sourceList = (sources: Source[]) =>
	`<ul class="sources">${sources
		.map(
			(source) =>
				`<li><a href="${escape(source.url)}">${escape(source.title)}</a>${[source.publisher, source.date].filter(Boolean).length ? ` – ${escape([source.publisher, source.date].filter(Boolean).join(', '))}` : ''}</li>`,
		)
		.join('')}</ul>`;

/**
 * The statements of an MDX body: each paragraph and list item as plain text, with the heading it
 * stands under. A self-closing `<Term id="…" />` reads as the term; a status note
 * (`<LegalStatus>`) is left out: the pack lists the statuses on their own.
 * @example pageStatements(tree, (id) => 'forsvarer')[0] // { heading: 'Kort fortalt', text: '…' }
 */
export function pageStatements(
	tree: MdxNode,
	term: (id: string) => string,
): { heading?: string; text: string }[] {
	const statements: { heading?: string; text: string }[] = [];
	let heading: string | undefined;
	const read = (node: MdxNode): string => {
		if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
			if (node.name === 'LegalStatus') return '';
			if (node.name === 'Term' && !(node.children ?? []).length) {
				const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
				return typeof id === 'string' ? term(id) : '';
			}
		}
		if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
		return (node.children ?? []).map(read).join('');
	};
	const visit = (node: MdxNode) => {
		if (node.type === 'heading') heading = textOf(node);
		else if (node.type === 'paragraph') {
			const text = read(node).replace(/\s+/g, ' ').trim();
			if (text) statements.push({ ...(heading ? { heading } : {}), text });
		} else if (node.type === 'listItem') {
			const text = read(node).replace(/\s+/g, ' ').trim();
			if (text) statements.push({ ...(heading ? { heading } : {}), text });
		} else for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return statements;
}

/**
 * The flow with the answers of a question that lead to the same next node merged into one, each
 * marked with where it leaves the question's criterion («Ja [met] / Jeg er usikker [unsure]»): the
 * reviewer reads each branch once instead of once per combination of answers.
 */
function mergeParallelAnswers(
	flow: Flow,
	words: { nb: FlowText; en: FlowText },
): { flow: Flow; words: { nb: FlowText; en: FlowText } } {
	const questions: Flow['questions'] = {};
	const merged = { nb: structuredClone(words.nb), en: structuredClone(words.en) };
	for (const [id, question] of Object.entries(flow.questions)) {
		if (question.county) {
			questions[id] = question;
			continue;
		}
		const byNext = new Map<string, string[]>();
		for (const [option, { next }] of Object.entries(question.options ?? {}))
			byNext.set(next, [...(byNext.get(next) ?? []), option]);
		questions[id] = {
			...question,
			options: Object.fromEntries(
				[...byNext.values()].map((options) => [options[0]!, question.options![options[0]!]!]),
			),
		};
		const wordsId = question.asks ?? id;
		for (const locale of ['nb', 'en'] as const) {
			const labels = merged[locale].questions[wordsId];
			if (!labels?.options || wordsId !== id) continue;
			labels.options = Object.fromEntries(
				[...byNext.values()].map((options) => [
					options[0]!,
					options
						.map(
							(option) =>
								`${words[locale].questions[id]!.options![option]} [${question.options![option]!.status}]`,
						)
						.join(' / '),
				]),
			);
		}
	}
	return { flow: { ...flow, questions }, words: merged };
}

/**
 * The pack as one self-contained, printable HTML document: no script, no stylesheet or image from
 * elsewhere. Items are numbered through the whole document.
 */
export function reviewPackHtml(input: ReviewPackInput): string {
	let number = 0;
	const item = (body: string) => `<li class="item" value="${++number}">${body}</li>`;
	const { flow, criteria, words } = input;
	const outcomeNumber = new Map<string, number>();

	const criteriaItems = Object.entries(criteria.criteria).map(([id, criterion]) =>
		item(
			`<p class="id">${escape(id)}${criterion.askedOnEveryPath ? '' : ' (not asked by the explainer: the court checks it)'}</p>
<div class="pair"><p lang="nb">${escape(criterion.rule.nb)}</p><p lang="en">${escape(criterion.rule.en ?? '')}</p></div>
${sourceList(criterion.sources)}`,
		),
	);

	const outcomeItems = Object.entries(flow.outcomes).map(([id, outcome]) => {
		const text = (locale: 'nb' | 'en') => {
			const words_ = words[locale].outcomes[id]!;
			return `<div lang="${locale}"><p><strong>${escape(words_.title)}</strong></p><p>${escape(words_.summary)}</p><ol>${words_.steps.map((step) => `<li>${escape(step)}</li>`).join('')}</ol></div>`;
		};
		const html = item(
			`<p class="id">${escape(id)} – says about the programme: ${outcome.programme}${outcome.legalChanges.length ? `; shows the status of ${outcome.legalChanges.join(', ')}` : ''}</p>
<div class="pair">${text('nb')}${text('en')}</div>
${sourceList(outcome.sources)}`,
		);
		outcomeNumber.set(id, number);
		return html;
	});

	const merged = mergeParallelAnswers(flow, words);
	const pathItems = [...pathsToOutcomes(merged.flow)].flatMap(([outcome, paths]) =>
		paths.map((path) =>
			item(
				`<div class="pair"><p lang="nb">${escape(pathInWords(merged.flow, merged.words.nb, path, outcome))}</p><p lang="en">${escape(pathInWords(merged.flow, merged.words.en, path, outcome))}</p></div>
<p class="ref">The outcome and its sources: item ${outcomeNumber.get(outcome)}.</p>`,
			),
		),
	);

	const changeItems = input.legalChanges.map(({ id, data }) =>
		item(
			`<p class="id">${escape(id)}: ${data.status}, as of ${escape(data.asOf)}; last checked ${day(data.checkedOn)}</p>
<div class="pair"><p lang="nb"><strong>${escape(data.name.nb)}.</strong> ${escape(data.statement.nb)}</p><p lang="en"><strong>${escape(data.name.en ?? '')}.</strong> ${escape(data.statement.en ?? '')}</p></div>
${sourceList(data.sources)}`,
		),
	);

	const pageSections = input.pages.map((page) => {
		const items = page.statements.map((statement) =>
			item(
				`${statement.heading ? `<p class="id">${escape(statement.heading)}</p>` : ''}<p>${escape(statement.text)}</p>`,
			),
		);
		return `<section lang="${page.locale}"><h3>${escape(page.title)} (${page.locale}, ${escape(page.key)})</h3>
<p>Last reviewed ${day(page.lastReviewed)}. ${page.reviews.length ? `Recorded reviews: ${page.reviews.map((review) => `${review.role} on ${day(review.date)}`).join('; ')}.` : 'No recorded review.'} The page's sources:</p>
${sourceList(page.sources)}
<ol class="items">${items.join('\n')}</ol></section>`;
	});

	const reviews = [
		...flow.reviews.map((review) => `the explainer: ${review.role}, ${day(review.date)}`),
		...input.pages.flatMap((page) =>
			page.reviews.map(
				(review) => `${page.key} (${page.locale}): ${review.role}, ${day(review.date)}`,
			),
		),
	];

	return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gjennomgangspakke for forsvarer / Review pack for a defence lawyer – ${day(input.today)}</title>
<style>
body { font: 11pt/1.45 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-top: 2px solid #111; padding-top: 1rem; } h3 { font-size: 1.05rem; }
ol.items { padding-left: 3.5rem; } li.item { margin-bottom: 1.25rem; padding-bottom: 0.75rem; border-bottom: 1px solid #ccc; break-inside: avoid; }
li.item::marker { font-weight: bold; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } .pair > * { margin: 0.25rem 0; }
.pair [lang="en"] { color: #333; } .id, .ref { font-size: 0.9em; color: #555; margin: 0; }
.sources { font-size: 0.85em; margin: 0.25rem 0 0; padding-left: 1.25rem; } a { color: #0b3d91; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } h2 { break-before: page; } }
</style>
</head>
<body>
<h1>Gjennomgangspakke for forsvarer<br><span lang="en">Review pack for a defence lawyer</span></h1>
<p>Laget ${day(input.today)}. Her står alle juridiske påstander nettstedet gjør, nummerert fra 1 til ${number}: vilkårene veiviseren bygger på, hvert resultat, hver vei gjennom veiviseren, statusen til hver lovendring og hver setning på sidene om rettigheter i straffesaker. Svar gjerne med nummeret: «7: feil, fordi …».</p>
<p lang="en">Made on ${day(input.today)}. Every legal statement the site makes, numbered 1 to ${number}: the criteria the explainer rests on, every outcome, every path through the explainer, the status of every legal change, and every sentence on the pages about rights in criminal cases. Please answer by number: "7: wrong, because …".</p>
<p><strong>${reviews.length ? `Gjennomganger som er gjort / Reviews done: ${escape(reviews.join('; '))}.` : 'Ingen advokat har gått gjennom innholdet ennå. / No lawyer has reviewed the content yet.'}</strong></p>

<h2>1. Vilkårene veiviseren bygger på <span lang="en">/ The criteria the explainer rests on</span></h2>
<p>Fra content/flows/eligibility/criteria.yaml, sist gjennomgått ${day(criteria.lastReviewed)}.</p>
<ol class="items">${criteriaItems.join('\n')}</ol>

<h2>2. Resultatene <span lang="en">/ The outcomes</span></h2>
<p>Hvert resultat sier at retten og forsvareren avgjør. Sist gjennomgått ${day(flow.lastReviewed)}.</p>
<ol class="items">${outcomeItems.join('\n')}</ol>

<h2>3. Alle veier gjennom veiviseren <span lang="en">/ Every path through the explainer</span></h2>
<p>Hvert spørsmål, svaret og resultatet veien ender i. <span lang="en">Each question, the answer, and the outcome the path ends in.</span></p>
<ol class="items">${pathItems.join('\n')}</ol>

<h2>4. Lovendringer og hvor de står <span lang="en">/ Legal changes and where they stand</span></h2>
<ol class="items">${changeItems.join('\n')}</ol>

<h2>5. Sidene om rettigheter <span lang="en">/ The pages about rights</span></h2>
${pageSections.join('\n')}
</body>
</html>
`;
}
