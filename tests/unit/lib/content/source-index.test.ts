import { describe, expect, test } from 'vitest';
import { groupSources } from '~/lib/content/source-index.ts';

const lovdata = { title: 'Forskriften', url: 'https://lovdata.no/a', publisher: 'Lovdata' };
const regjeringen = {
	title: 'NOU 2019:26',
	url: 'https://regjeringen.no/b',
	publisher: 'Regjeringen',
};
const anonymous = { title: 'En side', url: 'https://example.net/c' };
const programme = { label: 'Narkotikaprogrammet', url: '/nb/narkotikaprogrammet/' };
const reform = { label: 'Rusreformen', url: '/nb/rusreformen/' };

describe('groupSources()', () => {
	test('lists a source once, with every page that cites it', () => {
		const groups = groupSources(
			[
				{ source: lovdata, usedOn: reform },
				{ source: lovdata, usedOn: programme },
				{ source: lovdata, usedOn: programme },
			],
			'nb',
		);
		expect(groups).toEqual([
			{ publisher: 'Lovdata', sources: [{ source: lovdata, usedOn: [programme, reform] }] },
		]);
	});

	test('sorts publishers alphabetically and puts sources without a publisher last', () => {
		const groups = groupSources(
			[
				{ source: anonymous, usedOn: reform },
				{ source: regjeringen, usedOn: reform },
				{ source: lovdata, usedOn: reform },
			],
			'nb',
		);
		expect(groups.map((group) => group.publisher)).toEqual(['Lovdata', 'Regjeringen', undefined]);
	});
});
