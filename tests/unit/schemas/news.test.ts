import { describe, expect, test } from 'vitest';
import { newsSchema } from '~/schemas/news.ts';
import { makeNews } from './make.ts';

describe('newsSchema', () => {
	test('accepts a minimal news item', () => {
		expect(newsSchema.parse(makeNews()).tags).toEqual([]);
	});

	test('needs at least one country', () => {
		const result = newsSchema.safeParse(makeNews({ countries: [] }));
		expect(result.error?.issues[0]).toMatchObject({
			path: ['countries'],
			message: 'name at least one country, like [norway]',
		});
	});

	test('rejects a bad date', () => {
		const result = newsSchema.safeParse(makeNews({ date: '2016-13-01' }));
		expect(result.error?.issues[0]?.path).toEqual(['date']);
	});
});
