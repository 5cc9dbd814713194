import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

/** Reads a Netlify/Cloudflare `_headers` file, so tests see the headers a real host would send. */
function readHeaderRules(root: string): HeaderRule[] {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules: HeaderRule[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const index = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, index).trim(), line.slice(index + 1).trim()]);
		}
	}
	return rules;
}

/** Text is sent gzipped, as a real host does; Pagefind's index files are compressed already. */
const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

/**
 * Serves a built site from `root` under `basePath` on localhost (a free port unless `port` is
 * given), the way a static host does: `/path/` serves `path/index.html`, misses get `404.html` with
 * status 404, `_headers` rules apply, and text is gzipped for browsers that accept it. The browser
 * tests and `npm run bench` use it.
 */
export async function startStaticServer(
	root: string,
	basePath = '/',
	{ port = 0 }: { port?: number } = {},
): Promise<{ url: string; server: Server }> {
	const rules = readHeaderRules(root);
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		for (const rule of rules) {
			if (rule.pattern.test(pathname))
				for (const [name, value] of rule.headers) response.setHeader(name, value);
		}
		const inBase = pathname.startsWith(basePath) ? pathname.slice(basePath.length - 1) : null;
		let file = inBase === null ? null : normalize(join(root, inBase));
		if (file && !file.startsWith(root)) file = null;
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file !== null && existsSync(file);
		if (!found) response.statusCode = 404;
		const served = found ? file! : join(root, '404.html');
		const type = contentTypes[extname(served)] ?? 'application/octet-stream';
		response.setHeader('content-type', type);
		const body = readFileSync(served);
		if (compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			response.setHeader('content-encoding', 'gzip');
			response.setHeader('vary', 'Accept-Encoding');
			response.end(gzipSync(body));
		} else {
			response.end(body);
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${address.port}${basePath}`, server };
}
