import { describe, expect, test } from 'vitest';
import { serviceSchema } from '~/schemas/service.ts';
import { makeService } from './make.ts';

function issuesOf(overrides: Record<string, unknown>) {
	const result = serviceSchema.safeParse(makeService(overrides));
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('serviceSchema', () => {
	test('accepts a minimal service and fills in defaults', () => {
		const service = serviceSchema.parse(makeService());
		expect(service).toMatchObject({ status: 'active', phones: [], languages: [] });
	});

	test('normalises phone numbers to +47 form', () => {
		const service = serviceSchema.parse(
			makeService({ phones: [{ number: '22 40 00 40' }, { number: '116 123' }] }),
		);
		expect(service.phones.map((phone) => phone.number)).toEqual([
			{ tel: '+4722400040', display: '+47\u00A022\u00A040\u00A000\u00A040' },
			{ tel: '116123', display: '116\u00A0123' },
		]);
	});

	test('rejects a phone number that is not Norwegian', () => {
		expect(issuesOf({ phones: [{ number: '12 34' }] })).toEqual([
			{
				path: ['phones', 0, 'number'],
				message: expect.stringContaining('expected a Norwegian phone number'),
			},
		]);
	});

	test.each(['www.jussbuss.no', 'javascript:alert(1)', 'data:text/html,x'])(
		'rejects the website %s',
		(website) => {
			expect(issuesOf({ website })).toEqual([
				{
					path: ['website'],
					message: 'expected a full web address starting with https://, like https://lovdata.no/',
				},
			]);
		},
	);

	test('rejects an unknown category', () => {
		expect(issuesOf({ category: 'lawyers' })[0]).toMatchObject({
			path: ['category'],
			message: expect.stringMatching(/^expected one of: drug-court/),
		});
	});

	test('rejects a service without a source', () => {
		expect(issuesOf({ sources: [] })).toEqual([
			{
				path: ['sources'],
				message: 'needs at least one source web address before it can be published',
			},
		]);
	});

	test('rejects text missing in the source language', () => {
		expect(issuesOf({ name: { en: 'Jussbuss', nn: 'Jussbuss' } })).toEqual([
			{ path: ['name', 'nb'], message: 'expected text' },
		]);
	});

	test('accepts text not yet translated: that language falls back to its fallback’s text', () => {
		expect(issuesOf({ name: { nb: 'Jussbuss' } })).toEqual([]);
	});

	test('rejects a postcode written as a number', () => {
		expect(
			issuesOf({
				addresses: [{ type: 'visiting', street: 'Storgata 19', postalCode: 184, city: 'Oslo' }],
			})[0]?.path,
		).toEqual(['addresses', 0, 'postalCode']);
	});

	test('takes one region or a list, and always gives a list', () => {
		expect(serviceSchema.parse(makeService({ region: 'oslo' })).region).toEqual(['oslo']);
		expect(serviceSchema.parse(makeService({ region: ['oslo', 'akershus'] })).region).toEqual([
			'oslo',
			'akershus',
		]);
	});

	test('rejects an unknown region', () => {
		expect(issuesOf({ region: 'hordaland' })[0]?.path).toEqual(['region']);
	});
});
