/**
 * `npm run admin`: the editors' form on this machine, with no account. Builds the site, serves it
 * at http://localhost:4321/ with the form at /admin/, and runs decap-server, which saves what the
 * form sends as files in this checkout's content/ folder. Each save rebuilds the site, so the
 * change shows on the site a few seconds later, or the content check prints what to fix.
 * Ctrl+C stops everything; commit the changed files with git as usual.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localBackendPort } from '../src/lib/cms/decap-config.ts';
import { contentDirectory } from '../src/schemas/collections.ts';
import { startStaticServer } from './lib/static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const sitePort = 4321;

function build(): Promise<boolean> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--force'],
			{
				cwd: root,
				// The site's own address here, so links work and the build does not warn about it.
				env: {
					SITE_URL: `http://localhost:${sitePort}`,
					...process.env,
					ASTRO_TELEMETRY_DISABLED: '1',
				},
				stdio: ['ignore', 'ignore', 'inherit'],
			},
		);
		child.on('exit', (code) => resolve(code === 0));
	});
}

console.log('Building the site …');
if (!(await build())) {
	console.error('The build stopped: fix what it lists above, then run npm run admin again.');
	process.exit(1);
}

// MODE=fs writes the files and leaves committing to the editor (decap-server's git mode commits itself).
// decap-server has no login: BIND_HOST keeps it to this machine, or anyone on the network could write files here.
const decapServer: ChildProcess = spawn(
	process.execPath,
	['node_modules/decap-server/dist/index.js'],
	{
		cwd: root,
		env: {
			...process.env,
			GIT_REPO_DIRECTORY: root,
			MODE: 'fs',
			PORT: String(localBackendPort),
			BIND_HOST: '127.0.0.1',
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	},
);
// Its errors come as stack traces: keep them to say in one line what went wrong.
let decapError = '';
decapServer.stderr!.on('data', (chunk: Buffer) => {
	decapError += chunk.toString();
});
const { server } = await startStaticServer(dist, '/', { port: sitePort });
console.log(
	`The site: http://localhost:${sitePort}/\nThe editors' form: http://localhost:${sitePort}/admin/ (press "Logg inn"; no account needed)\nCtrl+C stops.`,
);

// A save touches one or two files at once: wait for quiet, then rebuild once.
let timer: NodeJS.Timeout | undefined;
let building = false;
let again = false;
async function rebuild() {
	if (building) {
		again = true;
		return;
	}
	building = true;
	console.log('Content changed: building …');
	console.log(
		(await build())
			? 'Built: reload the page to see the change.'
			: 'Not built: fix what is listed above.',
	);
	building = false;
	if (again) {
		again = false;
		void rebuild();
	}
}
const watcher = watch(contentDirectory(), { recursive: true }, () => {
	clearTimeout(timer);
	timer = setTimeout(rebuild, 500);
});

let stopping = false;
function stop() {
	stopping = true;
	watcher.close();
	server.close();
	decapServer.kill();
	process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
decapServer.on('exit', (code) => {
	if (stopping) return;
	const reason = /^Error: (.*)$/m.exec(decapError)?.[1] ?? `exit ${code}`;
	console.error(
		/EADDRINUSE/.test(decapError)
			? `The form's file server could not start: port ${localBackendPort} is in use. Stop the other program (or the other npm run admin) and try again.`
			: `The form's file server (decap-server) stopped: ${reason}`,
	);
	stop();
});
