declare namespace App {
	interface Locals {
		/** The language of the text being rendered, when it differs from the page's UI language (fallback pages). */
		contentLocale?: import('./i18n/locales.ts').Locale;
	}
}

// The `hyphen` package ships CommonJS pattern modules without types.
declare module 'hyphen/*/index.js' {
	const patterns: { hyphenateSync: (text: string, options?: object) => string };
	export default patterns;
}
