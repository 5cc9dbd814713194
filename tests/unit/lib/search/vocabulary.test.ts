import { describe, expect, test } from 'vitest';
import {
	buildVocabulary,
	editDistance,
	planQuery,
	writtenFormPairs,
} from '~/lib/search/vocabulary.ts';

const pages = [
	'Narkotikaprogrammet er et narkotikaprogram med domstolskontroll. Programmet varer i to år.',
	'Hjelp til pårørende i Tromsø. Pårørende kan få hjelp. Kontroll og hjelp.',
	'Høyesterett avgjorde saken. Fengsel eller behandling? Rusbehandling i Bergen. Behandling hjelper.',
	'Forsvareren hjelper deg i straffesaken. Tilbakefall er vanlig.',
	// The first parts of the compounds above are words of their own somewhere on the site.
	'Om narkotika og rus. Hva en domstol gjør.',
];
const vocabulary = buildVocabulary(pages, { pårørande: 'pårørende' });

describe('buildVocabulary()', () => {
	test('lists the words of the index, the commonest first', () => {
		expect(vocabulary.words[0]).toBe('hjelp');
		expect(vocabulary.words).toContain('narkotikaprogrammet');
	});

	test('spells words with æ, ø and å as typed without them, never swapping a real word', () => {
		expect(vocabulary.spellings).toMatchObject({
			parorende: 'pårørende',
			hoyesterett: 'høyesterett',
		});
		expect(buildVocabulary(['Søker du hjelp?', 'Han soker ikke.']).spellings).toEqual({});
	});

	test('files a compound under its later parts, with a joining s or e, not under its first', () => {
		expect(vocabulary.compounds.programmet).toContain('narkotikaprogrammet');
		expect(vocabulary.compounds.kontroll).toEqual(['domstolskontroll']);
		expect(vocabulary.compounds.behandling).toEqual(['rusbehandling']);
		expect(vocabulary.compounds.narkotika).toBeUndefined();
	});

	test('keeps a word of the other written Norwegian only when the index has this language’s word', () => {
		expect(vocabulary.forms).toEqual({ pårørande: 'pårørende' });
		expect(buildVocabulary(pages, { heile: 'hele' }).forms).toEqual({});
	});
});

describe('editDistance()', () => {
	test('counts a missing, extra, wrong or swapped letter as one edit', () => {
		expect(editDistance('narkotikaprgram', 'narkotikaprogram')).toBe(1);
		expect(editDistance('fengsle', 'fengsel')).toBe(1);
		expect(editDistance('defense', 'defence')).toBe(1);
		expect(editDistance('personvrn', 'personvern')).toBe(1);
		expect(editDistance('prison', 'program', 2)).toBe(3);
	});
});

describe('planQuery()', () => {
	test('restores æ, ø and å in every word of a query', () => {
		expect(planQuery('hjelp til parorende i tromso', vocabulary)).toMatchObject({
			query: 'hjelp til pårørende i tromsø',
			corrected: false,
		});
	});

	test('corrects a typo to the closest word of the index, and says so', () => {
		expect(planQuery('narkotikaprgram', vocabulary)).toMatchObject({
			query: 'narkotikaprogram',
			corrected: true,
		});
	});

	test('leaves a word the index can match as it is: whole, the start of a word, or inflected', () => {
		for (const word of ['fengsel', 'narko', 'forsvareren', 'tilbakefallet', 'behandlingene'])
			expect(planQuery(word, vocabulary)).toMatchObject({ query: word, corrected: false });
	});

	test('leaves short words and numbers alone, and a word with no close match', () => {
		expect(planQuery('høyesterett 2022', vocabulary).query).toBe('høyesterett 2022');
		expect(planQuery('fengsl xyz', vocabulary).query).toBe('fengsel xyz');
		expect(planQuery('portugal', vocabulary)).toMatchObject({
			query: 'portugal',
			corrected: false,
		});
	});

	test('puts this language’s form for the other written Norwegian’s word', () => {
		expect(planQuery('hjelp til pårørande', vocabulary)).toMatchObject({
			query: 'hjelp til pårørende',
			corrected: true,
		});
	});

	test('keeps quotes, hyphens and spacing, and reads letters typed with separate accents', () => {
		expect(planQuery('"hjelp til parorende" A-larm', vocabulary).query).toBe(
			'"hjelp til pårørende" A-larm',
		);
		expect(planQuery('pa\u030Arørende', vocabulary).query).toBe('pårørende');
	});

	test('a word typed without æøå also gets this language’s form of it', () => {
		const nynorsk = buildVocabulary(['Hjelp til pårørande. Pårørende­senteret.', 'Pårørende'], {
			pårørende: 'pårørande',
		});
		expect(planQuery('parorende', nynorsk).moreQueries).toContain('pårørande');
	});

	test('adds a search for each compound a word is part of, after the word itself', () => {
		expect(planQuery('kontroll', vocabulary).moreQueries).toEqual(['domstolskontroll']);
		expect(planQuery('behandling bergen', vocabulary).moreQueries).toEqual([
			'rusbehandling bergen',
		]);
	});
});

describe('writtenFormPairs()', () => {
	test('pairs the words that differ, when both texts have as many words', () => {
		expect(
			writtenFormPairs([
				{ nb: 'For pårørende', nn: 'For pårørande' },
				{ nb: 'forsvarer', nn: 'forsvarar' },
				{ nb: 'Hva skjer nå?', nn: 'Kva skjer no? Les meir.' },
			]),
		).toEqual([
			['forsvarer', 'forsvarar'],
			['pårørende', 'pårørande'],
		]);
	});
});

test('a heading’s soft hyphens do not split its words', () => {
	expect(buildVocabulary(['Narkotika\u00ADprogrammet']).words).toEqual(['narkotikaprogrammet']);
});
