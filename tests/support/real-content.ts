import { validateContent } from '~/lib/content-check/validate-content.ts';

let checked: ReturnType<typeof validateContent> | undefined;

/**
 * The content check's result for the real content/ folder, computed once per test worker (the
 * projects share workers across files), as many tests read the same entries.
 */
export function realContent(): ReturnType<typeof validateContent> {
	checked ??= validateContent('content');
	return checked;
}
