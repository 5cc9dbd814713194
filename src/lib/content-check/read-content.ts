import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { globSync } from 'tinyglobby';
import { parseDocument, type YAMLError } from 'yaml';
import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import {
	collectionSources,
	isPlainMarkdown,
	textExtensions,
	withoutExtension,
	type CollectionName,
} from '../../schemas/collections.ts';
import { withoutEmptyFields } from './empty-fields.ts';
import type { ContentProblem } from './friendly-errors.ts';
import type { MdxTree } from './mdx-body.ts';
import type { PlannedTwin } from '../i18n/twins.ts';

/** One content file as read from disk, before its schema is applied. */
export interface RawEntry {
	collection: CollectionName;
	/** Path from the project root, for messages. */
	file: string;
	/** Path below the collection (and locale) folder, without extension: pairs twins across locales. */
	key: string;
	/** Locale folder, for localised collections. */
	locale?: string;
	/** Frontmatter (Markdown, MDX) or the whole document (YAML), as parsed; `undefined` when it cannot be read. */
	data: unknown;
	/** Body text after the frontmatter. */
	body: string;
	/** The body, parsed once for every check; absent for YAML files and unreadable bodies. */
	tree?: MdxTree;
	/** The file's line where the body starts, so body problems can give the file's own line. */
	bodyLine: number;
}

/** A content file whose data passed its schema. */
export interface ValidEntry extends RawEntry {
	parsed: Record<string, unknown>;
}

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// What YAML's error codes mean, in an editor's words.
const yamlErrorWords: Record<string, string> = {
	BLOCK_AS_IMPLICIT_KEY:
		'a line is not indented like the lines around it, or a "name: value" line lacks its colon (a value with ": " in it must be in quotes: title: "Personvern: slik gjør vi det")',
	DUPLICATE_KEY: 'the same field is written twice',
	TAB_AS_INDENT: 'a line is indented with a tab; use spaces',
	BAD_INDENT: 'a line is indented wrongly',
	MISSING_CHAR: 'a closing quote or bracket is missing',
	MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines, or a colon is missing',
	UNEXPECTED_TOKEN:
		'there is a character where YAML expects none; put text with a colon (:) or # in quotes',
	BAD_SCALAR_START: 'a value starts with a character YAML does not allow there; put it in quotes',
	BLOCK_IN_FLOW: 'a list or field inside [ ] or { } is split over lines wrongly',
};

/** A YAML syntax error as a problem with the file's own line and column, in plain words. */
function yamlProblem(error: YAMLError, file: string, lineOffset: number): ContentProblem {
	const position = error.linePos?.[0];
	const words =
		yamlErrorWords[error.code] ?? error.message.split('\n')[0]!.replace(/ at line.*$/, '');
	return {
		severity: 'error',
		file,
		...(position ? { line: position.line + lineOffset, column: position.col } : {}),
		message: `the YAML cannot be read: ${words}; check indentation, colons and quotes`,
	};
}

/** Parses YAML text, turning syntax errors into problems that give the line and column. */
function parseYaml(text: string, file: string, lineOffset: number, problems: ContentProblem[]) {
	// "title: #1 Personvern": YAML reads everything after " #" as a note, and the field as empty.
	const lines = text.split('\n');
	const indent = (line: string) => /^\s*/.exec(line)![0].length;
	let blockIndent = -1;
	lines.forEach((line, index) => {
		// Inside a "|" or ">" block every line is text, # included.
		if (blockIndent >= 0 && (line.trim() === '' || indent(line) > blockIndent)) return;
		blockIndent = /:\s*[|>][-+]?\s*$/.test(line) ? indent(line) : -1;
		const value = /^\s*(?:- )?([\w-]+): +(#.*)$/.exec(line);
		// A note after the field name is fine when the value follows on the lines below.
		const next = lines.slice(index + 1).find((other) => other.trim() !== '');
		const valueBelow =
			next !== undefined &&
			(indent(next) > indent(line) || (indent(next) === indent(line) && /^\s*- /.test(next)));
		if (value && !valueBelow)
			problems.push({
				severity: 'error',
				file,
				line: index + 1 + lineOffset,
				field: value[1],
				message: `starts with #, and YAML reads everything after # as a note, so the field is empty; put the value in quotes: ${value[1]}: "${value[2]}"`,
			});
	});
	const document = parseDocument(text, { prettyErrors: true });
	// The first error only: YAML reports one slip (a wrong indent) as several errors at one place.
	const [first] = document.errors;
	if (first) problems.push(yamlProblem(first, file, lineOffset));
	return document.errors.length > 0 ? undefined : document.toJS();
}

/** An MDX syntax error ("3:14: Expected a closing tag …") as a problem with the file's line. */
function mdxProblem(error: Error, file: string, bodyLine: number): ContentProblem {
	const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(error.message);
	if (!match)
		return { severity: 'error', file, message: `the text cannot be read: ${error.message}` };
	const [, line, column, message] = match;
	return {
		severity: 'error',
		file,
		line: Number(line) + bodyLine - 1,
		column: Number(column),
		message: `the text cannot be read as MDX: ${message!.replace(/\s*\(\d+:\d+\)/, '')}. Check that every <Component> is closed (<Term id="…">text</Term> or <Term id="…" />) and that { } come in pairs`,
	};
}

/** Whether a file the site does not read says `draft: true` (an editor's notes, kept on purpose). */
function isMarkedDraft(path: string): boolean {
	try {
		return /^draft:\s*true\s*$/m.test(readFileSync(path, 'utf8').slice(0, 4000));
	} catch {
		return false;
	}
}

/**
 * Things people write in HTML or plain text that MDX cannot read, found before MDX's own parser
 * gives its message (which names JSX, expressions or a character code, not what to write instead).
 */
const mdxPitfalls: { pattern: RegExp; message: (match: RegExpExecArray) => string }[] = [
	{
		pattern: /<!--/,
		message: () =>
			'<!-- … --> comments do not work in .mdx files; write a note for other editors as {/* note */}, which readers never see',
	},
	{
		pattern: /<style\b/i,
		message: () =>
			'<style> is not allowed in content: the site’s own styles decide how text looks; remove the <style> block',
	},
	{
		pattern: /<[A-Za-z]+[^>]*=\s*[”“„]/,
		message: () =>
			'a component’s value is in curly quotes (”…”), which word processors put in; type straight quotes: id="…"',
	},
	{
		pattern: /<br\s*>/i,
		message: () => 'a line break is written <br /> in .mdx files, with the slash',
	},
	{
		// "barn <15 år", "a < b", "<= 6 months": MDX takes "<" for the start of a component.
		pattern: /<(?=[\d\s=])(\s*\d+)?/,
		message: (match) =>
			`"<" starts a component in .mdx files; write ${match[1] ? `"under ${match[1].trim()}"` : 'it in words ("under", "less than")'}, or &lt; for the sign`,
	},
];

/**
 * The first pitfall on each line of an MDX body at or just before the line MDX stopped at (a
 * <style> block fails on its CSS, a line or two below), outside code, with the line in the file.
 */
function mdxPitfallProblems(
	body: string,
	file: string,
	bodyLine: number,
	errorLine: number | undefined,
): ContentProblem[] {
	let inFence = false;
	return body.split('\n').flatMap((raw, index) => {
		if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
		const line = index + 1;
		if (inFence || errorLine === undefined || line > errorLine || line < errorLine - 3) return [];
		const text = raw.replace(/`[^`]*`/g, '');
		for (const { pattern, message } of mdxPitfalls) {
			const match = pattern.exec(text);
			if (match)
				return [
					{ severity: 'error' as const, file, line: bodyLine + index, message: message(match) },
				];
		}
		return [];
	});
}

/** Splits a Markdown or MDX file into frontmatter data and body, and parses the body. */
function parseText(raw: string, file: string, problems: ContentProblem[]) {
	// Some editors save a byte-order mark first: invisible, but it hides the frontmatter from Astro.
	const text = raw.replace(/^\uFEFF/, '');
	if (text !== raw)
		problems.push({
			severity: 'error',
			file,
			line: 1,
			message:
				'starts with an invisible character (U+FEFF, a byte-order mark); save the file as UTF-8 without BOM (in most editors: "Save with encoding" → "UTF-8")',
		});
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	const spaced = /^---[ \t]+$/m.exec(text);
	if (!match && spaced) {
		problems.push({
			severity: 'error',
			file,
			line: text.slice(0, spaced.index).split('\n').length,
			message:
				'a "---" line has spaces or tabs after the dashes, so the frontmatter is not found; remove them',
		});
		return { data: undefined, body: text, bodyLine: 1 };
	}
	if (!match) {
		problems.push({
			severity: 'error',
			file,
			line: 1,
			message: 'the file must start with frontmatter between two "---" lines',
		});
		return { data: undefined, body: text, bodyLine: 1 };
	}
	const body = text.slice(match[0].length);
	const bodyLine = match[0].split('\n').length;
	let tree: MdxTree | undefined;
	try {
		tree = (isPlainMarkdown(file) ? markdownToMdast(body) : mdxToMdast(body)) as MdxTree;
	} catch (error) {
		const errorLine = /^(\d+):\d+:/.exec((error as Error).message)?.[1];
		const pitfalls = isPlainMarkdown(file)
			? []
			: mdxPitfallProblems(body, file, bodyLine, errorLine ? Number(errorLine) : undefined);
		problems.push(
			...(pitfalls.length > 0 ? pitfalls : [mdxProblem(error as Error, file, bodyLine)]),
		);
	}
	return { data: parseYaml(match[1]!, file, 1, problems), body, bodyLine, tree };
}

/** The file extensions a collection reads, e.g. `.md or .mdx`. */
const extensionsOf = (source: (typeof collectionSources)[CollectionName]) =>
	source.format === 'text' ? textExtensions.map((extension) => `.${extension}`) : ['.yaml'];

/** What the site reads in each collection folder, for the message about a file it ignores. */
function expectedFiles(source: (typeof collectionSources)[CollectionName]): string {
	return source.localized
		? `content/${source.base}/<${localeCodes.join('|')}>/<name>${extensionsOf(source).join(' or ')}`
		: `content/${source.base}/${source.pattern.replace('!(flow|criteria)', '<locale>').replace('*', '<name>')}`;
}

/**
 * Reads every file of every collection under `contentDir`, reporting files in the wrong place,
 * badly named, unreadable, or not read by the site at all. Schemas are applied later, by
 * `validateContent`.
 */
export function readContent(
	contentDir: string,
	projectRoot = process.cwd(),
	/** Only these collections (and no report of files the site does not read); default: all. */
	only?: CollectionName[],
): { entries: RawEntry[]; problems: ContentProblem[] } {
	const entries: RawEntry[] = [];
	const problems: ContentProblem[] = [];
	const read = new Set<string>();
	for (const [name, source] of Object.entries(collectionSources)) {
		const collection = name as CollectionName;
		if (only && !only.includes(collection)) continue;
		const base = join(contentDir, source.base);
		const files = existsSync(base) ? globSync(source.pattern, { cwd: base }).sort() : [];
		const keys = new Map<string, string>();
		for (const relativeFile of files) {
			const path = join(base, relativeFile);
			read.add(path);
			const file = relative(projectRoot, path);
			const segments = withoutExtension(relativeFile).split('/');
			const locale = source.localized ? segments[0] : undefined;
			const key = source.localized ? segments.slice(1).join('/') : segments.join('/');
			if (!segments.every((segment) => keyPattern.test(segment))) {
				problems.push({
					severity: 'error',
					file,
					message: `file and folder names must be lowercase letters a–z, digits and hyphens, like "for-families${extensionsOf(source)[0]}"`,
				});
				continue;
			}
			// `about.md` and `about.mdx` side by side would be two texts for one page.
			const sameName = keys.get(withoutExtension(relativeFile));
			if (sameName) {
				problems.push({
					severity: 'error',
					file,
					message: `${sameName} has the same name: one text per page and language; keep one of the two files (.mdx if it uses components)`,
				});
				continue;
			}
			keys.set(withoutExtension(relativeFile), file);
			const text = readFileSync(path, 'utf8');
			const parsed =
				source.format === 'text'
					? parseText(text, file, problems)
					: { data: parseYaml(text, file, 0, problems), body: '', bodyLine: 1 };
			entries.push({
				collection,
				file,
				key,
				...(locale ? { locale } : {}),
				...parsed,
				data: withoutEmptyFields(parsed.data, source.schema),
			});
		}
	}
	// Every other file is one the site would silently skip, so what an editor wrote would never
	// appear: an error that says where it belongs. A README, or a file marked as a draft, is left be.
	if (only) return { entries, problems };
	for (const relativeFile of globSync('**/*', { cwd: contentDir, dot: false }).sort()) {
		const path = join(contentDir, relativeFile);
		if (read.has(path) || /(^|\/)README\.md$/.test(relativeFile)) continue;
		const folder = relativeFile.split('/')[0]!;
		const source = Object.values(collectionSources).find((item) => item.base === folder);
		problems.push({
			severity: isMarkedDraft(path) ? 'warning' : 'error',
			file: relative(projectRoot, path),
			message: source
				? `is not read by the site: it must be ${expectedFiles(source)}; rename or move it (a .yml file must be .yaml, a .markdown file .md)`
				: `is not read by the site: "${folder}" is not a content folder (${Object.values(
						collectionSources,
					)
						.map((item) => item.base)
						.filter((item, index, all) => all.indexOf(item) === index)
						.join(', ')}); move the file into the right one`,
		});
	}
	return { entries, problems };
}

/**
 * A twin not yet published, because it is untranslated or still a draft (as `npm run new` writes
 * twins), with the address it asks for: the fallback text is shown there meanwhile, so a link
 * shared before the translation still works after it. Undefined for a published twin, and for the
 * source language's own file (a draft there is simply not published).
 * @example plannedTwin('en/about', { slug: 'about', draft: true }) // { id: 'en/about', data: { slug: 'about', needsTranslation: true } }
 */
export function plannedTwin(id: string, data: unknown): PlannedTwin | undefined {
	const fields = (data ?? {}) as { slug?: unknown; needsTranslation?: unknown; draft?: unknown };
	if (id.startsWith(`${defaultLocale}/`)) return undefined;
	if (fields.needsTranslation !== true && fields.draft !== true) return undefined;
	return {
		id,
		data: {
			...(typeof fields.slug === 'string' ? { slug: fields.slug } : {}),
			needsTranslation: true,
		},
	};
}

/**
 * The twins not yet published (`needsTranslation: true` or `draft: true`) in the text collections,
 * with the address each asks for: Astro does not load them, but their locale shows the fallback
 * text at that address. Reads only the frontmatter.
 * @example plannedTwins('content').pages // [{ id: 'nn/about', data: { slug: 'om-nettstaden', needsTranslation: true } }]
 */
export function plannedTwins(
	contentDir: string,
): Record<'pages' | 'news' | 'countries', PlannedTwin[]> {
	const read = (collection: 'pages' | 'news' | 'countries'): PlannedTwin[] => {
		const source = collectionSources[collection];
		const base = join(contentDir, source.base);
		if (!existsSync(base)) return [];
		return globSync(source.pattern, { cwd: base }).flatMap((file): PlannedTwin[] => {
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(
				readFileSync(join(base, file), 'utf8'),
			);
			let data: unknown;
			try {
				data = frontmatter ? parseDocument(frontmatter[1]!).toJS() : undefined;
			} catch {
				return [];
			}
			const twin = plannedTwin(withoutExtension(file), data);
			return twin ? [twin] : [];
		});
	};
	return { pages: read('pages'), news: read('news'), countries: read('countries') };
}
