import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { locales } from '../i18n/locales.ts';
import { uiStringFiles } from '../i18n/ui-string-files.ts';
import { readContent } from '../lib/content-check/read-content.ts';
import { buildVocabulary, writtenFormPairs } from '../lib/search/vocabulary.ts';
import { vocabularyFile } from '../lib/search/sections.ts';
import { contentDirectory } from '../schemas/collections.ts';

/**
 * Bokmål and Nynorsk words for the same thing, from the glossary's terms and the interface's
 * strings, so a reader typing the other written Norwegian finds the page in their own.
 */
function nbNnPairs(): [nb: string, nn: string][] {
	const terms = readContent(contentDirectory(), process.cwd(), ['glossary']).entries.map(
		(entry) => (entry.data as { term?: { nb?: string; nn?: string } } | undefined)?.term,
	);
	const strings = Object.entries(uiStringFiles.nb ?? {}).map(([key, nb]) => ({
		nb,
		nn: uiStringFiles.nn?.[key] ?? '',
	}));
	return writtenFormPairs([
		...terms.flatMap((term) => (term?.nb && term.nn ? [{ nb: term.nb, nn: term.nn }] : [])),
		...strings.filter(({ nb, nn }) => typeof nb === 'string' && typeof nn === 'string'),
	]);
}

/**
 * The text Pagefind indexed on every page, by the page's `<html lang>`, read back from the
 * fragments it wrote (`pagefind/fragment/<lang>_<hash>.pf_fragment`: gzipped JSON after a
 * "pagefind_dcd" signature, with the page's text in `content`). Parsing every built page again
 * cost about 1.4 s on 1,500 pages; these files hold exactly what the index holds. The search
 * browser tests fail if Pagefind changes this format.
 */
function indexedTexts(site: string): Map<string, string[]> {
	const tags = new Map(locales.map((locale) => [locale.bcp47.toLowerCase(), locale.bcp47]));
	const texts = new Map<string, string[]>();
	const folder = join(site, 'pagefind', 'fragment');
	for (const name of readdirSync(folder)) {
		const lang = tags.get(name.slice(0, name.indexOf('_')));
		if (!lang) continue;
		const json = gunzipSync(readFileSync(join(folder, name)))
			.toString('utf8')
			.replace(/^pagefind_dcd/, '');
		const { content } = JSON.parse(json) as { content: string };
		texts.set(lang, [...(texts.get(lang) ?? []), content]);
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
				// Beside the index: its words, for the search page to respell, correct and expand queries.
				const pairs = nbNnPairs();
				const otherForms: Record<string, Record<string, string>> = {
					'nb-NO': Object.fromEntries(pairs.map(([nb, nn]) => [nn, nb])),
					'nn-NO': Object.fromEntries(pairs),
				};
				for (const [lang, texts] of indexedTexts(site)) {
					const file = `${site}/${vocabularyFile(lang)}`;
					mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
					writeFileSync(file, JSON.stringify(buildVocabulary(texts, otherForms[lang])));
				}
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}
