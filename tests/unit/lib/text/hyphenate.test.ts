import { describe, expect, test } from 'vitest';
import {
	hyphenateLongWords,
	hyphenateHeadingsInHtml,
	withoutSoftHyphens,
} from '~/lib/text/hyphenate.ts';

const shy = '\u00AD';

describe('hyphenateLongWords()', () => {
	test('gives a long Norwegian compound break points where Norwegian hyphenates it', () => {
		const hyphenated = hyphenateLongWords('Narkotikaprogrammet kan være aktuelt', 'nb-NO');
		expect(hyphenated).toContain(`pro${shy}gram`);
		expect(withoutSoftHyphens(hyphenated)).toBe('Narkotikaprogrammet kan være aktuelt');
	});

	test('leaves short words alone', () => {
		expect(hyphenateLongWords('Hva gjelder saken?', 'nb-NO')).toBe('Hva gjelder saken?');
	});

	test('uses English patterns for English', () => {
		expect(hyphenateLongWords('Decriminalisation', 'en-GB')).toContain(shy);
	});

	test('does not hyphenate a word twice', () => {
		const once = hyphenateLongWords('straffutmålingsfrafall', 'nb-NO');
		expect(hyphenateLongWords(once, 'nb-NO')).toBe(once);
	});
});

describe('hyphenateHeadingsInHtml()', () => {
	test('hyphenates heading text in the page’s language, not tags, attributes or other text', () => {
		const html =
			'<html lang="nb-NO"><h1 class="narkotikaprogrammet">Narkotikaprogrammet <a href="/x">domstolskontroll</a></h1><p>Narkotikaprogrammet</p></html>';
		const result = hyphenateHeadingsInHtml(html);
		expect(result).toContain('class="narkotikaprogrammet"');
		expect(result).toContain(`pro${shy}gram`);
		expect(result).toContain(`<p>Narkotikaprogrammet</p>`);
		expect(result).toMatch(new RegExp(`<a href="/x">dom${shy}?s?[^<]*${shy}[^<]*</a>`));
	});
});
