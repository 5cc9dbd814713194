import type { Locale } from '../../i18n/locales.ts';
import type { Review } from '../../schemas/common.ts';
import { formatDate } from '../i18n/format.ts';
import { localized } from '../i18n/localized-text.ts';
import type { Translate, TranslationKey } from '../i18n/translate.ts';

/**
 * "Reviewed by a defence lawyer on 3 March 2027: the legal statements on this page", one line per
 * recorded review, newest first. No record, no line: the site never implies a review.
 * @example reviewLines([], 'en', t) // []
 */
export function reviewLines(reviews: Review[], locale: Locale, t: Translate): string[] {
	return [...reviews]
		.sort((a, b) => b.date.getTime() - a.date.getTime())
		.map((review) =>
			t('review.line', {
				who: t(`review.role.${review.role}` as TranslationKey),
				date: formatDate(review.date, locale),
				scope: localized(review.scope, locale),
			}),
		);
}
