import { existsSync } from 'node:fs';
import { distDir } from './dist.ts';

/** Build and browser tests read dist/; stop early with the fix when it is missing. */
export default function requireDist(): void {
	if (!existsSync(`${distDir}/index.html`)) {
		throw new Error(
			`No built site in ${distDir}. Run "npm run build" first (or use "npm test", which builds).`,
		);
	}
}
