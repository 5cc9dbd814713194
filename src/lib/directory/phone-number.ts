/** A phone number in the two forms the site needs: a `tel:` target and a readable label. */
export interface PhoneNumber {
	/** For `href="tel:…"`: `+4722400040`, or the bare short number (`113`, `116123`). */
	tel: string;
	/**
	 * For reading aloud and dialling by hand: `+47 22 40 00 40`, `113`, `116 123`. The groups are
	 * joined by non-breaking spaces, so a number never breaks across two lines.
	 */
	display: string;
}

// Norwegian short numbers: emergency (110/112/113), EU-harmonised 116 xxx, and 5-digit service numbers.
// They only work without the country code, so they are kept bare.
const shortNumberPattern = /^(1\d{2}|116\d{3}|0\d{4})$/;

const nbsp = '\u00A0';

/**
 * Normalises a Norwegian phone number written the way people write it (spaces, dots, `+47`, `0047`).
 * Returns `null` when it is not a valid Norwegian number.
 * @example normalizePhoneNumber('22 40 00 40') // { tel: '+4722400040', display: '+47 22 40 00 40' } (non-breaking spaces)
 */
export function normalizePhoneNumber(input: string): PhoneNumber | null {
	const compact = input.replace(/[\s.()-]/g, '');
	if (!/^(\+|00)?\d+$/.test(compact)) return null;
	const national = compact.replace(/^(\+47|0047)(?=\d{8}$)/, '');
	if (shortNumberPattern.test(national)) {
		const display = national.startsWith('116')
			? `${national.slice(0, 3)}${nbsp}${national.slice(3)}`
			: national;
		return { tel: national, display };
	}
	// Ordinary numbers have 8 digits. Mobile (4, 9) and 800 numbers are grouped 3-2-3, others in pairs.
	if (!/^[2-9]\d{7}$/.test(national)) return null;
	const grouped = /^[489]/.test(national)
		? [national.slice(0, 3), national.slice(3, 5), national.slice(5)].join(nbsp)
		: national.replace(/(\d{2})(?=\d)/g, `$1${nbsp}`);
	return { tel: `+47${national}`, display: `+47${nbsp}${grouped}` };
}

/**
 * A label with the spaces inside its phone numbers made non-breaking, so a line never breaks
 * inside a number ("Legevakt 116 117" keeps "116 117" whole).
 * @example withNumbersKeptWhole('Legevakt 116 117') // 'Legevakt 116\u00A0117'
 */
export function withNumbersKeptWhole(label: string): string {
	return label.replace(/(?<=\d) (?=\d)/g, '\u00A0');
}
