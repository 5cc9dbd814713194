// The parsed body of an MDX file (an mdast tree, as satteri, Astro's MDX processor, gives it),
// read by the content check: the components used with their props, the links, and whether
// there is any text at all. Each body is parsed once, in read-content.ts.

/** The few mdast fields the checks read. */
export interface MdxNode {
	type: string;
	name?: string | null;
	url?: string;
	/** An image's text alternative. */
	alt?: string | null;
	/** A heading's level, 1–6. */
	depth?: number;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdxNode[];
	position?: { start: { line: number; column: number } };
}

export type MdxTree = MdxNode;

/** A JSX element in the body: `<Term id="…">`, or raw HTML such as `<script>`. */
export interface BodyElement {
	name: string;
	/** Attribute → its text, or `null` when it is a `{ }` expression. */
	attributes: Map<string, string | null>;
	/** Line in the body (1 is its first line). */
	line?: number;
	text: string;
}

function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/** The text inside a node, as a reader sees it. */
export function textOf(node: MdxNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
	return (node.children ?? []).map(textOf).join('');
}

/** The plain text of the body's text nodes (not code, not link addresses), with their lines. */
export function textLinesIn(tree: MdxTree): { text: string; line?: number }[] {
	const texts: { text: string; line?: number }[] = [];
	walk(tree, (node) => {
		if (node.type === 'text')
			texts.push({
				text: String(node.value ?? ''),
				...(node.position ? { line: node.position.start.line } : {}),
			});
	});
	return texts;
}

/** Every JSX element (components and raw HTML tags) in the body, in order. */
export function elementsIn(tree: MdxTree): BodyElement[] {
	const elements: BodyElement[] = [];
	walk(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		elements.push({
			name: node.name ?? '',
			attributes: new Map(
				(node.attributes ?? [])
					.filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name)
					.map((attribute) => [
						attribute.name!,
						typeof attribute.value === 'string'
							? attribute.value
							: attribute.value === null || attribute.value === undefined
								? ''
								: null,
					]),
			),
			...(node.position ? { line: node.position.start.line } : {}),
			text: textOf(node),
		});
	});
	return elements;
}

/** Raw HTML in a plain Markdown body (`.md`), where components cannot be used either. */
export function htmlIn(tree: MdxTree): { html: string; line?: number }[] {
	const html: { html: string; line?: number }[] = [];
	walk(tree, (node) => {
		if (node.type === 'html')
			html.push({
				html: String(node.value ?? ''),
				...(node.position ? { line: node.position.start.line } : {}),
			});
	});
	return html;
}

/** Every Markdown image in the body, written either way, with its line. */
export function imagesIn(tree: MdxTree): { alt: string; url: string; line?: number }[] {
	const images: { alt: string; url: string; line?: number }[] = [];
	walk(tree, (node) => {
		// `![alt](address)`, or `![alt][name]` with the address in a `[name]: …` line below.
		if (node.type === 'image' || node.type === 'imageReference')
			images.push({
				alt: node.alt ?? '',
				url: node.url ?? '',
				...(node.position ? { line: node.position.start.line } : {}),
			});
	});
	return images;
}

/** Every Markdown heading in the body (`## Text`), with its level and line. */
export function headingsIn(tree: MdxTree): { depth: number; text: string; line?: number }[] {
	const headings: { depth: number; text: string; line?: number }[] = [];
	walk(tree, (node) => {
		if (node.type === 'heading' && node.depth)
			headings.push({
				depth: node.depth,
				text: textOf(node),
				...(node.position ? { line: node.position.start.line } : {}),
			});
	});
	return headings;
}

/** Every Markdown link address in the body, with its line. */
export function linksIn(tree: MdxTree): { url: string; line?: number }[] {
	const links: { url: string; line?: number }[] = [];
	walk(tree, (node) => {
		if ((node.type === 'link' || node.type === 'definition') && node.url)
			links.push({ url: node.url, ...(node.position ? { line: node.position.start.line } : {}) });
	});
	return links;
}

/** Raw `{ }` expressions and `import`/`export` lines: code, which editors' text never needs. */
export function codeIn(tree: MdxTree): { kind: 'expression' | 'esm'; line?: number }[] {
	const code: { kind: 'expression' | 'esm'; line?: number }[] = [];
	walk(tree, (node) => {
		const kind =
			node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression'
				? 'expression'
				: node.type === 'mdxjsEsm'
					? 'esm'
					: undefined;
		// {/* a note */} is MDX's comment: it shows nothing and runs nothing.
		const isComment =
			kind === 'expression' && /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(String(node.value ?? ''));
		if (kind && !isComment)
			code.push({ kind, ...(node.position ? { line: node.position.start.line } : {}) });
	});
	return code;
}
