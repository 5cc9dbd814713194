import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of content/ in a temporary folder, for tests that build the site from changed content. */
export function copyContent(): string {
	const directory = mkdtempSync(join(tmpdir(), 'content-'));
	cpSync('content', directory, { recursive: true });
	return directory;
}

/**
 * The environment without what Vitest adds for its own Vite (`BASE_URL`, `MODE`, `NODE_ENV=test`, …):
 * a child `astro build` would take those as its own and, for one, ignore `BASE_PATH`.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
	const viteKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !viteKeys.has(key) && !key.startsWith('VITEST')),
	);
}

/**
 * Builds the site into a temporary folder with extra environment (e.g. `CONTENT_DIR`, `BASE_PATH`):
 * whether it passed, and everything it printed.
 */
export function tryBuildSite(env: Record<string, string>): {
	passed: boolean;
	output: string;
	outDir: string;
} {
	const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
	// Builds in other test files may run at the same time: each keeps its content store apart.
	const cacheDir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
	const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
		encoding: 'utf8',
		env: {
			...buildEnvironment(),
			ASTRO_TELEMETRY_DISABLED: '1',
			ASTRO_CACHE_DIR: cacheDir,
			...env,
		},
		timeout: 600_000,
	});
	rmSync(cacheDir, { recursive: true, force: true });
	return { passed: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** As `tryBuildSite`, but throws with Astro's output when the build fails. */
export function buildSite(env: Record<string, string>): string {
	const { passed, output, outDir } = tryBuildSite(env);
	if (!passed) throw new Error(`astro build failed:\n${output}`);
	return outDir;
}
