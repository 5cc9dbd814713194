import { localeConfig, type Locale } from '../../i18n/locales.ts';
import { localized } from '../i18n/localized-text.ts';
import type { Flow, FlowText } from '../../schemas/flow.ts';
import type { FlowCriteria } from '../../schemas/flow-criteria.ts';
import type { LegalChangeData } from '../../schemas/legal-change.ts';
import { legalStatusView } from '../content/legal-changes.ts';
import type { ProgrammeData } from '../../schemas/programme.ts';
import { counties, serviceCategoryValues, type ServiceData } from '../../schemas/service.ts';
import { urgentHelplines } from '../directory/urgent-helplines.ts';
import { formatDate, formatPartialDate } from '../i18n/format.ts';
import { useTranslations, uiTemplate, type TranslationKey } from '../i18n/translate.ts';
import { phasePathProps } from '../programme/phase-path-props.ts';
import { hyphenateLongWords } from '../text/hyphenate.ts';
import {
	countyNotSaid,
	type ExplainerData,
	type OutcomeStrings,
	type OutcomeWords,
} from './explainer-view.ts';
import { stepNumbers } from './graph.ts';
import {
	countyPath,
	categoryPath,
	explainerPath,
	outcomePath,
	outcomesAfterCountyQuestion,
	questionPath,
} from '../routing/paths.ts';

/** What the explainer is made from: the published content, already read. */
export interface ExplainerSources {
	locale: Locale;
	flow: Flow;
	/** The criteria the flow's questions settle, in the order outcomes list them. */
	criteria: FlowCriteria;
	text: FlowText;
	/** Published information pages in this locale, by file name; `lang` on a fallback's title. */
	pages: Record<string, { label: string; url: string; lang?: string }>;
	services: ServiceData[];
	/** Legal changes, by file name. */
	legalChanges: Record<string, LegalChangeData>;
	programme: ProgrammeData;
	/** The site's public address (`SITE_URL`), for printed links; unset: they print the path alone. */
	publicSiteUrl: string | undefined;
	/** The day of the build: a legal status checked long before it carries a warning. */
	today: Date;
}

/** County answers for county questions, in directory order, with "would rather not say" last. */
export function countyAnswers(locale: Locale): { id: string; label: string }[] {
	const t = useTranslations(locale);
	return [
		...counties.map((id) => ({ id, label: t(`region.${id}` as TranslationKey) })),
		{ id: countyNotSaid, label: t('explainer.countyNotSaid') },
	];
}

/**
 * Resolves the flow into what the explainer shows in one language: words, links to pages and
 * helplines, the static pages' addresses, and hyphenation points in the headings. The content
 * check has already made sure every page and helpline named in the flow is published.
 */
export function buildExplainerData(sources: ExplainerSources): ExplainerData {
	const { locale, flow, text } = sources;
	const t = useTranslations(locale);
	const heading = (value: string) => hyphenateLongWords(value, localeConfig(locale).bcp47);
	const page = (key: string) => {
		const found = sources.pages[key];
		if (!found) throw new Error(`The explainer links to a page "${key}" that is not published.`);
		return found;
	};
	const helpline = (id: string) => {
		const service = sources.services.find((item) => item.id === id);
		const phone = service?.phones[0];
		if (!service || !phone)
			throw new Error(`The explainer names a helpline "${id}" without a phone.`);
		return {
			name: localized(service.name, locale),
			display: phone.number.display,
			tel: phone.number.tel,
			...(phone.description ? { note: localized(phone.description, locale) } : {}),
		};
	};
	const urgent = urgentHelplines(sources.services).map((service) => service.id);
	// What the court will check: on every outcome that says the programme may be an option.
	const courtChecks = Object.entries(sources.criteria.criteria)
		.filter(([, criterion]) => criterion.listedForReaders)
		.map(([id]) => text.criteria[id]!);
	const outcomes = Object.fromEntries(
		Object.entries(flow.outcomes).map(([id, outcome]): [string, OutcomeWords] => {
			const words = text.outcomes[id]!;
			return [
				id,
				{
					topic: words.topic,
					title: heading(words.title),
					summary: words.summary,
					steps: words.steps,
					lawyerQuestions: words.lawyerQuestions,
					pages: outcome.pages.map(page),
					directoryCategories: outcome.directory,
					pathway: outcome.pathway,
					// The numbers the text mentions first, then the emergency number and helplines.
					helplines: [...new Set([...outcome.helplines, ...urgent])].map(helpline),
					courtChecks:
						outcome.programme === 'may-fit' || outcome.programme === 'exception' ? courtChecks : [],
					legalStatuses: outcome.legalChanges.map((change) =>
						legalStatusView(sources.legalChanges[change]!, locale, t, sources.today),
					),
					sources: outcome.sources.map((source) => ({
						title: source.title,
						url: source.url,
						meta:
							[source.publisher, source.date && formatPartialDate(source.date, locale)]
								.filter(Boolean)
								.join(', ') || undefined,
					})),
				},
			];
		}),
	);
	const countyTemplate = '{{county}}';
	return {
		title: text.title,
		intro: text.intro,
		flow: {
			start: flow.start,
			questions: flow.questions,
			outcomes: Object.fromEntries(Object.keys(flow.outcomes).map((id) => [id, true])),
		},
		stepNumbers: Object.fromEntries(stepNumbers(flow)),
		questions: Object.fromEntries(
			Object.entries(text.questions).map(([id, words]) => [
				id,
				{ ...words, question: heading(words.question) },
			]),
		),
		counties: countyAnswers(locale),
		outcomes,
		pathway: phasePathProps(sources.programme, locale, t),
		paths: {
			start: explainerPath(locale),
			questions: Object.fromEntries(
				Object.keys(flow.questions).map((id) => [id, questionPath(locale, flow, id)]),
			),
			outcomes: Object.fromEntries(
				Object.keys(flow.outcomes).map((id) => [id, outcomePath(locale, flow, id)]),
			),
			outcomesInCounty: Object.fromEntries(
				outcomesAfterCountyQuestion(flow).map((id) => [
					id,
					outcomePath(locale, flow, id, countyTemplate),
				]),
			),
			directoryInCounty: countyPath(locale, countyTemplate),
			directoryCategories: Object.fromEntries(
				serviceCategoryValues.map((category) => [
					category,
					{
						label: t(`category.${category}` as TranslationKey),
						url: categoryPath(locale, category),
					},
				]),
			),
		},
		...(sources.publicSiteUrl ? { publicSiteUrl: sources.publicSiteUrl } : {}),
		strings: {
			questionLabel: uiTemplate(locale, 'explainer.questionLabel'),
			directoryCategoriesIntro: t('explainer.directoryCategoriesIntro'),
			directoryLinkCounty: uiTemplate(locale, 'explainer.directoryLinkCounty'),
		},
	};
}

/** The outcome's headings and notices in one language. */
export function outcomeStrings(locale: Locale, lastReviewed: Date): OutcomeStrings {
	const t = useTranslations(locale);
	// The island renders these headings itself, after the build's hyphenation pass has run.
	const heading = (value: string) => hyphenateLongWords(value, localeConfig(locale).bcp47);
	return {
		nextSteps: heading(t('explainer.nextSteps')),
		urgentHelpHeading: heading(t('urgentHelp.heading')),
		legalStatusSource: t('legalStatus.source'),
		pagesHeading: heading(t('explainer.pagesHeading')),
		helpHeading: heading(t('explainer.helpHeading')),
		pathwayHeading: heading(t('explainer.pathwayHeading')),
		courtChecksHeading: heading(t('explainer.courtChecksHeading')),
		openPointsHeading: heading(t('explainer.openPointsHeading')),
		lawyerQuestionsHeading: heading(t('explainer.lawyerQuestionsHeading')),
		whoDecides: t('explainer.whoDecides'),
		sourcesHeading: t('page.sourcesHeading'),
		lastReviewed: t('page.lastReviewed', { date: formatDate(lastReviewed, locale) }),
	};
}
