import { describe, expect, test } from 'vitest';
import { pairTwins, splitLocalizedId } from '~/lib/i18n/twins.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const pathFor = (locale: string, slug: string) => `/${locale}/${slug}/`;

describe('splitLocalizedId()', () => {
	test('reads locale and file name', () => {
		expect(splitLocalizedId('nb/for-families')).toEqual({ locale: 'nb', key: 'for-families' });
	});

	test('refuses an entry outside a locale folder', () => {
		expect(() => splitLocalizedId('for-families')).toThrow('is not in a locale folder');
	});
});

describe('pairTwins()', () => {
	test('links twins by file name, each at its own localised slug', () => {
		const routes = pairTwins(
			[
				{ id: 'nb/about', data: { slug: 'om-nettstedet', lastReviewed: day('2026-11-01') } },
				{ id: 'en/about', data: { slug: 'about', lastReviewed: day('2026-11-01') } },
				{ id: 'nn/about', data: { slug: 'om-nettstaden', lastReviewed: day('2026-11-01') } },
			],
			pathFor,
		);
		expect(routes.map((route) => route.url)).toEqual([
			'/nb/om-nettstedet/',
			'/en/about/',
			'/nn/om-nettstaden/',
		]);
		expect(routes[0]!.alternates).toEqual([
			{ locale: 'nb', url: '/nb/om-nettstedet/', translated: true },
			{ locale: 'en', url: '/en/about/', translated: true },
			{ locale: 'nn', url: '/nn/om-nettstaden/', translated: true },
		]);
		expect(routes.some((route) => route.isFallback || route.newerTwin)).toBe(false);
	});

	test('gives a missing translation a fallback route that shows the Norwegian text', () => {
		const nb = { id: 'nb/privacy', data: { slug: 'personvern', lastReviewed: day('2026-11-01') } };
		const english = pairTwins([nb], pathFor).find((route) => route.locale === 'en')!;
		expect(english).toMatchObject({
			url: '/en/privacy/',
			entry: nb,
			contentLocale: 'nb',
			isFallback: true,
		});
		expect(english.alternates.find((alternate) => alternate.locale === 'en')?.translated).toBe(
			false,
		);
	});

	test('shows a Nynorsk reader the Bokmål text before the English, as locales.ts lists', () => {
		const nb = { id: 'nb/privacy', data: { slug: 'personvern', lastReviewed: day('2026-11-01') } };
		const en = { id: 'en/privacy', data: { slug: 'privacy', lastReviewed: day('2026-11-01') } };
		expect(pairTwins([en, nb], pathFor).find((route) => route.locale === 'nn')).toMatchObject({
			entry: nb,
			contentLocale: 'nb',
			isFallback: true,
		});
	});

	test('falls back to English when only English exists', () => {
		const en = { id: 'en/editors', data: { lastReviewed: day('2026-11-01') } };
		expect(pairTwins([en], pathFor).find((route) => route.locale === 'nb')).toMatchObject({
			contentLocale: 'en',
			isFallback: true,
		});
	});

	test('marks the twin reviewed earlier as possibly out of date', () => {
		const routes = pairTwins(
			[
				{ id: 'nb/about', data: { slug: 'om', lastReviewed: day('2026-11-20') } },
				{ id: 'en/about', data: { lastReviewed: day('2026-01-05') } },
			],
			pathFor,
		);
		expect(routes.find((route) => route.locale === 'en')?.newerTwin).toEqual({
			locale: 'nb',
			url: '/nb/om/',
			lastReviewed: day('2026-11-20'),
		});
		expect(routes.find((route) => route.locale === 'nb')?.newerTwin).toBeUndefined();
	});
});
