import { extname } from 'node:path';
import { parse, stringify } from 'yaml';
import { lengthLimits } from '../../src/lib/content-check/content-rules.ts';
import { withoutExtension } from '../../src/schemas/collections.ts';

/** A content file: its locale folder, file name and text. */
export interface NewsFile {
	locale: string;
	fileName: string;
	text: string;
}

const frontmatterPattern = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/**
 * `count` extra news items per locale for the build benchmark, made from the real items: copy `i`
 * takes item `i mod n`, with a numbered title, file name and address, and a date one day earlier per
 * copy. Twins keep sharing a file name, so the copies are a realistic corpus, not filler text.
 */
export function syntheticNews(realItems: NewsFile[], count: number): NewsFile[] {
	const keys = [...new Set(realItems.map((item) => item.fileName))].sort();
	const start = new Date('2026-01-01T00:00:00Z').getTime();
	return Array.from({ length: count }, (_, index) => {
		const key = keys[index % keys.length]!;
		const date = new Date(start - index * 86_400_000).toISOString().slice(0, 10);
		// A copy keeps its original's extension: plain Markdown stays .md.
		const fileName = `${date}-bench-${index + 1}${extname(key)}`;
		return realItems
			.filter((item) => item.fileName === key)
			.map((item) => {
				const [, frontmatter, body] = item.text.match(frontmatterPattern) ?? [];
				if (frontmatter === undefined)
					throw new Error(`${item.locale}/${item.fileName} has no frontmatter`);
				const data = parse(frontmatter) as Record<string, unknown>;
				const slug = `${String(data.slug ?? withoutExtension(key))}-bench-${index + 1}`;
				// The number keeps the titles apart; the title is cut to fit the content check's limit.
				const number = ` (${index + 1})`;
				const title = `${String(data.title).slice(0, lengthLimits.title - number.length)}${number}`;
				const copy = { ...data, title, date, slug };
				return { locale: item.locale, fileName, text: `---\n${stringify(copy)}---\n${body}` };
			});
	}).flat();
}
