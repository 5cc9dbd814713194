import { describe, expect, test } from 'vitest';
import { pageSchema } from '~/schemas/page.ts';
import { makePage, validSource } from './make.ts';

function issuesOf(data: unknown) {
	const result = pageSchema.safeParse(data);
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('pageSchema', () => {
	test('accepts a minimal page and fills in defaults', () => {
		const page = pageSchema.parse(makePage());
		expect(page.audience).toBe('public');
		expect(page.legalNotice).toBe(false);
		expect(page.lastReviewed).toEqual(new Date('2026-11-01T00:00:00Z'));
	});

	test('accepts a date that YAML has already turned into a Date', () => {
		expect(issuesOf(makePage({ lastReviewed: new Date('2026-11-01T00:00:00Z') }))).toEqual([]);
	});

	test.each([
		['title', { title: '' }, 'must not be empty'],
		[
			'lastReviewed',
			{ lastReviewed: '2026-02-30' },
			'expected a real calendar date like 2026-05-01',
		],
		[
			'lastReviewed',
			{ lastReviewed: '1/5/2026' },
			'expected a date like 2026-05-01 (year-month-day)',
		],
		[
			'sources',
			{ sources: [] },
			'needs at least one source (title and url) before it can be published',
		],
		['slug', { slug: 'For Familier' }, expect.stringContaining('expected a URL slug')],
		['audience', { audience: 'lawyers' }, 'expected one of: public, defendants, families, editors'],
	])('rejects a bad %s', (field, override, message) => {
		expect(issuesOf(makePage(override))).toEqual([{ path: [field], message }]);
	});

	test('rejects an unknown field', () => {
		expect(issuesOf(makePage({ titel: 'Skrivefeil' }))[0]?.path).toEqual([]);
	});

	test.each([
		'javascript:alert(1)',
		'data:text/html,hei',
		'/nb/om/',
		'lovdata.no',
		'ftp://lovdata.no/',
	])('rejects the source address %s', (url) => {
		expect(issuesOf(makePage({ sources: [{ ...validSource, url }] }))).toEqual([
			{
				path: ['sources', 0, 'url'],
				message: 'expected a full web address starting with https://, like https://lovdata.no/',
			},
		]);
	});

	test.each(['2019', '2019-12', '2019-12-19', 2019])('accepts the source date %j', (date) => {
		expect(issuesOf(makePage({ sources: [{ ...validSource, date }] }))).toEqual([]);
	});
});

describe('drafts', () => {
	test('a draft may have no sources yet; a published page may not', () => {
		expect(issuesOf(makePage({ sources: [], draft: true }))).toEqual([]);
		expect(issuesOf(makePage({ sources: [] }))[0]?.path).toEqual(['sources']);
	});

	test('the allowed fields are still listed for a mistyped field name', () => {
		expect(Object.keys(pageSchema.shape)).toContain('draft');
	});
});
