import { describe, expect, test } from 'vitest';
import { respell, spellingMap } from '~/lib/search/spellings.ts';

describe('spellingMap()', () => {
	test('lists the site’s words with æ, ø and å by how they look typed without them', () => {
		expect(spellingMap(['Hjelp til pårørende i Tromsø', 'Høyesterett'])).toEqual({
			parorende: 'pårørende',
			tromso: 'tromsø',
			hoyesterett: 'høyesterett',
		});
	});

	test('never swaps a word the site also uses as it is typed', () => {
		expect(spellingMap(['Søker du hjelp?', 'Han soker ikke.'])).toEqual({});
	});

	test('takes the commonest spelling when two fold alike', () => {
		// "tåel" and "tæl" both look like "tael" typed without æ, ø and å.
		expect(spellingMap(['tæl tåel tåel'])).toEqual({ tael: 'tåel' });
	});
});

describe('respell()', () => {
	test('swaps the words the site spells with æ, ø or å, and keeps the rest', () => {
		expect(respell('hjelp til Parorende', { parorende: 'pårørende' })).toBe('hjelp til pårørende');
		expect(respell('domstolskontroll', { parorende: 'pårørende' })).toBe('domstolskontroll');
	});
});
