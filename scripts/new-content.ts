/**
 * `npm run new -- <news|page|country|service> "Tittel" --key english-file-name [--code SE]`:
 * creates a draft entry in every locale under content/, never overwriting a file, and prints the
 * paths to edit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffold, scaffoldKinds, type ScaffoldKind } from '../src/lib/content/scaffold.ts';
import { contentDirectory } from '../src/schemas/collections.ts';

const usage = `Usage: npm run new -- <${scaffoldKinds.join('|')}> "Tittel på norsk" --key english-file-name [--code SE]
Example: npm run new -- news "Rusreform på nytt" --key drug-reform-again`;

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { key: { type: 'string' }, code: { type: 'string' } },
	});
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const [kind, title] = parsed.positionals;
if (!kind || !(scaffoldKinds as readonly string[]).includes(kind) || !title || !parsed.values.key) {
	console.error(
		!parsed.values.key && kind && title
			? `Give the English file name with --key (file names are in English whatever the title’s language).\n${usage}`
			: usage,
	);
	process.exit(2);
}

let files;
try {
	files = scaffold(
		kind as ScaffoldKind,
		{ title, key: parsed.values.key, code: parsed.values.code },
		new Date(),
	);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}

const written: string[] = [];
for (const file of files) {
	const path = join(contentDirectory(), file.path);
	mkdirSync(dirname(path), { recursive: true });
	try {
		// "wx" fails when the file exists: an editor's work is never overwritten.
		writeFileSync(path, file.text, { flag: 'wx' });
		written.push(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		console.error(
			`${path} already exists; nothing was overwritten. Choose another --key or edit that file.`,
		);
		process.exit(1);
	}
}
console.log(
	`Created a draft ${kind}. Edit these files, then remove "draft: true" (and "needsTranslation: true" once translated):\n${written.map((path) => `  ${path}`).join('\n')}\nCheck them with: npm run content:report`,
);
