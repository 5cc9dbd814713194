import type { ServiceData } from '../../schemas/service.ts';

/**
 * Active helplines with a phone number, emergency numbers first (short numbers such as 113 sort
 * before ordinary ones): what "Do you need help now?" lists.
 */
export function urgentHelplines(services: ServiceData[]): ServiceData[] {
	return services
		.filter(
			(service) =>
				service.category === 'helpline' && service.status === 'active' && service.phones.length > 0,
		)
		.sort(
			(a, b) =>
				a.phones[0]!.number.tel.length - b.phones[0]!.number.tel.length ||
				a.phones[0]!.number.tel.localeCompare(b.phones[0]!.number.tel),
		);
}
