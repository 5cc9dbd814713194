import { expect, test } from 'vitest';
import { realContent } from '../support/real-content.ts';
import { serviceCategoryValues, type ServiceData } from '~/schemas/service.ts';

const services = realContent()
	.entries.filter((entry) => entry.collection === 'services')
	.map((entry) => entry.parsed as unknown as ServiceData);

test('the directory has at least 30 real entries', () => {
	expect(services.length).toBeGreaterThanOrEqual(30);
});

test('every category has at least one entry', () => {
	for (const category of serviceCategoryValues) {
		expect(
			services.some((service) => service.category === category),
			category,
		).toBe(true);
	}
});

test('entries cover several counties as well as the whole country', () => {
	const counties = new Set(
		services.flatMap((service) => service.region).filter((region) => region !== 'national'),
	);
	expect(counties.size).toBeGreaterThanOrEqual(8);
});

test('every entry has a source and a verified date', () => {
	for (const service of services) {
		expect(service.sources.length, service.id).toBeGreaterThan(0);
		expect(service.compiledOn, service.id).toBeInstanceOf(Date);
	}
});
