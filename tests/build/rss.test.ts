import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { localeCodes, localeConfig } from '~/i18n/locales.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { builtPages, readBuilt } from '../support/dist.ts';

describe.each(localeCodes)('the %s RSS feed', (locale) => {
	const t = useTranslations(locale);
	const xml = readBuilt(`${locale}/${t('route.news')}/rss.xml`);
	const feed = new XMLParser().parse(xml);
	const items = [feed.rss.channel.item].flat();
	const built = new Set(builtPages().map((page) => page.path));

	test('parses as RSS 2.0 with a title and the language', () => {
		expect(feed.rss).toBeDefined();
		expect(feed.rss.channel.title).toBe(t('news.rssTitle', { siteName: t('site.name') }));
		expect(feed.rss.channel.language).toBe(localeConfig(locale).bcp47.toLowerCase());
	});

	test('has every news item, each dated and linked to a page that exists, newest first', () => {
		expect(items.length).toBeGreaterThanOrEqual(10);
		const dates = items.map((item) => new Date(item.pubDate).getTime());
		for (const date of dates) expect(Number.isNaN(date)).toBe(false);
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		for (const item of items) expect(built.has(new URL(item.link).pathname), item.link).toBe(true);
	});

	test('is linked from every page with <link rel="alternate">', () => {
		expect(readBuilt(`${locale}/index.html`)).toContain(
			`<link rel="alternate" type="application/rss+xml"`,
		);
	});
});
