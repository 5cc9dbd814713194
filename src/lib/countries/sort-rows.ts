export type SortDirection = 'ascending' | 'descending';

/**
 * Sorts table rows by a cell value. Numbers sort numerically and empty values ("unknown") go last
 * whichever the direction, so missing figures never pose as the smallest.
 */
export function sortRows<R extends { value: string }>(
	rows: R[],
	type: 'text' | 'number',
	direction: SortDirection,
	locale: string,
): R[] {
	const collator = new Intl.Collator(locale, { numeric: true });
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		if (a.value === '' || b.value === '') return a.value === b.value ? 0 : a.value === '' ? 1 : -1;
		const order =
			type === 'number' ? Number(a.value) - Number(b.value) : collator.compare(a.value, b.value);
		return sign * order;
	});
}
