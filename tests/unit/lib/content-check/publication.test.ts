import { describe, expect, test } from 'vitest';
import { isPublishedFile, isUnwrittenTwin } from '~/lib/content-check/publication.ts';

// What the editors' form writes in a language's folder when an entry is saved with that column
// left empty: only the fields every language shares.
const formTwin = { date: '2026-12-01', countries: ['norway'], lastReviewed: '2026-12-02' };

describe('a twin the editors’ form wrote without words', () => {
	test('is not published in its language, which falls back instead', () => {
		expect(isUnwrittenTwin(formTwin, 'nn')).toBe(true);
		expect(isPublishedFile(formTwin, 'nn')).toBe(false);
	});

	test('counts as written as soon as it has a title or a name', () => {
		expect(isPublishedFile({ ...formTwin, title: 'Nytt kontor' }, 'nn')).toBe(true);
		expect(isPublishedFile({ ...formTwin, name: 'Sverige' }, 'en')).toBe(true);
	});

	test('in the source language is never a fallback: its missing title stays an error', () => {
		expect(isUnwrittenTwin(formTwin, 'nb')).toBe(false);
		expect(isPublishedFile(formTwin, 'nb')).toBe(true);
	});
});
