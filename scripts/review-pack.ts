/**
 * `npm run review-pack [file]`: writes every legal statement the site makes, numbered, to one
 * printable HTML file (review-pack.html unless a file is given) for a defence lawyer to review.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reviewPackInput } from '../src/lib/review/review-pack-input.ts';
import { reviewPackHtml } from '../src/lib/review/review-pack.ts';
import { contentDirectory } from '../src/schemas/collections.ts';

const file = resolve(process.argv[2] ?? 'review-pack.html');
try {
	const html = reviewPackHtml(reviewPackInput(contentDirectory(), new Date()));
	writeFileSync(file, html);
	const items = html.match(/<li class="item"/g)?.length ?? 0;
	console.log(`Wrote ${items} numbered statements to ${file}. Open it in a browser, or print it.`);
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
}
