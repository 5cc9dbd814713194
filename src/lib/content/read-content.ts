import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseDocument } from 'yaml';
import { localeCodes } from '../../i18n/locales.ts';
import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import type { ContentProblem } from './friendly-errors.ts';

/** One content file as read from disk, before its schema is applied. */
export interface RawEntry {
	collection: CollectionName;
	/** Path from the project root, for messages. */
	file: string;
	/** Path below the collection (and locale) folder, without extension: pairs twins across locales. */
	key: string;
	/** Locale folder, for localised collections. */
	locale?: string;
	/** Frontmatter (MDX) or the whole document (YAML), as parsed. */
	data: unknown;
	/** MDX body text after the frontmatter. */
	body: string;
}

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses YAML text, turning syntax errors into problems that give the line. */
function parseYaml(
	text: string,
	file: string,
	lineOffset: number,
	problems: ContentProblem[],
): unknown {
	const document = parseDocument(text, { prettyErrors: false });
	for (const error of document.errors) {
		const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
		problems.push({
			severity: 'error',
			file,
			message: `the YAML on line ${line} cannot be read (${error.code.toLowerCase().replaceAll('_', ' ')}); check indentation, colons and quotes`,
		});
	}
	return document.errors.length > 0 ? undefined : document.toJS();
}

/** Splits an MDX file into frontmatter data and body. */
function parseMdx(
	text: string,
	file: string,
	problems: ContentProblem[],
): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) {
		problems.push({
			severity: 'error',
			file,
			message: 'the file must start with frontmatter between two "---" lines',
		});
		return { data: undefined, body: text };
	}
	return { data: parseYaml(match[1]!, file, 1, problems), body: text.slice(match[0].length) };
}

/**
 * Reads every file of every collection under `contentDir`, reporting files in the wrong place,
 * badly named, or unreadable. Schemas are applied later, by `validateContent`.
 */
export function readContent(
	contentDir: string,
	projectRoot = process.cwd(),
): {
	entries: RawEntry[];
	problems: ContentProblem[];
} {
	const entries: RawEntry[] = [];
	const problems: ContentProblem[] = [];
	for (const [name, source] of Object.entries(collectionSources)) {
		const collection = name as CollectionName;
		const base = join(contentDir, source.base);
		const extension = `.${source.format}`;
		if (source.localized && existsSync(base)) {
			for (const folder of readdirSync(base).filter((entry) =>
				statSync(join(base, entry)).isDirectory(),
			)) {
				if ((localeCodes as string[]).includes(folder)) continue;
				problems.push({
					severity: 'error',
					file: relative(projectRoot, join(base, folder)),
					message: `"${folder}" is not a configured locale; move its files into one of: ${localeCodes.map((code) => `${source.base}/${code}/`).join(', ')}`,
				});
			}
		}
		const files = existsSync(base) ? globSync(source.pattern, { cwd: base }).sort() : [];
		for (const relativeFile of files) {
			const path = join(base, relativeFile);
			const file = relative(projectRoot, path);
			const segments = relativeFile.slice(0, -extension.length).split('/');
			const locale = source.localized ? segments[0] : undefined;
			if (source.localized && !(localeCodes as string[]).includes(locale!)) continue;
			const key = source.localized ? segments.slice(1).join('/') : segments.join('/');
			if (!segments.every((segment) => keyPattern.test(segment))) {
				problems.push({
					severity: 'error',
					file,
					message: `file and folder names must be lowercase letters a–z, digits and hyphens, like "for-families${extension}"`,
				});
				continue;
			}
			const text = readFileSync(path, 'utf8');
			const parsed =
				source.format === 'mdx'
					? parseMdx(text, file, problems)
					: { data: parseYaml(text, file, 0, problems), body: '' };
			entries.push({
				collection,
				file,
				key,
				...(locale ? { locale } : {}),
				data: parsed.data,
				body: parsed.body,
			});
		}
	}
	return { entries, problems };
}
