import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../lib/routing/paths.ts';
import { glob } from 'tinyglobby';
import { pruneStyles, unprunedStylesFile, type UnprunedStyles } from '../lib/html/prune-styles.ts';
import { moveBodyStylesToHead } from '../lib/html/styles-in-head.ts';
import { narrowPagePolicy } from '../lib/security/page-policy.ts';
import { hyphenateHeadingsInHtml } from '../lib/text/hyphenate.ts';

/**
 * The code of every script a page loads from the build (module scripts, islands and their
 * renderers), with what they import, read once per file.
 */
function scriptReader(root: string, base: string) {
	const code = new Map<string, string>();
	const read = (path: string, seen: Set<string>) => {
		if (seen.has(path) || !path.startsWith(base)) return;
		seen.add(path);
		const file = join(root, path.slice(base.length));
		if (!code.has(path)) code.set(path, existsSync(file) ? readFileSync(file, 'utf8') : '');
		for (const [, specifier] of code.get(path)!.matchAll(/(?:import|from)\s*"(\.\/[^"]+\.js)"/g))
			read(new URL(specifier!, `http://site${path}`).pathname, seen);
	};
	return (html: string): string[] => {
		const seen = new Set<string>();
		for (const [, path] of html.matchAll(/(?:src|component-url|renderer-url)="([^"]+\.js)"/g))
			read(path!, seen);
		return [...seen].map((path) => code.get(path)!);
	};
}

/**
 * The last touches to every built page, in one read and one write per file:
 * - soft hyphens in the long words of every heading, so phones break them with a hyphen
 *   (src/lib/text/hyphenate.ts);
 * - Astro's island style moved from <body> into <head>, where HTML allows it
 *   (src/lib/html/styles-in-head.ts);
 * - the page's inline CSS pruned to the rules the page and its scripts can use
 *   (src/lib/html/prune-styles.ts);
 * - the page's Content Security Policy narrowed to its own inline scripts and styles
 *   (src/lib/security/page-policy.ts), last, so the hashes are of the page's final text.
 * List it after the search index: the index then holds the words as readers type them.
 */
export function finishPages(): AstroIntegration {
	let base = '/';
	let cacheDir = '';
	return {
		name: 'finish-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const pages = await glob('**/*.html', {
					cwd: root,
					ignore: ['pagefind/**', 'admin/**'],
					absolute: true,
				});
				const scriptsOf = scriptReader(root, base);
				const unpruned: UnprunedStyles = { styles: {}, pages: {} };
				await Promise.all(
					pages.map(async (file) => {
						const html = readFileSync(file, 'utf8');
						const moved = moveBodyStylesToHead(hyphenateHeadingsInHtml(html));
						unpruned.pages[`${base}${relative(root, file)}`] = [
							...moved.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g),
						].map(([, css]) => {
							const key = createHash('sha1').update(css!).digest('hex');
							unpruned.styles[key] = css!;
							return key;
						});
						const finished = narrowPagePolicy(moved, await pruneStyles(moved, scriptsOf(moved)));
						if (finished !== html) writeFileSync(file, finished);
					}),
				);
				// Beside the build, not in it: what each page's styles were before pruning, so the
				// screenshot test can compare every template with and without (tests/e2e/pruned-styles.e2e.ts).
				const record = unprunedStylesFile(cacheDir);
				mkdirSync(dirname(record), { recursive: true });
				writeFileSync(record, JSON.stringify(unpruned));
			},
		},
	};
}
