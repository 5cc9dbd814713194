import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BrowserTestsFirst } from './tests/support/sequencer.ts';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * Four kinds of tests: `unit` (pure modules, schemas, content files: no build, no browser, no
 * other process), `commands` (the editors' commands and `astro build` run as processes, on copies
 * of the content), `build` (the built HTML in dist/), and `e2e` (the built site in Chromium).
 * `npm test` builds the site first, then runs all four.
 */
export default defineConfig({
	resolve: { alias },
	test: {
		// Vitest's default is one worker on a two-core machine; the browser tests mostly wait on
		// Chromium, so at least two keep both cores busy.
		maxWorkers: Math.max(2, availableParallelism()),
		sequence: { sequencer: BrowserTestsFirst },
		projects: [
			{
				resolve: { alias },
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
					// The files share their workers (no fresh module graph per file), so the real content is
					// checked once per worker (tests/support/real-content.ts), not once per file.
					isolate: false,
				},
			},
			{
				resolve: { alias },
				test: { name: 'commands', include: ['tests/commands/**/*.test.ts'], testTimeout: 120_000 },
			},
			{
				resolve: { alias },
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					isolate: false,
					globalSetup: ['tests/support/require-dist.ts'],
					testTimeout: 120_000,
				},
			},
			{
				resolve: { alias },
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: [
						'tests/support/require-dist.ts',
						'tests/e2e/support/prepare-chromium.ts',
						'tests/e2e/support/serve-dist.ts',
					],
					testTimeout: 120_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
