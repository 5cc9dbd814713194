import type { Locale } from '../../i18n/locales.ts';
import type { Flow } from '../../schemas/flow.ts';
import { useTranslations } from '../i18n/translate.ts';
import { localizedPath } from '../i18n/urls.ts';

// Step pages have neutral, numbered addresses (/nb/veiviser/sporsmal-3/), so a browser history
// shows no one's situation. Numbers follow the order of the nodes in flow.yaml.

/** The explainer's start page: `/nb/veiviser/`. */
export function explainerPath(locale: Locale): string {
	return localizedPath(locale, useTranslations(locale)('route.explainer'));
}

/** The URL segment of a question or outcome page: `sporsmal-3`, `resultat-2`. */
export function stepSegment(
	locale: Locale,
	flow: Flow,
	kind: 'question' | 'outcome',
	id: string,
): string {
	const t = useTranslations(locale);
	const ids = Object.keys(kind === 'question' ? flow.questions : flow.outcomes);
	const index = ids.indexOf(id);
	if (index < 0) throw new Error(`The flow has no ${kind} "${id}".`);
	return `${t(kind === 'question' ? 'route.explainerQuestion' : 'route.explainerOutcome')}-${index + 1}`;
}

/** A question's static page, for readers without JavaScript. */
export function questionPath(locale: Locale, flow: Flow, id: string): string {
	return localizedPath(
		locale,
		useTranslations(locale)('route.explainer'),
		stepSegment(locale, flow, 'question', id),
	);
}

/** An outcome's static page; with a county, the variant whose directory link is for that county. */
export function outcomePath(locale: Locale, flow: Flow, id: string, region?: string): string {
	const segments = [
		useTranslations(locale)('route.explainer'),
		stepSegment(locale, flow, 'outcome', id),
	];
	return localizedPath(locale, ...segments, ...(region ? [region] : []));
}

/** The editors' overview of every question and outcome. */
export function overviewPath(locale: Locale): string {
	const t = useTranslations(locale);
	return localizedPath(locale, t('route.explainer'), t('route.explainerOverview'));
}

/** The outcomes reached through a county question: they get a static variant per county. */
export function outcomesAfterCountyQuestion(flow: Flow): string[] {
	return Object.values(flow.questions)
		.filter((question) => question.region)
		.map((question) => question.next!)
		.filter((id) => Object.hasOwn(flow.outcomes, id));
}
