import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { hyphenateHeadingsInHtml } from '../lib/text/hyphenate.ts';

/**
 * Adds soft hyphens to the long words of every heading in the built pages, so phones break them
 * with a hyphen (see src/lib/text/hyphenate.ts). List it after the search index: the index then
 * holds the words as readers type them.
 */
export function headingHyphenation(): AstroIntegration {
	return {
		name: 'heading-hyphenation',
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
					const hyphenated = hyphenateHeadingsInHtml(html);
					if (hyphenated !== html) writeFileSync(file, hyphenated);
				}
			},
		},
	};
}
