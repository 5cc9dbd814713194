declare namespace App {
	interface Locals {
		/** The page's UI language, from its address (src/middleware.ts). */
		locale: import('./i18n/locales.ts').Locale;
		/** Translator for UI strings in `locale` (src/middleware.ts). */
		t: import('./lib/i18n/translate.ts').Translate;
		/** The language of the text being rendered, when it differs from the page's UI language (fallback pages). */
		contentLocale?: import('./i18n/locales.ts').Locale;
	}
}

// The `hyphen` package ships CommonJS pattern modules without types.
declare module 'hyphen/*/index.js' {
	const patterns: { hyphenateSync: (text: string, options?: object) => string };
	export default patterns;
}
