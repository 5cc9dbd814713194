/**
 * The site's security policy in one place: astro.config.mjs puts the page policy into every page's
 * <meta> (Astro adds hashes for its own inline scripts and styles), and the build writes the headers
 * below into dist/_headers. The README's nginx snippet repeats them; a test keeps the two in step.
 */

/** The page's Content Security Policy, apart from script sources (see `scriptSources`). */
export const pageCspDirectives = [
	"default-src 'self'",
	"base-uri 'self'",
	"form-action 'self'",
	// Designsystemet draws some icons with CSS data: URLs.
	"img-src 'self' data:",
	"object-src 'none'",
] as const;

/** Scripts: this site only, plus Astro's hashes. Pagefind compiles WebAssembly, which needs exactly 'wasm-unsafe-eval'. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy of /admin/, the editors' form (Decap CMS), which is not a reader's page. Decap needs
 * what the readers' policy forbids: it styles itself with `<style>` elements it writes at run time
 * (Emotion), so `style-src` allows inline styles; it checks its configuration with validators it
 * compiles with `new Function` (Ajv), so `script-src` has 'unsafe-eval' (without it, or with only
 * 'wasm-unsafe-eval', the form does not start: tried with Decap 3.16); and it talks to the git host's API or to decap-server
 * (`connectTo`). It loads nothing from other sites.
 */
export function adminCspDirectives(connectTo: string[]): string[] {
	return [
		"default-src 'self'",
		"base-uri 'self'",
		"form-action 'self'",
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		`connect-src 'self' ${connectTo.join(' ')}`.trim(),
		"object-src 'none'",
	];
}

/**
 * Headers for every response. `frame-ancestors` works only as a header, not in <meta>. Both policies
 * are enforced, so the header one must not set `default-src` or `script-src`: it would block the
 * inline scripts that the page policy allows by hash.
 */
export const securityHeaders: [name: string, value: string][] = [
	[
		'Content-Security-Policy',
		"frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
	],
	['Referrer-Policy', 'no-referrer'],
	[
		'Permissions-Policy',
		'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
	],
	['X-Content-Type-Options', 'nosniff'],
	['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Files whose names carry a content hash never change, so browsers may keep them for a year. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** Folders (under the base path) whose files all have hashed names. */
export const hashedAssetFolders = ['_astro/'];

/**
 * /admin/ only: GitHub's login (through an OAuth service at `CMS_BASE_URL`) opens a window that
 * reports back to the form, which `same-origin` forbids. Listed after the rule for every page:
 * Netlify lets the later rule's value win; Cloudflare Pages joins both values, which browsers
 * ignore as invalid, so the window may report back there too. Readers' pages keep `same-origin`.
 */
export const adminHeaders: [name: string, value: string][] = [
	['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
];

/** `_headers` in the format Netlify and Cloudflare Pages read, for a site served under `base`. */
export function headersFile(base: string): string {
	const indent = (headers: [string, string][]) =>
		headers.map(([name, value]) => `  ${name}: ${value}`).join('\n');
	return [
		'# Written by the build from src/lib/security/policy.ts; edit that file, not this one.',
		`${base}*`,
		indent(securityHeaders),
		...hashedAssetFolders.flatMap((folder) => [
			`${base}${folder}*`,
			indent([['Cache-Control', immutableCacheControl]]),
		]),
		`${base}admin/*`,
		indent(adminHeaders),
		'',
	].join('\n');
}
