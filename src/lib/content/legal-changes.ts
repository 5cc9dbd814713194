import { fallbackChain, type Locale } from '../../i18n/locales.ts';
import type { LegalChangeData } from '../../schemas/legal-change.ts';
import { formatDate, formatPartialDate } from '../i18n/format.ts';
import { localized } from '../i18n/localized-text.ts';
import type { Translate, TranslationKey } from '../i18n/translate.ts';

/** Months after `checkedOn` when readers are warned that a status may have changed. */
export const statusWarningMonths = 6;
/** Months after `checkedOn` when the build warns the editors too. */
export const statusBuildWarningMonths = 12;

/** A legal change's status in one language, ready to show beside a text that mentions it. */
export interface LegalStatusView {
	/** "Status as of 20 October 2025: adopted, not yet in force." */
	label: string;
	statement: string;
	/** "Last checked 7 December 2026." */
	checked: string;
	/** Shown when the last check is more than six months old: it may have changed, ask a lawyer. */
	warning?: string;
	source: { title: string; url: string };
}

/**
 * The status of a legal change as readers see it on the day the site is built: what it was as of
 * its newest source, when someone last checked, a warning when that check is old, and the source.
 * @example legalStatusView(change, 'en', t, new Date()).checked // 'Last checked 7 December 2026.'
 */
export function legalStatusView(
	change: LegalChangeData,
	locale: Locale,
	t: Translate,
	today: Date,
): LegalStatusView {
	const checkedOn = formatDate(change.checkedOn, locale);
	return {
		label: t('legalStatus.label', {
			date: formatPartialDate(change.asOf, locale),
			status: t(`legalStatus.status.${change.status}` as TranslationKey),
		}),
		statement: localized(change.statement, locale),
		checked: t('legalStatus.checked', { date: checkedOn }),
		...(monthsBefore(change.checkedOn, today, statusWarningMonths)
			? { warning: t('legalStatus.stale', { date: checkedOn }) }
			: {}),
		source: { title: change.sources[0]!.title, url: change.sources[0]!.url },
	};
}

/** The status as one line of plain text, for places without markup (RSS). */
export function legalStatusText(view: LegalStatusView): string {
	return [view.label, view.statement, view.checked, view.warning].filter(Boolean).join(' ');
}

/**
 * The legal changes a text mentions, by their phrases in its language (case is ignored).
 * @example changesMentioned('Et forenklet forelegg …', 'nb', changes) // ['rules-2025']
 */
export function changesMentioned(
	text: string,
	locale: Locale,
	changes: { id: string; data: LegalChangeData }[],
): string[] {
	const lower = text.toLowerCase();
	return changes
		.filter((change) =>
			phrasesFor(change.data, locale).some((phrase) => lower.includes(phrase.toLowerCase())),
		)
		.map((change) => change.id);
}

/**
 * A change's phrases in `locale`; a language without a list of its own yet uses its fallback's,
 * so a missing translation never hides a mention.
 */
function phrasesFor(change: LegalChangeData, locale: Locale): string[] {
	const own = fallbackChain(locale).find((candidate) => change.phrases[candidate]);
	return own ? change.phrases[own]! : [];
}

/** True when `date` is more than `months` before `today`. */
function monthsBefore(date: Date, today: Date, months: number): boolean {
	const limit = new Date(today);
	limit.setUTCMonth(limit.getUTCMonth() - months);
	return date.getTime() < limit.getTime();
}

/** True when nobody has checked a status for more than `months` (six unless said). */
export function isStatusStale(
	change: LegalChangeData,
	today: Date,
	months = statusWarningMonths,
): boolean {
	return monthsBefore(change.checkedOn, today, months);
}
