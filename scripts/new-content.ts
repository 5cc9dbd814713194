/**
 * `npm run new -- <news|page|country|service> "Title" [--code SE]`: creates a draft entry in every
 * locale under content/, never overwriting a file, and prints the paths to edit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scaffold, scaffoldKinds, type ScaffoldKind } from '../src/lib/content/scaffold.ts';
import { contentDirectory } from '../src/schemas/collections.ts';

const [kind, title, ...rest] = process.argv.slice(2);
const codeFlag = rest.indexOf('--code');
const code = codeFlag >= 0 ? rest[codeFlag + 1] : undefined;

if (!kind || !(scaffoldKinds as readonly string[]).includes(kind) || !title) {
	console.error(
		`Usage: npm run new -- <${scaffoldKinds.join('|')}> "Title" [--code SE]\nExample: npm run new -- news "Rusreform på nytt"`,
	);
	process.exit(2);
}

let files;
try {
	files = scaffold(kind as ScaffoldKind, title, new Date(), { code });
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
			`${path} already exists; nothing was overwritten. Choose another title or edit that file.`,
		);
		process.exit(1);
	}
}
console.log(
	`Created a draft ${kind}. Edit these files, then remove "draft: true":\n${written.map((path) => `  ${path}`).join('\n')}`,
);
