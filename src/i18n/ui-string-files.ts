import en from './en.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import nn from './nn.json' with { type: 'json' };

/**
 * Each locale's UI strings file, as it is on disk (src/i18n/translate.ts checks it). Imported as
 * JSON modules rather than found with Vite's import.meta.glob so that the content check, which
 * runs in plain Node before Astro starts, builds the site's addresses with the same code as the
 * pages (src/lib/routing/). A new language adds its file here.
 */
export const uiStringFiles: Record<string, Record<string, string> | undefined> = { en, nb, nn };
