import type { z } from 'astro/zod';

/**
 * A field left empty counts as a field left out. The editors' form (Decap CMS) saves an emptied
 * optional field as `""`, and copies a field that is the same in every language (`draft`,
 * `audience`) into the other language's file as `null` when that file did not have it. Both mean
 * "nothing here": dropping them before the schema runs lets the default apply, and a required
 * field left empty gets the plain "is required but missing" message. A `null` the schema accepts
 * (`yearStarted: null`, "not known") is a value, and stays.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
	);
}

/** `""` and whitespace at any depth, and an object or list item left with nothing in it. */
function withoutEmptyText(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutEmptyText).filter((item) => item !== undefined);
	if (typeof value === 'string') return value.trim() === '' ? undefined : value;
	if (!isPlainObject(value)) return value;
	const kept = Object.entries(value)
		.map(([key, item]) => [key, withoutEmptyText(item)] as const)
		.filter(([, item]) => item !== undefined);
	return kept.length === 0 && Object.keys(value).length > 0 ? undefined : Object.fromEntries(kept);
}

/** A file's data without empty text, and without `null` in the top-level fields that do not take it. */
export function withoutEmptyFields<T>(data: T, schema: z.ZodType): T {
	if (!isPlainObject(data)) return data;
	const shape = (schema as { shape?: Record<string, z.ZodType> }).shape ?? {};
	const kept: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data)) {
		if (value === null && !shape[key]?.safeParse(null).success) continue;
		const cleaned = withoutEmptyText(value);
		if (cleaned !== undefined) kept[key] = cleaned;
	}
	return kept as T;
}
