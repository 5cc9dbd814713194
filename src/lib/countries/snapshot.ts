/**
 * The last day a partial date can mean: `2021` → 31 December 2021, `2021-06` → 30 June 2021.
 * A snapshot dated only by year is treated as generously as possible before it counts as old.
 */
export function latestDayOf(partialDate: string): Date {
	const [year, month, day] = partialDate.split('-').map(Number) as [number, number?, number?];
	if (day !== undefined) return new Date(Date.UTC(year, month! - 1, day));
	if (month !== undefined) return new Date(Date.UTC(year, month, 0));
	return new Date(Date.UTC(year, 11, 31));
}

/**
 * True when a snapshot is more than `months` old on `today`, so its page should warn readers.
 * @example isSnapshotStale('2017-01-01', new Date('2026-11-23')) // true
 */
export function isSnapshotStale(snapshotDate: string, today: Date, months = 24): boolean {
	const limit = new Date(today);
	limit.setUTCMonth(limit.getUTCMonth() - months);
	return latestDayOf(snapshotDate) < limit;
}

/** A sortable key for a partial date: `2021` sorts as the end of 2021. */
export function snapshotSortKey(snapshotDate: string): string {
	return latestDayOf(snapshotDate).toISOString().slice(0, 10);
}
