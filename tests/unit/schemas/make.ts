/** Minimal valid content objects; each test overrides one field to see it fail at that field. */

export const validSource = {
	title: 'Forskrift om narkotikaprogram',
	url: 'https://lovdata.no/dokument/SF/forskrift/2016-02-12-152',
};

export function makePage(overrides: Record<string, unknown> = {}) {
	return {
		title: 'For familier',
		description: 'Hva programmet betyr for deg som er pårørende.',
		lastReviewed: '2026-11-01',
		sources: [validSource],
		...overrides,
	};
}

export function makeNews(overrides: Record<string, unknown> = {}) {
	return {
		title: 'Programmet blir landsdekkende',
		description: 'Alle tingretter kan nå dømme til narkotikaprogram.',
		date: '2016-01-01',
		countries: ['norway'],
		sources: [validSource],
		lastReviewed: '2026-11-01',
		...overrides,
	};
}

export function makeCountry(overrides: Record<string, unknown> = {}) {
	return {
		name: 'Norge',
		code: 'NO',
		description: 'Narkotikaprogram med domstolskontroll siden 2006.',
		snapshotDate: '2026-11-01',
		treatmentCourts: 'unknown',
		yearStarted: 2006,
		model: 'drug-treatment-court',
		sources: [validSource],
		lastReviewed: '2026-11-01',
		...overrides,
	};
}

export function makeService(overrides: Record<string, unknown> = {}) {
	return {
		id: 'jussbuss',
		name: { nb: 'Jussbuss', en: 'Jussbuss' },
		description: { nb: 'Gratis rettshjelp.', en: 'Free legal aid.' },
		organisation: { nb: 'Jussbuss', en: 'Jussbuss' },
		category: 'legal-aid',
		audience: ['defendants'],
		region: 'oslo',
		website: 'https://www.jussbuss.no/',
		howToAccess: { nb: 'Kom innom.', en: 'Drop in.' },
		sources: ['https://www.jussbuss.no/'],
		compiledOn: '2026-11-01',
		...overrides,
	};
}
