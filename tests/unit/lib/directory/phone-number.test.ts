import { describe, expect, test } from 'vitest';
import { normalizePhoneNumber } from '~/lib/directory/phone-number.ts';

/** The display form joins groups with non-breaking spaces; the tables below write them as spaces. */
const unbreakable = (display: string) => display.replaceAll(' ', '\u00A0');

describe('normalizePhoneNumber()', () => {
	test.each([
		['22 40 00 40', '+4722400040', '+47 22 40 00 40'],
		['+47 22 40 00 40', '+4722400040', '+47 22 40 00 40'],
		['0047 22400040', '+4722400040', '+47 22 40 00 40'],
		['800 40 567', '+4780040567', '+47 800 40 567'],
		['51.53.11.11', '+4751531111', '+47 51 53 11 11'],
		['913 03 913', '+4791303913', '+47 913 03 913'],
		['40438800', '+4740438800', '+47 404 38 800'],
	])('writes %s in +47 form', (input, tel, display) => {
		expect(normalizePhoneNumber(input)).toEqual({ tel, display: unbreakable(display) });
	});

	test.each([
		['113', '113', '113'],
		['116 123', '116123', '116 123'],
		['116117', '116117', '116 117'],
	])('keeps the short number %s without a country code', (input, tel, display) => {
		expect(normalizePhoneNumber(input)).toEqual({ tel, display: unbreakable(display) });
	});

	test('a displayed number has no ordinary space, so it never breaks across lines', () => {
		expect(normalizePhoneNumber('22 40 00 40')!.display).not.toMatch(/ /);
	});

	test.each(['22 40 00', '12 34 56 78', 'ring oss', '+46 8 123 456 78', ''])(
		'rejects %j',
		(input) => {
			expect(normalizePhoneNumber(input)).toBeNull();
		},
	);
});
