import { createHash } from 'node:crypto';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/;
// Data blocks (a service's JSON-LD) are not run, so the policy does not apply to them.
const inlineScript =
	/<script(?![^>]*\s(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/g;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashesIn = (html: string, pattern: RegExp) =>
	new Set([...html.matchAll(pattern)].map((match) => hashOf(match[1] ?? '')));

/**
 * Narrows a built page's Content Security Policy to the inline scripts and styles that page holds.
 * Astro writes the hashes of every inline script and style of the whole site into every page
 * (some 30 hashes, about 1.3 KB gzipped that no compression can shrink); a page needs only its
 * own, and a shorter list allows less. Written by hand because Astro has no per-page option.
 *
 * `built` is the page as Astro wrote it, `finished` the same page after the finishing pass, which
 * may prune its inline styles (src/lib/html/prune-styles.ts): every inline element of `built` must
 * be in Astro's list, and the policy then lists the hashes of `finished`'s elements, so a pruned
 * style is allowed because the style it was cut from was. When an inline element of `built` has no
 * hash in Astro's list, `finished` is left as it is (blocked either way; the browser tests report it).
 */
export function narrowPagePolicy(built: string, finished: string = built): string {
	const meta = finished.match(policyMeta);
	if (!meta) return finished;
	const builtElements = {
		'script-src': hashesIn(built, inlineScript),
		'style-src': hashesIn(built, inlineStyle),
	};
	const finishedElements = {
		'script-src': hashesIn(finished, inlineScript),
		'style-src': hashesIn(finished, inlineStyle),
	};
	const directives = meta[2]!.split(';').map((directive) => {
		const [name, ...sources] = directive.trim().split(/\s+/);
		const own = builtElements[name as keyof typeof builtElements];
		if (!own) return directive;
		const listed = new Set(sources.filter((source) => source.startsWith("'sha256-")));
		if ([...own].some((hash) => !listed.has(hash))) return undefined;
		return [
			name,
			...sources.filter((source) => !listed.has(source)),
			...finishedElements[name as keyof typeof finishedElements],
		].join(' ');
	});
	if (directives.includes(undefined)) return finished;
	return finished.replace(policyMeta, `$1${directives.join(';')}$3`);
}
