import type { PathwayExplainerProps } from '../../islands/PathwayExplainer.tsx';
import type { Locale } from '../../i18n/locales.ts';
import { regionValues } from '../../schemas/service.ts';
import { directoryHref, directoryPath } from '../directory/directory-paths.ts';
import { outcomeStrings, outcomeView, type OutcomeContext } from '../flow/explainer-model.ts';
import { questionPath } from '../flow/explainer-paths.ts';
import { useTranslations, uiTemplate, type TranslationKey } from '../i18n/translate.ts';
import { phasePathProps } from '../programme/phase-path-props.ts';
import { getFlow, getPageRoutes, getProgramme } from './queries.ts';

/** The flow the explainer shows. */
export const explainerFlow = 'eligibility';

/** Everything the explainer's pages need in one language, with page links and phases resolved. */
export async function explainerContext(locale: Locale): Promise<OutcomeContext> {
	const { flow, texts } = await getFlow(explainerFlow);
	const t = useTranslations(locale);
	const routes = (await getPageRoutes()).filter((route) => route.locale === locale);
	const programme = await getProgramme();
	return {
		locale,
		t,
		flow,
		text: texts[locale],
		page: (key) => {
			const route = routes.find((item) => item.key === key);
			if (!route) throw new Error(`The explainer links to a page "${key}" that does not exist.`);
			return { label: route.entry.data.title, url: route.url };
		},
		pathway: phasePathProps(programme.data, locale, t),
	};
}

/** County answers for county questions, in directory order, with "would rather not say" last. */
export function regionAnswers(locale: Locale): { id: string; label: string }[] {
	const t = useTranslations(locale);
	return [
		...regionValues
			.filter((id) => id !== 'national')
			.map((id) => ({ id, label: t(`region.${id}` as TranslationKey) })),
		{ id: 'national', label: t('explainer.regionNone') },
	];
}

/** The explainer island's props in one language. */
export function explainerIslandProps(context: OutcomeContext): PathwayExplainerProps {
	const { locale, t, flow, text } = context;
	return {
		title: text.title,
		intro: text.intro,
		startUrl: questionPath(locale, flow, flow.start),
		flow: {
			start: flow.start,
			questions: flow.questions,
			outcomes: Object.fromEntries(Object.keys(flow.outcomes).map((id) => [id, true])),
		},
		questions: text.questions,
		regions: regionAnswers(locale),
		outcomes: Object.fromEntries(
			Object.entries(flow.outcomes).map(([id, outcome]) => [
				id,
				outcomeView(context, id, { url: directoryHref(locale, { categories: outcome.directory }) }),
			]),
		),
		directoryCategories: Object.fromEntries(
			Object.entries(flow.outcomes).map(([id, outcome]) => [id, outcome.directory]),
		),
		directoryPath: directoryPath(locale),
		directoryLinkRegion: uiTemplate(locale, 'explainer.directoryLinkRegion'),
		outcomeStrings: outcomeStrings(locale, t, flow.lastReviewed),
		strings: {
			start: t('explainer.start'),
			continue: t('explainer.continue'),
			back: t('explainer.back'),
			startAgain: t('explainer.startAgain'),
			questionLabel: uiTemplate(locale, 'explainer.questionLabel'),
			questionTitle: uiTemplate(locale, 'explainer.questionTitle'),
			checkTitle: t('explainer.checkTitle'),
			checkIntro: t('explainer.checkIntro'),
			change: t('explainer.change'),
			changeAccessibleLabel: uiTemplate(locale, 'explainer.changeAccessibleLabel'),
			showResult: t('explainer.showResult'),
			resultTitle: t('explainer.resultTitle'),
			yourAnswers: t('explainer.yourAnswers'),
			print: t('explainer.print'),
			errorSummary: t('explainer.errorSummary'),
			chooseAnswer: t('explainer.chooseAnswer'),
			titleSuffix: ` – ${t('explainer.name')} – ${t('site.name')}`,
		},
	};
}
