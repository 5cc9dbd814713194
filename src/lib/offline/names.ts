// The saved copy's names, shared by the build, the page and the worker (through its settings).

/** The service worker's file, at the root of the built site (its scope is the whole site). */
export const serviceWorkerFile = 'service-worker.js';

/** Every cache of the saved copy starts with this; nothing else of the site is a cache. */
export const savedCopyCachePrefix = 'saved-copy-';

/**
 * The offer to save the site (src/lib/offline/saved-copy-offer.ts without its types), at the root
 * of the built site: the page's inline script fetches it once the page has loaded.
 */
export const savedCopyOfferFile = 'saved-copy-offer.js';
