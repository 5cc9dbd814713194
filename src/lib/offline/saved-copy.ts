// The page's side of the saved copy (the worker is src/lib/offline/service-worker.ts). Browser-only
// and free of the site's other modules, so the page's script stays small: the addresses come from
// the footer's markup.
import { savedCopyCachePrefix, serviceWorkerFile } from './names.ts';

/** Where the saved copy's files are, as the footer gives them. */
export interface SavedCopyAddresses {
	/** `/service-worker.js`. */
	worker: string;
	/** The worker's scope: the deploy base path. */
	scope: string;
	/** `/saved-copy/<locale>.json`. */
	list: string;
}

/** Whether this browser can keep a saved copy at all. */
export const canSaveCopy = () => 'serviceWorker' in navigator && 'caches' in window;

/**
 * This site's worker registrations: the worker at the root of its scope. Other sites on the same
 * host (a deployment under a base path) may have their own, which are not this site's to touch.
 */
async function siteRegistrations(): Promise<ServiceWorkerRegistration[]> {
	return (await navigator.serviceWorker.getRegistrations()).filter((registration) => {
		const worker = registration.active ?? registration.waiting ?? registration.installing;
		return worker?.scriptURL === new URL(serviceWorkerFile, registration.scope).href;
	});
}

/** The caches of the saved copy, and no other site's. */
async function copyCaches(): Promise<string[]> {
	return (await caches.keys()).filter((name) => name.startsWith(savedCopyCachePrefix));
}

/**
 * Whether this phone has a whole saved copy: the worker, and the language's list, which the worker
 * saves last. A copy cache left without its worker (a removal cut short) is deleted here.
 */
export async function hasSavedCopy(list: string): Promise<boolean> {
	if (!canSaveCopy()) return false;
	if ((await siteRegistrations()).length === 0) {
		await Promise.all((await copyCaches()).map((name) => caches.delete(name)));
		return false;
	}
	return (await caches.match(new URL(list, window.location.href).href)) !== undefined;
}

/** What saving downloads, in bytes, from the build's list. */
export async function savedCopySize(addresses: SavedCopyAddresses): Promise<number> {
	const response = await fetch(addresses.list, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${addresses.list}: ${response.status}`);
	return ((await response.json()) as { downloadBytes: number }).downloadBytes;
}

/**
 * Registers the worker and has it save this language's copy once the page is idle. Resolves
 * `true` when everything is saved; on any failure removes what was saved, so a half copy never
 * stays behind, and resolves `false`.
 */
export async function saveCopy(addresses: SavedCopyAddresses): Promise<boolean> {
	try {
		await navigator.serviceWorker.register(addresses.worker, { scope: addresses.scope });
		const { active } = await navigator.serviceWorker.ready;
		if (!active) throw new Error('The saved copy’s worker did not start.');
		await new Promise((resolve) =>
			// Idle, or at most two seconds on: a busy page may have no idle time at all.
			'requestIdleCallback' in window
				? requestIdleCallback(resolve, { timeout: 2000 })
				: setTimeout(resolve, 0),
		);
		const saved = await new Promise<boolean>((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = (event) =>
				resolve((event.data as { saved?: boolean } | null)?.saved === true);
			active.postMessage({ save: addresses.list }, [channel.port2]);
		});
		if (saved) return true;
	} catch {
		// Reported to the reader as "could not be saved"; removed below either way.
	}
	await removeSavedCopy();
	return false;
}

/**
 * Deletes the copy's caches, then unregisters its worker: nothing of the copy is left. Caches
 * first, as they hold the pages; should leaving cut this short, the next page deletes the rest.
 */
export async function removeSavedCopy(): Promise<void> {
	if (!canSaveCopy()) return;
	await Promise.all((await copyCaches()).map((name) => caches.delete(name)));
	await Promise.all((await siteRegistrations()).map((registration) => registration.unregister()));
	// A request the worker was answering meanwhile may have put a page back.
	await Promise.all((await copyCaches()).map((name) => caches.delete(name)));
}
