import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'node-html-parser';
import { glob } from 'tinyglobby';
import { spellingMap } from '../lib/search/spellings.ts';
import { spellingsFile } from '../lib/search/sections.ts';

/**
 * The indexed text of every built page, by its `<html lang>`: what Pagefind reads, inside
 * `data-pagefind-body` and outside `data-pagefind-ignore`.
 */
async function indexedTexts(site: string): Promise<Map<string, string[]>> {
	const texts = new Map<string, string[]>();
	for (const file of await glob('**/*.html', {
		cwd: site,
		ignore: ['pagefind/**'],
		absolute: true,
	})) {
		const document = parse(readFileSync(file, 'utf8'));
		const body = document.querySelector('[data-pagefind-body]');
		const lang = document.querySelector('html')?.getAttribute('lang');
		if (!body || !lang) continue;
		for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
		texts.set(lang, [...(texts.get(lang) ?? []), body.textContent.replaceAll('\u00AD', '')]);
	}
	return texts;
}

/**
 * Builds the Pagefind search index into dist/pagefind/ after every `astro build`, so the index and
 * the site can never be out of step. Pagefind splits the index by each page's `<html lang>`:
 * `nb-NO` is indexed with the Norwegian stemmer, `en-GB` with the English one.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0)
					throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
				await pagefind.close();
				// Beside the index: how the site spells the words readers type without æ, ø and å.
				for (const [lang, texts] of await indexedTexts(site)) {
					const file = `${site}/${spellingsFile(lang)}`;
					mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
					writeFileSync(file, JSON.stringify(spellingMap(texts)));
				}
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}
