import { describe, expect, test } from 'vitest';
import { realContent } from '../support/real-content.ts';

const entries = realContent().entries;

/** Every `{ title, url }` source anywhere in an entry's data. */
function sourcesIn(value: unknown): { title: string; url: string }[] {
	if (Array.isArray(value)) return value.flatMap(sourcesIn);
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const own =
			typeof record.url === 'string' && typeof record.title === 'string'
				? [record as { title: string; url: string }]
				: [];
		return [...own, ...Object.values(record).flatMap(sourcesIn)];
	}
	return [];
}

describe('sources are cited for what they are', () => {
	// FOR-2016-02-12-152 only made the trial nationwide and extended it to the end of 2016; the
	// rules in force are in a later regulation (see content/legal-changes/nd-regulation-2017.yaml).
	test('the 2016 regulation is never given the title of the programme’s regulation', () => {
		const citations = entries.flatMap((entry) =>
			sourcesIn(entry.parsed)
				.filter((source) => source.url.includes('2016-02-12-152'))
				.map((source) => ({ file: entry.file, title: source.title })),
		);
		expect(citations.length).toBeGreaterThan(0);
		expect(
			citations.filter((citation) => !/forlengelse av prøveordning/i.test(citation.title)),
		).toEqual([]);
	});
});
