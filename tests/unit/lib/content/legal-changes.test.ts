import { describe, expect, test } from 'vitest';
import { changesMentioned, isStatusStale, legalStatusView } from '~/lib/content/legal-changes.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { legalChangeSchema } from '~/schemas/legal-change.ts';

const rules = legalChangeSchema.parse({
	name: { nb: 'De nye reglene fra 2025', en: 'The 2025 rules' },
	status: 'adopted',
	asOf: '2025-10-20',
	statement: { nb: 'Vedtatt i juni 2025.', en: 'Adopted in June 2025.' },
	phrases: { nb: ['forenklet forelegg'], en: ['simplified fine'] },
	sources: [{ title: 'NTB', url: 'https://www.ringeriksporten.com/' }],
});
const changes = [{ id: 'rules-2025', data: rules }];

describe('changesMentioned()', () => {
	test('finds a change by its phrase in the text’s language, whatever the case', () => {
		expect(changesMentioned('Voksne får et Forenklet forelegg.', 'nb', changes)).toEqual(['rules-2025']);
		expect(changesMentioned('Adults get a simplified fine.', 'en', changes)).toEqual(['rules-2025']);
	});

	test('does not use one language’s phrases for the other', () => {
		expect(changesMentioned('forenklet forelegg', 'en', changes)).toEqual([]);
	});

	test('uses the fallback’s phrases for a language that has no list yet', () => {
		expect(changesMentioned('Vaksne får eit forenklet forelegg.', 'nn', changes)).toEqual([
			'rules-2025',
		]);
	});
});

describe('legalStatusView()', () => {
	test('says where the change stands and from when, in the reader’s language', () => {
		expect(legalStatusView(rules, 'en', useTranslations('en')).label).toBe(
			'Status as of 20 October 2025: adopted, not yet in force.',
		);
		expect(legalStatusView(rules, 'nb', useTranslations('nb')).label).toBe(
			'Status per 20. oktober 2025: vedtatt, men ikke trådt i kraft.',
		);
	});
});

describe('isStatusStale()', () => {
	test('a status is due for a check six months after its source', () => {
		expect(isStatusStale(rules, new Date('2026-04-19T00:00:00Z'))).toBe(false);
		expect(isStatusStale(rules, new Date('2026-04-21T00:00:00Z'))).toBe(true);
	});
});
