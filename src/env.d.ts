declare namespace App {
	interface Locals {
		/** The language of the text being rendered, when it differs from the page's UI language (fallback pages). */
		contentLocale?: import('./i18n/locales.ts').Locale;
	}
}
