import { expect, test } from 'vitest';
import { localeCodes } from '~/i18n/locales.ts';
import { realContent } from '../support/real-content.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { builtPages, readBuilt } from '../support/dist.ts';

// "Reviewed by a defence lawyer on …" may only come from a review recorded in the content.
test('no page claims a review by a lawyer that the content does not record', () => {
	const recorded = realContent().entries.filter(
		(entry) => ((entry.parsed.reviews as unknown[] | undefined) ?? []).length > 0,
	);
	const claims = localeCodes.flatMap((locale) => {
		const t = useTranslations(locale);
		return ['defence-lawyer', 'lawyer'].map((role) =>
			t('review.line', { who: t(`review.role.${role}` as never), date: '', scope: '' })
				.split(':')[0]!
				.trim(),
		);
	});
	const claiming = builtPages()
		.filter(({ file }) => claims.some((claim) => readBuilt(file).includes(claim)))
		.map(({ path }) => path);
	expect(recorded).toEqual([]);
	expect(claiming).toEqual([]);
});
