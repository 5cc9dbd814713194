import { describe, expect, test } from 'vitest';
import { realContent } from '../support/real-content.ts';
import {
	explainerLixLimit,
	explainerReadability,
	lixLimit,
	pageReadability,
} from '~/lib/readability/page-readability.ts';
import type { FlowText } from '~/schemas/flow.ts';

const entries = realContent().entries;
const pages = entries.filter((entry) => entry.collection === 'pages');

describe('readability (LIX) of every information page', () => {
	test.each(pageReadability(pages))(
		'$file scores $score, within its limit of $limit',
		({ score, limit }) => {
			expect(score).toBeGreaterThan(0);
			expect(score).toBeLessThanOrEqual(limit);
		},
	);
});

describe('lixLimit()', () => {
	test('is 40 for pages written for defendants and families, 50 for the rest', () => {
		expect([
			lixLimit('defendants'),
			lixLimit('families'),
			lixLimit('public'),
			lixLimit('editors'),
		]).toEqual([40, 40, 50, 50]);
	});
});

describe.each(['nb', 'nn', 'en'])('readability (LIX) of the explainer in %s', (locale) => {
	const words = entries.find((entry) => entry.key === `eligibility/${locale}`)!
		.parsed as unknown as FlowText;
	test.each(explainerReadability(words))(
		`$field scores $score, within ${explainerLixLimit}`,
		({ score }) => {
			expect(score).toBeGreaterThan(0);
			expect(score).toBeLessThanOrEqual(explainerLixLimit);
		},
	);
});
