import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { moveBodyStylesToHead } from '../lib/html/styles-in-head.ts';
import { narrowPagePolicy } from '../lib/security/page-policy.ts';
import { hyphenateHeadingsInHtml } from '../lib/text/hyphenate.ts';

/**
 * The last touches to every built page, in one read and one write per file:
 * - soft hyphens in the long words of every heading, so phones break them with a hyphen
 *   (src/lib/text/hyphenate.ts);
 * - Astro's island style moved from <body> into <head>, where HTML allows it
 *   (src/lib/html/styles-in-head.ts);
 * - the page's Content Security Policy narrowed to its own inline scripts and styles
 *   (src/lib/security/page-policy.ts), last, so the hashes are of the page's final text.
 * List it after the search index: the index then holds the words as readers type them.
 */
export function finishPages(): AstroIntegration {
	return {
		name: 'finish-pages',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const pages = await glob('**/*.html', {
					cwd: root,
					ignore: ['pagefind/**'],
					absolute: true,
				});
				for (const file of pages) {
					const html = readFileSync(file, 'utf8');
					const finished = narrowPagePolicy(moveBodyStylesToHead(hyphenateHeadingsInHtml(html)));
					if (finished !== html) writeFileSync(file, finished);
				}
			},
		},
	};
}
