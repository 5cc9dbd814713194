import { fallbackChain, type Locale } from '../../i18n/locales.ts';
import type { LegalChangeData } from '../../schemas/legal-change.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { localized } from '../i18n/localized-text.ts';
import type { Translate, TranslationKey } from '../i18n/translate.ts';

/** A legal change's status in one language, ready to show beside a text that mentions it. */
export interface LegalStatusView {
	/** "Status as of October 2025: adopted, not yet in force." */
	label: string;
	statement: string;
	source: { title: string; url: string };
}

/** The status of a legal change as readers see it, with its newest source. */
export function legalStatusView(change: LegalChangeData, locale: Locale, t: Translate): LegalStatusView {
	return {
		label: t('legalStatus.label', {
			date: formatPartialDate(change.asOf, locale),
			status: t(`legalStatus.status.${change.status}` as TranslationKey),
		}),
		statement: localized(change.statement, locale),
		source: { title: change.sources[0]!.title, url: change.sources[0]!.url },
	};
}

/** The status as one line of plain text, for places without markup (RSS). */
export function legalStatusText(view: LegalStatusView): string {
	return `${view.label} ${view.statement}`;
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

/** True when a status's source date is more than `months` before `today`. */
export function isStatusStale(change: LegalChangeData, today: Date, months = 6): boolean {
	const [year, month = 1, day = 1] = change.asOf.split('-').map(Number);
	const limit = new Date(today);
	limit.setUTCMonth(limit.getUTCMonth() - months);
	return Date.UTC(year!, month - 1, day) < limit.getTime();
}
