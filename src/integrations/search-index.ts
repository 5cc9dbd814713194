import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}
