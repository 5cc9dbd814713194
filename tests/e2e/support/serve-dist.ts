import type { TestProject } from 'vitest/node';
import { distDir } from '../../support/dist.ts';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served for browser tests, e.g. `http://127.0.0.1:41234/`. */
		siteUrl: string;
	}
}

/** Serves dist/ for the browser tests, the way a static host would. */
export default async function serveDist(project: TestProject) {
	const { url, server } = await startStaticServer(distDir);
	project.provide('siteUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
