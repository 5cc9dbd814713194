import type { z } from 'astro/zod';

/** One thing wrong (or worth a look) in a content file, in words an editor can act on. */
export interface ContentProblem {
	/** `error` stops the build; `warning` is listed in the content report. */
	severity: 'error' | 'warning';
	/** Path from the project root, e.g. `content/pages/nb/for-families.mdx`. */
	file: string;
	/** The line in the file, where the problem has one (syntax errors, the text of a page). */
	line?: number;
	/** The column on that line, where known. */
	column?: number;
	/** The field, as a dotted path like `sources.0.url`. Absent for problems with the whole file. */
	field?: string;
	/** What was expected and, where it helps, how to fix it. */
	message: string;
	/** The value found in the file, quoted for display. Absent when the field is missing. */
	found?: string;
}

/** Short English names for value types, as an editor would say them. */
function describeType(expected: string): string {
	const names: Record<string, string> = {
		string: 'text',
		number: 'a number',
		boolean: 'true or false',
		array: 'a list',
		object: 'a group of fields',
		date: 'a date like 2026-05-01',
	};
	return names[expected] ?? expected;
}

/**
 * The zod error map used when checking content: plain messages for the cases the schemas do not
 * word themselves (schema-level messages take precedence over this map).
 */
export function editorErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return `expected ${describeType(issue.expected)}`;
		case 'too_small':
			if (issue.origin === 'array') return `expected at least ${issue.minimum} item(s)`;
			if (issue.origin === 'string') return 'must not be empty';
			return `expected ${issue.minimum} or more`;
		case 'too_big':
			if (issue.origin === 'array') return `expected at most ${issue.maximum} item(s)`;
			if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
			return `expected ${issue.maximum} or less`;
		case 'invalid_value':
			return `expected one of: ${issue.values.map(String).join(', ')}`;
		case 'unrecognized_keys':
			return 'unknown field';
		default:
			return undefined;
	}
}

/** Reads the value at `path` in parsed file data, or `undefined` when any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** A found value as an editor would recognise it in the file. */
export function quoteValue(value: unknown): string {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string') return JSON.stringify(value);
	if (value === null) return 'null';
	// JSON.stringify gives undefined for undefined and functions: say what it is instead.
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Turns zod issues for one file into problems that name the field, what was expected, and what
 * was found. `allowedFields` is listed when an editor mistypes a field name.
 */
export function problemsFromIssues(
	file: string,
	data: unknown,
	issues: readonly z.core.$ZodIssue[],
	allowedFields: readonly string[] = [],
): ContentProblem[] {
	return issues.flatMap((issue): ContentProblem[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const path = [...issue.path, key];
				return {
					severity: 'error',
					file,
					field: path.join('.'),
					message:
						issue.path.length === 0 && allowedFields.length > 0
							? `unknown field; check the spelling or remove it (allowed fields: ${allowedFields.join(', ')})`
							: 'unknown field; check the spelling or remove it',
					found: quoteValue(valueAt(data, path)),
				};
			});
		}
		if (issue.code === 'invalid_union') {
			return [{ severity: 'error', file, field: issue.path.join('.'), message: issue.message }];
		}
		const found = valueAt(data, issue.path);
		const field = issue.path.join('.');
		if (found === undefined && issue.code === 'invalid_type') {
			return [
				{
					severity: 'error',
					file,
					field,
					message: `is required but missing; add "${String(issue.path.at(-1))}:" (${issue.message})`,
				},
			];
		}
		// A rule across fields (a question with neither options nor next, say) can name a field
		// that is not in the file at all: then there is no value to show.
		return [
			{
				severity: 'error',
				file,
				field,
				message: issue.message,
				...(found === undefined ? {} : { found: quoteValue(found) }),
			},
		];
	});
}

/**
 * A field's dotted path as an editor finds it in the file: list items are counted from 1, the way
 * they appear, not from 0.
 * @example fieldInWords('sources.0.url') // '"url" in item 1 of "sources"'
 * @example fieldInWords('exit.hint') // '"exit.hint"'
 */
export function fieldInWords(path: string): string {
	// "series.0.points.0.source" → ["series", 1, "points", 1, "source"]: names and item numbers.
	const parts: (string | number)[] = [];
	for (const token of path.split('.')) {
		const last = parts.at(-1);
		if (/^\d+$/.test(token)) parts.push(Number(token) + 1);
		else if (typeof last === 'string') parts[parts.length - 1] = `${last}.${token}`;
		else parts.push(token);
	}
	return parts
		.reverse()
		.map((part, index) => {
			const name = typeof part === 'number' ? `item ${part}` : `"${part}"`;
			if (index === 0) return name;
			return `${typeof parts[index - 1] === 'number' ? ' of' : ' in'} ${name}`;
		})
		.join('');
}

/**
 * One problem as a line of text: `file:line: "field": message; found value`, the way editors
 * and their editors' tools (which open `file:line`) read it.
 * @example content/pages/nb/om.mdx: "lastReviewed": expected a date like 2026-05-01; found "22.11.2026"
 */
export function formatProblem(problem: ContentProblem): string {
	const place = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
	const field = problem.field ? ` ${fieldInWords(problem.field)}:` : '';
	const found = problem.found === undefined ? '' : `; found ${problem.found}`;
	return `${problem.file}${place}:${field} ${problem.message}${found}`;
}

/**
 * The end of a failed check: how many problems in how many files, so an editor knows the size of
 * the job.
 * @example problemSummary(errors) // '3 problems in 2 files'
 */
export function problemSummary(problems: ContentProblem[]): string {
	const files = new Set(problems.map((problem) => problem.file)).size;
	return `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}`;
}
