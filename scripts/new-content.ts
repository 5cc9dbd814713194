/**
 * `npm run new -- <news|page|country|service> "Tittel" --key english-file-name [--code SE]`:
 * creates a draft entry in every locale under content/, never overwriting a file, and prints the
 * paths to edit.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffold, scaffoldKinds, type ScaffoldKind } from '../src/lib/content-check/scaffold.ts';
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

// An editor's work is never overwritten, whether it is the same file or the same text as plain
// Markdown (`<key>.md`), which the site reads too. Nothing is written unless every file is new.
const paths = files.map((file) => join(contentDirectory(), file.path));
const existing = paths
	.flatMap((path) => [path, path.replace(/\.mdx$/, '.md')])
	.find((path) => existsSync(path));
if (existing) {
	console.error(
		`${existing} already exists; nothing was written. Choose another --key or edit that file.`,
	);
	process.exit(1);
}
const written: string[] = [];
for (const [index, file] of files.entries()) {
	const path = paths[index]!;
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, file.text, { flag: 'wx' });
	written.push(path);
}
console.log(
	`Created a draft ${kind}. Edit these files, then remove "draft: true" (and "needsTranslation: true" once translated):\n${written.map((path) => `  ${path}`).join('\n')}\nCheck them with: npm run content:report`,
);
