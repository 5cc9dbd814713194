import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** What one build cost. */
export interface BuildCost {
	pages: number;
	seconds: number;
	msPerPage: number;
	peakMemoryMb: number;
}

/** Resident memory of a process and all its descendants, in kB (Linux /proc). */
function treeRssKb(rootPid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const parent = Number(status.match(/^PPid:\s+(\d+)/m)?.[1]);
			rss.set(Number(name), Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0));
			children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const sum = (pid: number): number =>
		(rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((total, child) => total + sum(child), 0);
	return sum(rootPid);
}

/**
 * Runs `astro build` (site and search index) in `cwd` and measures wall time and the peak memory of
 * the whole process tree, sampled every 100 ms.
 */
export async function measureBuild(
	cwd: string,
	env: Record<string, string> = {},
): Promise<BuildCost> {
	const started = performance.now();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peakKb = 0;
	const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 100);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`astro build failed in ${cwd}:\n${output.slice(-4000)}`);
	const pages = Number(output.match(/(\d+) page\(s\) built/)?.[1] ?? Number.NaN);
	return { pages, seconds, msPerPage: (seconds * 1000) / pages, peakMemoryMb: peakKb / 1024 };
}
