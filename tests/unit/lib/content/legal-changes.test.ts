import { describe, expect, test } from 'vitest';
import { changesMentioned, isStatusStale, legalStatusView } from '~/lib/content/legal-changes.ts';
import { useTranslations } from '~/lib/i18n/translate.ts';
import { legalChangeSchema } from '~/schemas/legal-change.ts';

const rules = legalChangeSchema.parse({
	name: { nb: 'De nye reglene fra 2025', en: 'The 2025 rules' },
	status: 'adopted',
	asOf: '2025-10-20',
	checkedOn: '2026-05-07',
	statement: { nb: 'Vedtatt i juni 2025.', en: 'Adopted in June 2025.' },
	phrases: { nb: ['forenklet forelegg'], en: ['simplified fine'] },
	sources: [
		{ title: 'Dok. 8:42 S', url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/' },
		{ title: 'NTB', url: 'https://www.ringeriksporten.com/' },
	],
});
const changes = [{ id: 'rules-2025', data: rules }];

describe('changesMentioned()', () => {
	test('finds a change by its phrase in the text’s language, whatever the case', () => {
		expect(changesMentioned('Voksne får et Forenklet forelegg.', 'nb', changes)).toEqual([
			'rules-2025',
		]);
		expect(changesMentioned('Adults get a simplified fine.', 'en', changes)).toEqual([
			'rules-2025',
		]);
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
	const oneMonthLater = new Date('2026-06-07T00:00:00Z');
	const sevenMonthsLater = new Date('2026-12-07T00:00:00Z');

	test('says where the change stands and from when, and when it was last checked, in the reader’s language', () => {
		const en = legalStatusView(rules, 'en', useTranslations('en'), oneMonthLater);
		expect([en.label, en.checked]).toEqual([
			'Status as of 20 October 2025: adopted, not yet in force.',
			'Last checked 7 May 2026.',
		]);
		expect(legalStatusView(rules, 'nb', useTranslations('nb'), oneMonthLater).label).toBe(
			'Status per 20. oktober 2025: vedtatt, men ikke trådt i kraft.',
		);
	});

	test('a status checked a month ago carries no warning', () => {
		expect(
			legalStatusView(rules, 'en', useTranslations('en'), oneMonthLater).warning,
		).toBeUndefined();
	});

	test('a status checked seven months ago warns the reader that it may have changed', () => {
		expect(legalStatusView(rules, 'en', useTranslations('en'), sevenMonthsLater).warning).toBe(
			'This was last checked on 7 May 2026; it may have changed. Ask your defence lawyer what applies now.',
		);
		expect(legalStatusView(rules, 'nn', useTranslations('nn'), sevenMonthsLater).warning).toMatch(
			/^Dette vart sist sjekka 7\. mai 2026/,
		);
	});
});

describe('isStatusStale()', () => {
	test('a status is due for a check six months after the last check', () => {
		expect(isStatusStale(rules, new Date('2026-11-06T00:00:00Z'))).toBe(false);
		expect(isStatusStale(rules, new Date('2026-11-08T00:00:00Z'))).toBe(true);
	});
});

describe('legalChangeSchema', () => {
	test('a confirmed status needs a legal or official source first', () => {
		const result = legalChangeSchema.safeParse({
			...rules,
			asOf: '2025-10-20',
			checkedOn: '2026-05-07',
			sources: [{ title: 'NTB', url: 'https://www.ringeriksporten.com/' }],
		});
		expect(result.error?.issues[0]).toMatchObject({
			path: ['sources', 0, 'url'],
			message: expect.stringMatching(/^a status needs a legal or official source first/),
		});
		expect(
			legalChangeSchema.safeParse({
				...rules,
				status: 'unconfirmed',
				asOf: '2025-10-20',
				checkedOn: '2026-05-07',
				sources: [{ title: 'NTB', url: 'https://www.ringeriksporten.com/' }],
			}).success,
		).toBe(true);
	});
});
