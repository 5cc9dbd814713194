import { expect, test } from 'vitest';
import { sectionIndexPaths } from '~/lib/i18n/section-routes.ts';

test('a section gets one first page per locale, at its translated address', () => {
	expect(sectionIndexPaths('search', 'route.search')).toEqual([
		{ params: { lang: 'nb', search: 'sok' }, props: { locale: 'nb' } },
		{ params: { lang: 'en', search: 'search' }, props: { locale: 'en' } },
	]);
});
