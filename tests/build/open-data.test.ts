import { describe, expect, test } from 'vitest';
import { readBuilt } from '../support/dist.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const services = JSON.parse(readBuilt('data/services.json'));

/** The fields HSDS 3.0 requires of an object, each present and a non-null string. */
function expectRequired(record: Record<string, unknown>, fields: string[], where: string) {
	for (const field of fields) expect(typeof record[field], `${where}.${field}`).toBe('string');
}

describe('the directory as Open Referral HSDS 3.0 (data/services.json)', () => {
	test('is one page holding every service', () => {
		expect(services.total_items).toBe(services.contents.length);
		expect(services.contents.length).toBeGreaterThan(50);
	});

	test('every service has the fields HSDS requires, with UUIDs and a known status', () => {
		const ids = new Set<string>();
		for (const service of services.contents) {
			expectRequired(service, ['id', 'name', 'status'], service.name);
			expect(service.id).toMatch(uuid);
			ids.add(service.id);
			expect(['active', 'inactive', 'defunct', 'temporarily closed']).toContain(service.status);
			// assured_date claims the service itself confirmed the entry; none has yet, so none is set.
			expect(service.assured_date, service.name).toBeUndefined();
			expectRequired(
				service.organization,
				['id', 'name', 'description'],
				`${service.name}.organization`,
			);
			for (const phone of service.phones)
				expectRequired(phone, ['id', 'number'], `${service.name}.phones`);
			for (const area of service.service_areas)
				expectRequired(area, ['id', 'name'], `${service.name}.service_areas`);
			for (const language of service.languages)
				expectRequired(language, ['id', 'code'], `${service.name}.languages`);
			for (const link of service.service_at_locations) {
				expectRequired(link.location, ['id', 'location_type'], `${service.name}.location`);
				for (const address of link.location.addresses)
					expectRequired(
						address,
						['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
						`${service.name}.address`,
					);
			}
		}
		expect(ids.size).toBe(services.contents.length);
	});

	test('the emergency number is there to call', () => {
		const emergency = services.contents.find((service: { name: string }) =>
			service.name.includes('113'),
		);
		expect(emergency.phones[0].number).toBe('113');
	});
});

describe('the CSV files', () => {
	test.each(['data/services.csv', 'data/countries.csv', 'data/country-series.csv'])(
		'%s has a header and rows that open in a spreadsheet',
		(file) => {
			const text = readBuilt(file);
			expect(text.endsWith('\r\n')).toBe(true);
			const [header, ...rows] = text.trimEnd().split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
			expect(header!.split(',').length).toBeGreaterThan(3);
			expect(rows.length).toBeGreaterThan(2);
		},
	);
});

test('the countries file gives every figure with its date', () => {
	const { countries } = JSON.parse(readBuilt('data/countries.json'));
	const norway = countries.find((country: { country: string }) => country.country === 'norway');
	expect(norway.treatmentCourts).toEqual(expect.objectContaining({ value: 14, asOf: '2017' }));
	expect(
		norway.series[0].points.every((point: { source: string }) =>
			point.source.startsWith('https://'),
		),
	).toBe(true);
	const portugal = countries.find((country: { country: string }) => country.country === 'portugal');
	expect(portugal.treatmentCourts).toBe('not-applicable');
});
