import { describe, expect, test } from 'vitest';
import { reviewPackInput } from '~/lib/review/review-pack-input.ts';
import { reviewPackHtml } from '~/lib/review/review-pack.ts';

const today = new Date('2026-12-07T00:00:00Z');
const input = reviewPackInput('content', today);
const html = reviewPackHtml(input);
const section = (number: number) => html.split('<h2>')[number]!;

describe('the review pack for a defence lawyer', () => {
	test('numbers every statement once, from 1 up, so a reviewer can answer "7: wrong, because …"', () => {
		const numbers = [...html.matchAll(/<li class="item" value="(\d+)">/g)].map((match) =>
			Number(match[1]),
		);
		expect(numbers).toEqual(numbers.map((_, index) => index + 1));
		expect(html).toContain(`nummerert fra 1 til ${numbers.length}`);
	});

	test('walks every outcome of the explainer, each path in Norwegian and English', () => {
		const paths = section(3);
		for (const outcome of Object.keys(input.flow.outcomes))
			expect(paths, outcome).toContain(`outcome ${outcome} (`);
		expect(paths).toContain('«Har du en straffesak nå?»');
		expect(paths).toContain('«Do you have a criminal case now?»');
	});

	test('gives every legal change with its status, when it was last checked, and its sources', () => {
		for (const { id, data } of input.legalChanges) {
			expect(section(4)).toContain(`${id}: ${data.status}, as of ${data.asOf}; last checked`);
			expect(section(4)).toContain(data.sources[0]!.url);
		}
	});

	test('lists the statements of every page marked for legal review, in Bokmål and English', () => {
		const keys = [...new Set(input.pages.map((page) => page.key))].sort();
		expect(keys).toEqual(['defence-lawyer', 'drug-court-programme', 'for-defendants', 'reform']);
		expect(section(5)).toContain('(nb, defence-lawyer)');
		expect(section(5)).toContain('(en, defence-lawyer)');
		expect(input.pages.every((page) => page.statements.length > 5)).toBe(true);
	});

	test('says that no lawyer has reviewed the content, since no review is recorded', () => {
		expect(html).toContain('No lawyer has reviewed the content yet.');
	});

	test('names a recorded review when there is one', () => {
		const reviewed = reviewPackHtml({
			...input,
			flow: {
				...input.flow,
				reviews: [
					{ role: 'defence-lawyer', date: new Date('2027-01-10T00:00:00Z'), scope: { nb: 'Alt' } },
				],
			},
		});
		expect(reviewed).toContain('Reviews done: the explainer: defence-lawyer, 2027-01-10.');
	});

	test('is one self-contained file: no script, and nothing loaded from elsewhere', () => {
		expect(html).not.toMatch(/<script|<link |<img |src=/);
	});
});
