import { createHash } from 'node:crypto';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/;
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/g;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashesIn = (html: string, pattern: RegExp) =>
	new Set([...html.matchAll(pattern)].map((match) => hashOf(match[1] ?? '')));

/**
 * Narrows a built page's Content Security Policy to the inline scripts and styles that page holds.
 * Astro writes the hashes of every inline script and style of the whole site into every page
 * (some 30 hashes, about 1.3 KB gzipped that no compression can shrink); a page needs only its
 * own, and a shorter list allows less. Written by hand because Astro has no per-page option.
 * A page is left as it is when one of its inline elements has no hash in Astro's list (it would
 * be blocked either way, and the browser tests report it).
 */
export function narrowPagePolicy(html: string): string {
	const meta = html.match(policyMeta);
	if (!meta) return html;
	const present = {
		'script-src': hashesIn(html, inlineScript),
		'style-src': hashesIn(html, inlineStyle),
	};
	const directives = meta[2]!.split(';').map((directive) => {
		const [name, ...sources] = directive.trim().split(/\s+/);
		const own = present[name as keyof typeof present];
		if (!own) return directive;
		const listed = new Set(sources.filter((source) => source.startsWith("'sha256-")));
		if ([...own].some((hash) => !listed.has(hash))) return undefined;
		return [name, ...sources.filter((source) => !listed.has(source) || own.has(source))].join(' ');
	});
	if (directives.includes(undefined)) return html;
	return html.replace(policyMeta, `$1${directives.join(';')}$3`);
}
