/**
 * html-validate's recommended rules, which every built page must pass (tests/build/html-validate.test.ts).
 * Run by hand with `npx html-validate dist`.
 */
/** @type {import('html-validate').ConfigData} */
export default {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		// Astro puts `<style>astro-island{display:contents}</style>` before the first island on a page,
		// in <body>. Browsers apply it, the CSP hashes it, and Astro keeps it there on purpose
		// (withastro/astro#7349, #11536); so a <style> is allowed where flow content is.
		{ style: { flow: true } },
	],
	rules: {
		// A page title is the page's own title and the site name (WCAG 2.4.2). A news headline or a
		// service's full name stays whole rather than being cut to a search engine's display length.
		'long-title': 'off',
		// Preact, which renders the search form on the server so the page does not move when the
		// island starts, writes void elements as `<input/>`; Astro leaves the slash out. Both are valid
		// HTML (the slash has no effect), so neither style is enforced.
		'void-style': 'off',
	},
};
