/**
 * The glossary ids used with `<Term id="…">` in an MDX body, in order of first use, without repeats.
 * @example termIdsIn('<Term id="betinget-dom" /> og <Term id="prøvetid">') // ['betinget-dom', 'prøvetid']
 */
export function termIdsIn(body: string): string[] {
	return [...new Set([...body.matchAll(/<Term\s+id=["']([^"']*)["']/g)].map((match) => match[1]!))];
}

/** The element ids that tie a `<Term>` link to its definition further down the page. */
export function termAnchors(id: string): { term: string; definition: string } {
	return { term: `term-${id}`, definition: `term-${id}-definition` };
}
