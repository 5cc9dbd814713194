import { describe, expect, test } from 'vitest';
import { directoryQuality } from '~/lib/directory/data-quality.ts';
import { serviceSchema } from '~/schemas/service.ts';
import { makeService } from '../../schemas/make.ts';

const today = new Date('2026-11-23T00:00:00Z');
const service = (overrides: Record<string, unknown>) => serviceSchema.parse(makeService(overrides));

describe('directoryQuality()', () => {
	test('lists entries verified more than a year ago', () => {
		const report = directoryQuality(
			[
				service({ id: 'old', compiledOn: '2025-11-22' }),
				service({ id: 'fresh', compiledOn: '2025-11-23' }),
			],
			today,
		);
		expect(report.stale.map((entry) => entry.id)).toEqual(['old']);
	});

	test('counts a listing checked today as old when its contact details come from an old source', () => {
		const report = directoryQuality(
			[service({ id: 'old-source', compiledOn: '2026-11-22', sourceDate: '2019' })],
			today,
		);
		expect(report.stale).toEqual([{ id: 'old-source', since: new Date('2019-01-01T00:00:00Z') }]);
	});

	test('lists entries a reader cannot contact', () => {
		const report = directoryQuality(
			[
				service({ id: 'silent', website: undefined }),
				service({ id: 'phone', website: undefined, phones: [{ number: '113' }] }),
			],
			today,
		);
		expect(report.noContactRoute).toEqual(['silent']);
	});

	test('lists categories and counties without entries', () => {
		const report = directoryQuality([service({ category: 'legal-aid', region: 'oslo' })], today);
		expect(report.emptyCategories).not.toContain('legal-aid');
		expect(report.emptyCategories).toContain('helpline');
		expect(report.emptyRegions).not.toContain('oslo');
		expect(report.emptyRegions).toContain('finnmark');
		expect(report.emptyRegions).not.toContain('national');
	});
});
