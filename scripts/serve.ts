/**
 * `npm start` (after building) and `npm run preview`: serves dist/ on http://localhost:4321/ with
 * the same static server the browser tests, `npm run admin` and the benchmark use, so a local
 * reader gets the headers from dist/_headers that the tests check (Astro's own preview sends none).
 * Set BASE_PATH as for the build to serve under a base path. Ctrl+C stops it.
 */
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/static-server.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const basePath = process.env.BASE_PATH ?? '/';
const { url } = await startStaticServer(dist, basePath.endsWith('/') ? basePath : `${basePath}/`, {
	port: Number(process.env.PORT ?? 4321),
});
console.log(`Serving dist/ on ${url.replace('127.0.0.1', 'localhost')} (Ctrl+C stops it)`);
