/**
 * Astro writes the style its islands need (`astro-island{display:contents}`) next to the first
 * island, inside <body>. HTML allows <style> only where metadata content is expected, so stricter
 * validators report it, and Astro has no option to put it elsewhere. This moves every <style>
 * element found in <body> to the end of <head>, in order. Its text is unchanged, so the CSP hash
 * Astro wrote for it still matches.
 */
const styleElement = /<style\b[^>]*>[\s\S]*?<\/style>/g;

export function moveBodyStylesToHead(html: string): string {
	const headEnd = html.indexOf('</head>');
	const bodyStart = html.indexOf('<body', headEnd);
	if (headEnd === -1 || bodyStart === -1) return html;
	const body = html.slice(bodyStart);
	const styles = body.match(styleElement);
	if (!styles) return html;
	return (
		html.slice(0, headEnd) +
		styles.join('') +
		html.slice(headEnd, bodyStart) +
		body.replace(styleElement, '')
	);
}
