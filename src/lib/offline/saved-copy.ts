// The page's side of the saved copy (the worker is src/lib/offline/service-worker.ts). Browser-only
// and free of the site's other modules, so the footer's script stays small: the addresses come from
// the footer's markup.

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

/** Whether this phone has a saved copy of the site (a worker is registered for it). */
export async function hasSavedCopy(): Promise<boolean> {
	if (!canSaveCopy()) return false;
	return (await navigator.serviceWorker.getRegistrations()).length > 0;
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
			'requestIdleCallback' in window ? requestIdleCallback(resolve) : setTimeout(resolve, 0),
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

/** Unregisters the worker and deletes every cache of this site: nothing of the copy is left. */
export async function removeSavedCopy(): Promise<void> {
	if (!canSaveCopy()) return;
	const registrations = await navigator.serviceWorker.getRegistrations();
	await Promise.all(registrations.map((registration) => registration.unregister()));
	await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}
