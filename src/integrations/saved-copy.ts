import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { build as viteBuild, transformWithOxc } from 'vite';
import { localeCodes, localeConfig, type Locale } from '../i18n/locales.ts';
import { isEssential } from '../lib/offline/essential-set.ts';
import {
	savedCopyCachePrefix,
	savedCopyOfferFile,
	serviceWorkerFile,
} from '../lib/offline/names.ts';
import { offlinePath, savedCopyListFile, withTrailingSlash } from '../lib/routing/paths.ts';
import { checkedRoutes } from './content-check.ts';

/** What a language's saved copy holds, as `/saved-copy/<locale>.json` gives it to the page and the worker. */
export interface SavedCopyList {
	locale: Locale;
	/** What saving downloads, in bytes, compressed as a web host serves it (gzip). */
	downloadBytes: number;
	/** What the copy takes on the phone, in bytes (browsers store files uncompressed). */
	storedBytes: number;
	/** Site path → the first 12 hex digits of the file's SHA-256. */
	files: Record<string, string>;
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/**
 * The saved copy, for readers who ask for it: after every other pass (the pages are final), writes
 * each language's list of the files it saves, with their sizes and hashes, and the service worker
 * (src/lib/offline/service-worker.ts without its types, with its settings in front). A language's
 * list holds its essential pages (src/lib/offline/essential-set.ts), the scripts they load, and
 * that language's search index.
 */
export function savedCopy(): AstroIntegration {
	let base = '/';
	return {
		name: 'saved-copy',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const sitePath = (file: string) => `${base}${file}`;
				const routes = checkedRoutes();
				// The content check sees addresses without the deploy base. A page's address is a folder; a
				// data file's (the explainer's outcomes) is the file.
				const fileOf = (path: string) => {
					const relative = path.startsWith(base) ? path.slice(base.length) : path.slice(1);
					return path.endsWith('/') ? join(relative, 'index.html') : relative;
				};
				await bundleOffer(root);
				const scripts = [
					...(await glob(['_astro/*.js', 'favicon.svg'], { cwd: root })),
					savedCopyOfferFile,
				];
				const lists: SavedCopyList[] = [];
				for (const locale of localeCodes) {
					const pagefindLang = localeConfig(locale).bcp47.toLowerCase();
					const search = await glob(
						[
							'pagefind/pagefind.js',
							'pagefind/pagefind-entry.json',
							`pagefind/wasm.${pagefindLang}.pagefind`,
							`pagefind/pagefind.${pagefindLang}_*.pf_meta`,
							`pagefind/{index,fragment,filter}/${pagefindLang}_*`,
							`search/words.${localeConfig(locale).bcp47}.json`,
							`${locale}/manifest.webmanifest`,
						],
						{ cwd: root },
					);
					const pages = routes
						.filter((route) => route.locale === locale && isEssential(route))
						.map((route) => ({
							file: fileOf(route.path),
							path: sitePath(fileOf(route.path).replace(/index\.html$/, '')),
						}));
					const entries = [
						...pages,
						...[...scripts, ...search].map((file) => ({ file, path: sitePath(file) })),
					];
					const list: SavedCopyList = { locale, downloadBytes: 0, storedBytes: 0, files: {} };
					for (const { file, path } of entries) {
						const bytes = readFileSync(join(root, file));
						list.storedBytes += bytes.length;
						// Pagefind's index files are compressed already; hosts send them as they are.
						list.downloadBytes +=
							file.startsWith('pagefind/') && !file.endsWith('.js')
								? bytes.length
								: gzipSync(bytes).length;
						list.files[path] = sha(bytes);
					}
					lists.push(list);
				}
				for (const list of lists) {
					const file = join(root, savedCopyListFile(list.locale));
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, JSON.stringify(list));
				}
				const settings = {
					version: sha(Buffer.from(JSON.stringify(lists.map((list) => list.files)))),
					cachePrefix: savedCopyCachePrefix,
					base,
					offlinePages: Object.fromEntries(
						localeCodes.map((locale) => [
							`${base}${locale}/`,
							sitePath(fileOf(offlinePath(locale)).replace(/index\.html$/, '')),
						]),
					),
				};
				const source = readFileSync(
					fileURLToPath(new URL('../lib/offline/service-worker.ts', import.meta.url)),
					'utf8',
				);
				const { code } = await transformWithOxc(source, 'service-worker.ts', { lang: 'ts' });
				writeFileSync(
					join(root, serviceWorkerFile),
					`const settings = ${JSON.stringify(settings)};\n${code}`,
				);
			},
		},
	};
}

/**
 * Bundles the saved copy's offer (with the saved-copy functions it uses) into one file at the root
 * of the site. Outside Astro's bundle on purpose: the page's inline script fetches it by address
 * once the page has loaded, and a dynamic import the bundler saw would bring Vite's preload helper
 * as a module of its own, which would make that script an external one (about 300 ms of
 * Lighthouse's simulated mobile LCP).
 */
async function bundleOffer(root: string) {
	await viteBuild({
		configFile: false,
		logLevel: 'warn',
		build: {
			lib: {
				entry: fileURLToPath(new URL('../lib/offline/saved-copy-offer.ts', import.meta.url)),
				formats: ['es'],
				fileName: () => savedCopyOfferFile,
			},
			outDir: root,
			emptyOutDir: false,
			copyPublicDir: false,
		},
	});
}
