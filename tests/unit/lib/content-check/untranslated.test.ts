import { describe, expect, test } from 'vitest';
import { untranslatedFields } from '~/lib/content-check/untranslated.ts';

const service = {
	id: 'jussbuss',
	name: { nb: 'Jussbuss', en: 'Jussbuss', nn: 'Jussbuss' },
	description: { nb: 'Gratis rettshjelp.', en: 'Free legal aid.' },
	phones: [{ number: { tel: '+4722842900' }, description: { nb: 'Sentralbord', nn: '' } }],
	region: ['oslo'],
};

describe('untranslatedFields()', () => {
	test('lists, as editors find them in the file, the texts a language still lacks', () => {
		expect(untranslatedFields(service, 'nn')).toEqual(['description', 'phones.0.description']);
		expect(untranslatedFields(service, 'en')).toEqual(['phones.0.description']);
	});

	test('never lists the source language, which every text is written in first', () => {
		expect(untranslatedFields(service, 'nb')).toEqual([]);
	});

	test('leaves out legal names, which stay Norwegian on the English pages', () => {
		const phase = { norwegianName: { nb: 'ansvarsfasen' } };
		expect(untranslatedFields(phase, 'en')).toEqual([]);
		expect(untranslatedFields(phase, 'nn')).toEqual(['norwegianName']);
	});
});
