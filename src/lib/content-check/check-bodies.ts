import { isPlainMarkdown } from '../../schemas/collections.ts';
import { webAddressMistake } from '../../schemas/common.ts';
import { serviceCategoryValues } from '../../schemas/service.ts';
import { normalizePhoneNumber } from '../directory/phone-number.ts';
import type { ContentProblem } from './friendly-errors.ts';
import {
	codeIn,
	elementsIn,
	headingsIn,
	htmlIn,
	imagesIn,
	linksIn,
	textLinesIn,
	textOf,
	type BodyElement,
} from './mdx-body.ts';
import {
	allowedHtmlElements,
	mdxComponentNames,
	sectionLinkTargets,
	unsafeHtmlElements,
} from './mdx-components.ts';
import { hostOf } from './content-rules.ts';
import type { RawEntry } from './read-content.ts';

/** What the body checks need to know about the rest of the content. */
export interface BodyContext {
	/** Information pages by file name: `true` when published, `false` when a draft. */
	pages: Map<string, boolean>;
	/** Country snapshots by file name, the same way. */
	countries: Map<string, boolean>;
	glossary: Set<string>;
	legalChanges: Set<string>;
	/** Every address on the site, for links written as Markdown. */
	sitePaths: Set<string>;
	/** Sites the content cites with https:// somewhere: an http:// link to one is a slip. */
	secureHosts: Set<string>;
	/** The file of a page or country snapshot by its key, for messages. */
	fileOf: (collection: 'pages' | 'countries', key: string) => string;
}

/** An address a reader's browser would run, not open. */
const unsafeUrl = /^\s*(javascript|vbscript|data):/i;

/**
 * What is wrong with a link's address, if anything: a link opens a page of the site (`/nb/…`), a
 * place on the page (`#…`), another site (`https://`, `http://`), an e-mail or a phone number.
 */
function linkAddressProblem(url: string): string | undefined {
	if (/^tel:/i.test(url))
		return normalizePhoneNumber(url.slice(4))
			? undefined
			: `the link "${url}" is not a Norwegian phone number; write it like <Phone number="22 40 00 40" />`;
	if (/^https?:\/\/[^\s/]/i.test(url)) {
		const mistake = webAddressMistake(url);
		return mistake ? `the link "${url}" ${mistake}` : undefined;
	}
	if (/^(mailto:|#|\/(?!\/))/i.test(url))
		return /\s/.test(url)
			? `the link "${url}" has a space in it, so it breaks; remove the space, or write it as %20`
			: undefined;
	if (url.startsWith('//')) return `the link "${url}" has no https:; write "https:${url}"`;
	const scheme = /^([a-z][a-z0-9+.-]*):\/*/i.exec(url);
	if (scheme)
		return `the link "${url}" is not a web address; write it with https://, like "https://${url.slice(scheme[0].length)}"`;
	return `the link "${url}" is not a full address, so it would lead to a missing page; a page of the site starts with / (like /nb/personvern/), another site with https://`;
}

/**
 * Problems in the text of one Markdown or MDX file: code and HTML that would run or load things, components
 * with missing or wrong props, links to pages that do not exist or are drafts, and no text at
 * all. Each names the file's own line.
 */
export function checkBody(
	entry: RawEntry,
	context: BodyContext,
	published: boolean,
): ContentProblem[] {
	const tree = entry.tree;
	if (!tree) return [];
	const problems: ContentProblem[] = [];
	const at = (line: number | undefined) => (line ? { line: line + entry.bodyLine - 1 } : {});
	const fail = (line: number | undefined, message: string) =>
		problems.push({ severity: 'error', file: entry.file, ...at(line), message });

	for (const code of codeIn(tree))
		fail(
			code.line,
			code.kind === 'esm'
				? 'the text has an import or export line: content cannot run code; remove the line (the site’s components need no import)'
				: 'the text has a { } expression: content cannot run code; write the text itself, or put { } in `backticks` to show them',
		);

	// Astro would copy HTML in a .md file into the page as it is, so none is allowed; components
	// (which look the same) need MDX.
	for (const { html, line } of htmlIn(tree))
		fail(
			line,
			`${JSON.stringify(html.length > 40 ? `${html.slice(0, 40)}…` : html)} is HTML, which a .md file cannot hold: write it in Markdown, or rename the file to .mdx to use the site’s components such as <Term> (see content/README.md)`,
		);

	for (const element of elementsIn(tree)) {
		for (const [name, value] of element.attributes) {
			if (name.toLowerCase() === 'style')
				fail(
					element.line,
					'style="…" is not allowed in content: the site’s own styles decide how text looks; remove it',
				);
			else if (/^on/i.test(name))
				fail(
					element.line,
					`<${element.name} ${name}=…> would run code in the reader’s browser; remove "${name}"`,
				);
			else if (value && unsafeUrl.test(value))
				fail(
					element.line,
					`<${element.name} ${name}="${value.split(':')[0]}:…"> would run code, not open a page; link to a web address starting with https://`,
				);
		}
		if (unsafeHtmlElements.includes(element.name.toLowerCase()))
			fail(
				element.line,
				`<${element.name}> is not allowed in content: it would run or load something in the reader’s browser. Use the site’s components (see content/README.md)`,
			);
		else if (
			/^[a-z]/.test(element.name) &&
			(mdxComponentNames as readonly string[]).some(
				(name) => name.toLowerCase() === element.name.toLowerCase(),
			)
		)
			fail(
				element.line,
				`<${element.name}> must start with a capital letter: <${element.name[0]!.toUpperCase()}${element.name.slice(1)}>`,
			);
		else if (/^[a-z]/.test(element.name) && !allowedHtmlElements.includes(element.name))
			fail(
				element.line,
				`<${element.name}> is not one of the HTML tags content may use (${allowedHtmlElements.join(', ')}); write the text in Markdown instead`,
			);
		else if (/^[A-Z]/.test(element.name))
			problems.push(...checkComponent(entry, element, context, published, at));
	}

	for (const image of imagesIn(tree))
		fail(
			image.line,
			`an image ("![${image.alt}](…)"): the site has no images yet, and one from another site would tell that site who reads this page; describe what it shows in words, or link to it: [${image.alt || 'what it shows'}](https://…) (see content/README.md, "Images")`,
		);

	// The page's title is its only level-1 heading; the text's headings go down one level at a time.
	let previous = { depth: 1, text: '' };
	const bodyLines = entry.body.split('\n');
	for (const heading of headingsIn(tree)) {
		const written = `${'#'.repeat(heading.depth)} ${heading.text}`;
		const source = heading.line ? (bodyLines[heading.line - 1] ?? '') : '#';
		// A heading may sit in a quote or a list item ("> ## Merk", "- ## …").
		if (!source.replace(/^(\s*(>|[-*+]|\d+[.)])\s*)*/, '').startsWith('#'))
			fail(
				heading.line,
				`"${heading.text.trim().slice(0, 40)}" became a heading, because the line under it is --- or ===; leave an empty line before that line (for a dividing line), or write ## in front for a heading`,
			);
		else if (heading.text.trim() === '')
			fail(
				heading.line,
				`"${'#'.repeat(heading.depth)}" is a heading with no words; write the heading after it, or delete the line`,
			);
		else if (heading.depth === 1)
			fail(
				heading.line,
				`"${written}" is a level-1 heading, but the title is the page’s only one: start headings in the text at ## (## ${heading.text})`,
			);
		else if (heading.depth > previous.depth + 1)
			fail(
				heading.line,
				previous.text
					? `"${written}" skips a level after "${'#'.repeat(previous.depth)} ${previous.text}": use ${'#'.repeat(previous.depth + 1)} here`
					: `"${written}" skips a level: the first heading in the text is ## (## ${heading.text})`,
			);
		previous = heading;
	}

	for (const { text, line } of textLinesIn(tree)) {
		if (/\]\(/.test(text))
			fail(
				line,
				'a link did not become a link: "[text](address)" must have no space in the address and no space between ] and (; check it',
			);
		else if (
			/\*\*/.test(text) &&
			line &&
			/(?<!\\)\*\*/.test(entry.body.split('\n')[line - 1] ?? '')
		)
			fail(
				line,
				'a ** has no closing **, so readers see the stars; close the bold text with **, or remove them',
			);
	}

	for (const link of linksIn(tree)) {
		if (unsafeUrl.test(link.url)) {
			fail(
				link.line,
				`the link "${link.url.split(':')[0]}:…" would run code, not open a page; link to a web address starting with https://`,
			);
			continue;
		}
		const addressProblem = linkAddressProblem(link.url);
		if (addressProblem) {
			fail(link.line, addressProblem);
			continue;
		}
		// As for addresses in the fields (webAddressProblems): http:// to a site the content cites
		// with https:// is a slip; to another site it may be all the site has.
		if (/^http:\/\//i.test(link.url)) {
			const host = hostOf(link.url);
			if (context.secureHosts.has(host))
				fail(
					link.line,
					`the link "${link.url}" starts with http://, but ${host} is cited elsewhere with https://; write https://`,
				);
			else
				problems.push({
					severity: 'warning',
					file: entry.file,
					...at(link.line),
					message: `the link "${link.url}" starts with http://; use https:// if the site has it`,
				});
			continue;
		}
		if (!link.url.startsWith('/')) continue;
		const path = link.url.replace(/[?#].*$/, '').replace(/\/?$/, '/');
		const linkLocale = /^\/([a-z]{2})\//.exec(path)?.[1];
		if (entry.locale && linkLocale && linkLocale !== entry.locale && context.sitePaths.has(path))
			problems.push({
				severity: 'warning',
				file: entry.file,
				...at(link.line),
				message: `links to ${link.url}, a page in another language; if that is not on purpose, link to the page in this file’s language${isPlainMarkdown(entry.file) ? '' : ' with <SiteLink to="file-name">, which follows the reader’s language'}`,
			});
		if (!context.sitePaths.has(path))
			fail(
				link.line,
				isPlainMarkdown(entry.file)
					? `links to ${link.url}, which is not a page on the site; check the address as readers see it, like /nb/personvern/`
					: `links to ${link.url}, which is not a page on the site; for an information page write <SiteLink to="file-name">text</SiteLink> instead`,
			);
	}

	if (published && textOf(tree).trim() === '' && elementsIn(tree).length === 0)
		fail(
			undefined,
			'the text is empty; write the page’s text below the frontmatter, or keep "draft: true" until it is written',
		);
	return problems;
}

/** A component's props against what it needs, and the pages, terms and changes it names. */
function checkComponent(
	entry: RawEntry,
	element: BodyElement,
	context: BodyContext,
	published: boolean,
	at: (line: number | undefined) => { line?: number },
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const fail = (message: string) =>
		problems.push({ severity: 'error', file: entry.file, ...at(element.line), message });
	const prop = (name: string) => element.attributes.get(name);
	const need = (name: string, example: string) => {
		const value = prop(name);
		if (value === undefined || value === '')
			fail(`<${element.name}> needs ${name}="…", like <${element.name} ${name}="${example}">`);
		else if (value === null)
			fail(`<${element.name} ${name}={…}> must be plain text in quotes, like ${name}="${example}"`);
		return value || undefined;
	};
	const draftTarget = (what: string, file: string) =>
		fail(
			`<${element.name}> names ${what} ${file}, which is a draft and not published; publish it (remove "draft: true"), or make this file a draft too`,
		);

	switch (element.name) {
		case 'Term': {
			const id = need('id', 'betinget-dom');
			if (id && !context.glossary.has(id))
				fail(
					`<Term id="${id}"> names no file in content/glossary/; add content/glossary/${id}.yaml or fix the id`,
				);
			break;
		}
		case 'SiteLink': {
			const to = need('to', 'for-families');
			if (!to) break;
			if (/^(https?:)?\/\//i.test(to)) {
				const address = to.startsWith('//') ? `https:${to}` : to;
				fail(
					`<SiteLink> is for the site’s own pages; for another site write a Markdown link: [${element.text.trim() || 'text'}](${address})`,
				);
				break;
			}
			const isPublished = context.pages.get(to);
			if (isPublished === undefined)
				fail(
					`<SiteLink to="${to}"> names no page; use the file name of one in content/pages/nb/ (without .mdx or .md)`,
				);
			else if (!isPublished && published) draftTarget('the page', context.fileOf('pages', to));
			break;
		}
		case 'SectionLink': {
			const to = need('to', 'explainer');
			if (to && !(sectionLinkTargets as readonly string[]).includes(to))
				fail(
					`<SectionLink to="${to}"> names no section; use one of: ${sectionLinkTargets.join(', ')}`,
				);
			break;
		}
		case 'DirectoryLink': {
			const categories = (prop('category') ?? '').split(/\s+/).filter(Boolean);
			// Each category has a page of its own, which works without JavaScript; two need two links.
			if (categories.length > 1)
				fail(
					`<DirectoryLink category="${categories.join(' ')}"> names ${categories.length} categories; a link goes to one category's page, so write one link per category, like <DirectoryLink category="${categories[0]}">…</DirectoryLink>`,
				);
			for (const category of categories)
				if (!(serviceCategoryValues as readonly string[]).includes(category))
					fail(
						`<DirectoryLink category="${category}"> is not a directory category; use one of: ${serviceCategoryValues.join(', ')}`,
					);
			break;
		}
		case 'Phone': {
			const number = need('number', '22 40 00 40');
			if (number && !normalizePhoneNumber(number))
				fail(
					/^\+47/.test(number.trim())
						? `<Phone number="${number}">: short numbers (113, 116 123) are written without +47; write <Phone number="${number.trim().replace(/^\+47\s*/, '')}" />`
						: `<Phone number="${number}"> is not a Norwegian phone number; write it like "22 40 00 40" or "113"`,
				);
			break;
		}
		case 'LegalStatus': {
			const change = need('change', 'rules-2025');
			if (change && !context.legalChanges.has(change))
				fail(
					`<LegalStatus change="${change}"> names no file in content/legal-changes/ (${[...context.legalChanges].sort().join(', ')})`,
				);
			break;
		}
		case 'CountryTimeline': {
			const country = need('country', 'norway');
			need('label', 'Key dates');
			const isPublished = country ? context.countries.get(country) : true;
			if (country && isPublished === undefined)
				fail(
					`<CountryTimeline country="${country}"> names no country snapshot; use the file name of one in content/countries/nb/`,
				);
			else if (country && !isPublished && published)
				draftTarget('the country snapshot', context.fileOf('countries', country));
			break;
		}
		default:
			if (!(mdxComponentNames as readonly string[]).includes(element.name))
				fail(
					`<${element.name}> is not one of the site’s components; check the spelling (components: ${mdxComponentNames.join(', ')})`,
				);
	}
	return problems;
}
