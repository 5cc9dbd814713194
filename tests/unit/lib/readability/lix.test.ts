import { describe, expect, test } from 'vitest';
import { lixScore, proseFromMdx, sentenceCount, wordsIn } from '~/lib/readability/lix.ts';

describe('wordsIn()', () => {
	test('keeps Norwegian letters and hyphenated compounds together', () => {
		expect(wordsIn('Pårørende får ND-hjelp i 2026.')).toEqual([
			'Pårørende',
			'får',
			'ND-hjelp',
			'i',
			'2026',
		]);
	});
});

describe('sentenceCount()', () => {
	test('counts full stops, question marks and colons at the end of a clause', () => {
		expect(sentenceCount('Du får hjelp. Hva skjer nå? Dette: mer.')).toBe(4);
	});

	test('does not end a sentence at common abbreviations', () => {
		expect(sentenceCount('Se Prop. 92 L og f.eks. nr. 3 i listen.')).toBe(1);
	});

	test('counts a heading or list line without a full stop as one sentence', () => {
		expect(sentenceCount('Hva retten gjør\nRetten følger deg.')).toBe(2);
	});
});

describe('lixScore()', () => {
	test('scores short sentences of short words low', () => {
		// 6 words, 2 sentences, no long words: 6 / 2 + 0 = 3
		expect(lixScore('Du får hjelp. Retten ser deg.')).toBe(3);
	});

	test('scores long sentences of long words high', () => {
		// 5 words, 1 sentence, 4 words over six letters: 5 + 80 = 85
		expect(lixScore('Straffegjennomføringen innebærer omfattende samarbeid mellom.')).toBe(85);
	});

	test('gives 0 for text without words', () => {
		expect(lixScore('')).toBe(0);
	});
});

describe('proseFromMdx()', () => {
	test('keeps the text of links and components, and drops markup', () => {
		const mdx =
			'## Overskrift\n\nLes <SiteLink to="privacy">personvern</SiteLink> og [kildene](https://lovdata.no/).\n\n- Et **punkt**';
		expect(proseFromMdx(mdx)).toBe('Overskrift\nLes personvern og kildene.\nEt punkt');
	});
});
