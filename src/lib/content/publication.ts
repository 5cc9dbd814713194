/**
 * Whether a content file is published. One rule for the content check and Astro's loaders, so a
 * file the check lets through half-written is never one that Astro tries to render.
 */

/** True when an entry is a draft (`draft: true`): checked, published in no language. */
export function isDraft(data: unknown): boolean {
	return (data as { draft?: unknown } | undefined)?.draft === true;
}

/**
 * True when a file is a twin not translated yet (`needsTranslation: true`): readers of its
 * language see the source-language text with a notice instead.
 */
export function isUntranslated(data: unknown): boolean {
	return (data as { needsTranslation?: unknown } | undefined)?.needsTranslation === true;
}

/** True when a file is published in its own language. */
export function isPublishedFile(data: unknown): boolean {
	return !isDraft(data) && !isUntranslated(data);
}
