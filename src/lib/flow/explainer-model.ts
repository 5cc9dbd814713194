import type { OutcomeStrings, OutcomeView } from '../../components/ExplainerOutcome.tsx';
import type { PhasePathProps } from '../../components/PhasePath.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { Flow, FlowText } from '../../schemas/flow.ts';
import { formatDate, formatPartialDate } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';

/** What a page has resolved for the outcome builder: page links by file name, and the phase path. */
export interface OutcomeContext {
	locale: Locale;
	t: Translate;
	flow: Flow;
	text: FlowText;
	/** Title and URL of an information page, by file name. */
	page: (key: string) => { label: string; url: string };
	pathway: PhasePathProps;
}

/**
 * An outcome in one language, with its links resolved. `directoryUrl` is where the outcome's
 * directory link points (pre-filtered by category, and by county when the reader gave one).
 */
export function outcomeView(
	context: OutcomeContext,
	id: string,
	directory?: { url: string; regionName?: string },
): OutcomeView {
	const { locale, t, flow, text } = context;
	const outcome = flow.outcomes[id];
	const words = text.outcomes[id];
	if (!outcome || !words) throw new Error(`The flow has no outcome "${id}" in ${locale}.`);
	return {
		id,
		title: words.title,
		summary: words.summary,
		steps: words.steps,
		pages: outcome.pages.map(context.page),
		...(directory && outcome.directory.length > 0
			? {
					directory: {
						url: directory.url,
						label: directory.regionName
							? t('explainer.directoryLinkRegion', { region: directory.regionName })
							: t('explainer.directoryLink'),
					},
				}
			: {}),
		...(outcome.pathway ? { pathway: context.pathway } : {}),
		sources: outcome.sources.map((source) => ({
			title: source.title,
			url: source.url,
			meta:
				[source.publisher, source.date && formatPartialDate(source.date, locale)]
					.filter(Boolean)
					.join(', ') || undefined,
		})),
	};
}

/** The outcome component's headings and notices in one language. */
export function outcomeStrings(locale: Locale, t: Translate, lastReviewed: Date): OutcomeStrings {
	return {
		nextSteps: t('explainer.nextSteps'),
		pagesHeading: t('explainer.pagesHeading'),
		helpHeading: t('explainer.helpHeading'),
		pathwayHeading: t('explainer.pathwayHeading'),
		whoDecides: t('explainer.whoDecides'),
		sourcesHeading: t('page.sourcesHeading'),
		lastReviewed: t('page.lastReviewed', { date: formatDate(lastReviewed, locale) }),
	};
}
