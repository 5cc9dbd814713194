// The service worker that keeps the saved copy. It exists only on a phone whose reader pressed
// "Save this site on this phone"; "Remove the saved copy" and "Exit this page" unregister it and
// delete its cache (src/lib/offline/saved-copy.ts). The build (src/integrations/saved-copy.ts)
// strips the types, puts `settings` in front and writes it to /service-worker.js. It imports
// nothing, so what it does is all here.
//
// Hand-written, not Workbox: Workbox precaches one list for everyone when the worker installs,
// while this copy is saved on request, in the reader's language only, and must be removable by
// the page in one step. What is left is some 150 lines: three ways to answer a request, saving a
// language's list, and carrying the copy over to a new build.

/** What the build tells the worker. */
interface WorkerSettings {
	/** Changes whenever a saved file changes, so that browsers see a new worker and update. */
	version: string;
	/** What every cache of the copy starts with (src/lib/offline/names.ts). */
	cachePrefix: string;
	/** The deploy base path, with a trailing slash. */
	base: string;
	/** Each language's path prefix (`/nb/`) → its offline page (`/nb/uten-nett/`). */
	offlinePages: Record<string, string>;
}

/** `/saved-copy/<locale>.json`: what one language's copy holds. */
interface SavedCopyList {
	/** Site path → a hash of the file, so an update downloads only what changed. */
	files: Record<string, string>;
}

// The parts of the service worker's global scope used here (the DOM types do not describe it).
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
	data: unknown;
	ports: readonly MessagePort[];
}
interface WorkerScope {
	location: Location;
	registration: { unregister(): Promise<boolean> };
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

declare const settings: WorkerSettings;
const worker = self as unknown as WorkerScope;

const { cachePrefix } = settings;
const cacheName = `${cachePrefix}${settings.version}`;
const listFolder = `${settings.base}saved-copy/`;
/** Never saved: the editors' form, the open data, the lists and the worker itself. */
const neverSaved = ['admin/', 'data/', 'saved-copy/', 'service-worker.js'].map(
	(path) => `${settings.base}${path}`,
);
/** Files with a content hash in their name never change, so the saved one is always right. */
const hashedFolder = `${settings.base}_astro/`;

/** The cache key of a request: its path, without a query (the search page's words, the directory's
 * filters), so nothing a reader typed is ever stored. */
const keyOf = (url: URL) => `${url.origin}${url.pathname}`;

/**
 * What is stored for a response: its body, status and headers, without the address it came from.
 * A stored response keeps its own address, query included, and the cache gives it back: a page
 * loaded as `/nb/sok/?q=…` would keep the reader's search on the phone.
 */
async function withoutAddress(response: Response): Promise<Response> {
	return new Response(await response.blob(), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
}

/** Downloads files into the cache, a few at a time, so reading goes on meanwhile. */
async function download(cache: Cache, paths: string[]): Promise<void> {
	const queue = [...paths];
	const next = async (): Promise<void> => {
		const path = queue.shift();
		if (path === undefined) return;
		const response = await fetch(path, { cache: 'no-cache' });
		if (!response.ok) throw new Error(`${path}: ${response.status}`);
		await cache.put(new URL(path, worker.location.href).href, await withoutAddress(response));
		return next();
	};
	await Promise.all(Array.from({ length: 4 }, next));
}

/** A language's list; `undefined` when the site no longer has that language (404). */
async function fetchList(
	path: string,
): Promise<{ list: SavedCopyList; response: Response } | undefined> {
	const response = await fetch(path, { cache: 'no-cache' });
	if (response.status === 404) return undefined;
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return { list: (await response.clone().json()) as SavedCopyList, response };
}

/** Saves one language's list; the list itself is put last, so its presence means the copy is whole. */
async function saveLanguage(listPath: string): Promise<void> {
	const cache = await caches.open(cacheName);
	const fetched = await fetchList(listPath);
	if (!fetched) throw new Error(`${listPath}: not found`);
	await download(cache, Object.keys(fetched.list.files));
	await cache.put(
		new URL(listPath, worker.location.href).href,
		await withoutAddress(fetched.response),
	);
}

/**
 * A new build: the new worker builds its copy from the old one. Files whose hash is unchanged are
 * copied, changed ones downloaded, pages the reader opened fetched again. If anything fails (no
 * internet), installing fails and the old worker and its copy stay until the next try.
 */
async function carryOver(): Promise<void> {
	const earlier = (await caches.keys()).filter(
		(name) => name.startsWith(cachePrefix) && name !== cacheName,
	);
	if (earlier.length === 0) return;
	const old = await caches.open(earlier[0]!);
	const cache = await caches.open(cacheName);
	const oldKeys = (await old.keys()).map((request) => new URL(request.url));
	const listPaths = oldKeys
		.filter((url) => url.pathname.startsWith(listFolder))
		.map((url) => url.pathname);
	const listed = new Set<string>();
	const toDownload: string[] = [];
	for (const listPath of listPaths) {
		const oldList = (await (await old.match(listPath))?.json()) as SavedCopyList | undefined;
		const fetched = await fetchList(listPath);
		// A language the site no longer has is left out of the new copy.
		if (!fetched) continue;
		const { list, response } = fetched;
		for (const [path, hash] of Object.entries(list.files)) {
			listed.add(path);
			const kept = oldList?.files[path] === hash ? await old.match(path) : undefined;
			if (kept) await cache.put(new URL(path, worker.location.href).href, kept);
			else toDownload.push(path);
		}
		await cache.put(new URL(listPath, worker.location.href).href, await withoutAddress(response));
	}
	// Pages the reader opened that are not in any list: the new build's version, if it still has one.
	const opened = oldKeys
		.map((url) => url.pathname)
		.filter((path) => !listed.has(path) && !path.startsWith(listFolder));
	await download(cache, toDownload);
	await Promise.all(opened.map((path) => download(cache, [path]).catch(() => undefined)));
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		carryOver().then(
			() => worker.skipWaiting(),
			async (error: unknown) => {
				// No half-built copy beside the old one: the next try starts afresh.
				await caches.delete(cacheName);
				throw error;
			},
		),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => name.startsWith(cachePrefix) && name !== cacheName)
						.map((name) => caches.delete(name)),
				),
			)
			.then(() => worker.clients.claim()),
	);
});

// The page asks for a language's copy (src/lib/offline/saved-copy.ts) and hears back on a port.
worker.addEventListener('message', (event) => {
	const message = event.data as { save?: string } | null;
	const port = event.ports[0];
	if (!message?.save || !port) return;
	event.waitUntil(
		saveLanguage(message.save).then(
			() => port.postMessage({ saved: true }),
			async () => {
				// The page that asked may be gone (the reader went on reading): remove the half copy here.
				await caches.delete(cacheName);
				await worker.registration.unregister();
				port.postMessage({ saved: false });
			},
		),
	);
});

/**
 * The copy's cache while it exists, opened once per request. Answering a request never creates it:
 * after the reader removed the copy, or a newer worker took over, this worker may still answer a
 * request or two, and must not leave a cache behind (the page also deletes any copy cache it finds
 * without a worker: src/lib/offline/saved-copy.ts).
 */
async function savedCache(): Promise<Cache | undefined> {
	return (await caches.has(cacheName)) ? caches.open(cacheName) : undefined;
}

/** A page: from the network when there is one (so never older than the newest seen), else saved. */
async function page(request: Request, url: URL): Promise<Response> {
	const cache = await savedCache();
	try {
		const response = await fetch(request);
		// A redirect cannot answer a page request from the cache; the page it leads to is saved instead.
		if (cache && response.ok && !response.redirected) await keep(cache, url, response.clone());
		return response;
	} catch {
		return (
			(await cache?.match(keyOf(url))) ??
			(cache && (await offlinePage(cache, url))) ??
			Response.error()
		);
	}
}

/**
 * Saves what the network gave, unless the copy already has the same: saving again would record
 * when the reader opened a page the copy already held (the explainer's, the directory's).
 */
async function keep(cache: Cache, url: URL, response: Response): Promise<void> {
	const fresh = await withoutAddress(response);
	const saved = await cache.match(keyOf(url));
	if (saved && (await saved.clone().text()) === (await fresh.clone().text())) return;
	await cache.put(keyOf(url), fresh);
}

/** The offline page in the language of the address, or in a language that is saved. */
async function offlinePage(cache: Cache, url: URL): Promise<Response | undefined> {
	const pages = Object.entries(settings.offlinePages);
	const own = pages.find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
	for (const path of [own, ...pages.map(([, offline]) => offline)]) {
		const found = path && (await cache.match(new URL(path, url).href));
		if (found) return found;
	}
	return undefined;
}

/** A file a page uses: hashed files from the copy first, others from the network first. */
async function file(request: Request, url: URL): Promise<Response> {
	const cache = await savedCache();
	const saved = url.pathname.startsWith(hashedFolder) ? await cache?.match(keyOf(url)) : undefined;
	if (saved) return saved;
	try {
		const response = await fetch(request);
		if (cache && response.ok) await keep(cache, url, response.clone());
		return response;
	} catch {
		return (await cache?.match(keyOf(url))) ?? Response.error();
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (
		request.method !== 'GET' ||
		url.origin !== worker.location.origin ||
		!url.pathname.startsWith(settings.base) ||
		neverSaved.some((path) => url.pathname.startsWith(path))
	)
		return;
	event.respondWith(request.mode === 'navigate' ? page(request, url) : file(request, url));
});
