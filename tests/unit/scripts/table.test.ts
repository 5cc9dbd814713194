import { expect, test } from 'vitest';
import { formatTable, kb } from '../../../scripts/bench/table.ts';

test('a table pads columns, right-aligns numbers and underlines the header', () => {
	expect(
		formatTable(
			['page', 'KB'],
			[
				['home', 16.9],
				['article', 8],
			],
		),
	).toBe(['page     KB', '-------  ----', 'home     16.9', 'article     8'].join('\n'));
});

test('kb() gives kilobytes with one decimal', () => {
	expect(kb(20 * 1024)).toBe(20);
	expect(kb(1536)).toBe(1.5);
});
