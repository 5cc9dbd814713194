/**
 * The `{{name}}` placeholders in a UI string, sorted and without repeats.
 * @example placeholdersIn('Last reviewed {{date}}') // ['date']
 */
export function placeholdersIn(text: string): string[] {
	const names = [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!);
	return [...new Set(names)].sort();
}
