import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site the build and browser tests read. `DIST_DIR` points elsewhere (base-path builds). */
export const distDir =
	process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));

/** One built HTML page. */
export interface BuiltPage {
	/** Path of the file under dist/, e.g. `nb/om-nettstedet/index.html`. */
	file: string;
	/** The URL path it is served at, e.g. `/nb/om-nettstedet/`. */
	path: string;
}

function walk(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const full = join(directory, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/** Folders in dist/ that hold no reader's page: Pagefind's files, and the editors' form (/admin/, tested on its own). */
const notReadersPages = ['pagefind/', 'admin/'];

/** Every reader's HTML page in dist/. */
export function builtPages(root = distDir): BuiltPage[] {
	return walk(root)
		.filter(
			(file) =>
				file.endsWith('.html') &&
				!notReadersPages.some((folder) => relative(root, file).startsWith(folder)),
		)
		.map((file) => {
			const rel = relative(root, file).split('\\').join('/');
			const path = rel.endsWith('index.html')
				? `/${rel.slice(0, -'index.html'.length)}`
				: `/${rel}`;
			return { file: rel, path };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The text of a file under dist/. */
export function readBuilt(file: string, root = distDir): string {
	return readFileSync(join(root, file), 'utf8');
}

/**
 * The pages that break a rule, each with what is wrong: `check` returns a page's problems with the
 * rule (empty when it keeps it). A test expects `{}`, so a failure lists every offending page by
 * its address, instead of one test per page.
 */
export function problemsByPage<P extends { path: string }>(
	pages: P[],
	check: (page: P) => unknown[],
): Record<string, unknown[]> {
	return Object.fromEntries(
		pages.flatMap((page) => {
			const problems = check(page);
			return problems.length > 0 ? [[page.path, problems]] : [];
		}),
	);
}
