import {
	appendFileSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { scaffold } from '~/lib/content-check/scaffold.ts';
import { formatProblem, type ContentProblem } from '~/lib/content-check/friendly-errors.ts';
import { validateContent } from '~/lib/content-check/validate-content.ts';
import { realContent } from '../support/real-content.ts';

/**
 * Mistakes an editor can plausibly make, each run through the content check against a copy of
 * the real content (one check for all of them: each mistake is in a file of its own, so they do
 * not hide each other). Every row says which file the message must name, and what it must say.
 */
interface Mistake {
	mistake: string;
	/** Changes the copy; paths are relative to the copy's project root. */
	make: (edit: Editor) => void;
	file: string;
	line?: number;
	says: RegExp;
	severity?: 'error' | 'warning';
}

interface Editor {
	write: (path: string, text: string) => void;
	append: (path: string, text: string) => void;
	replace: (path: string, from: string | RegExp, to: string) => void;
}

const page = (title: string, body: string, extra = '') =>
	`---\ntitle: ${title}\ndescription: A page written for this test.\nlastReviewed: 2026-11-01\n${extra}sources:\n  - title: A source\n    url: https://www.regjeringen.no/\n    publisher: Regjeringen\n---\n\n${body}\n`;
const news = (extra: string, body = 'A short story about the programme.') =>
	`---\ntitle: A news item\ndescription: A news item written for this test.\ndate: 2026-10-01\n${extra}sources:\n  - title: A source\n    url: https://www.regjeringen.no/\n    publisher: Regjeringen\nlastReviewed: 2026-11-01\n---\n\n${body}\n`;

const mistakes: Mistake[] = [
	{
		mistake: 'an unclosed component (MDX syntax error), in one file',
		make: (edit) =>
			edit.write(
				'content/pages/nb/syntax-one.mdx',
				page('Syntaks', 'Første linje.\n\nEn <Term id="samtykke">uten slutt.'),
			),
		file: 'content/pages/nb/syntax-one.mdx',
		says: /cannot be read as MDX: .*Check that every <Component> is closed/,
	},
	{
		mistake: 'a second MDX syntax error, in another file: both are listed at once',
		make: (edit) =>
			edit.write('content/pages/en/syntax-two.mdx', page('Syntax', 'A { brace that never closes.')),
		file: 'content/pages/en/syntax-two.mdx',
		says: /cannot be read as MDX/,
	},
	{
		mistake: 'YAML that cannot be read',
		make: (edit) =>
			edit.write(
				'content/services/bad-yaml.yaml',
				'id: bad-yaml\nname:\n  nb: Navn\n   en: Name\n',
			),
		file: 'content/services/bad-yaml.yaml',
		line: 3,
		says: /the YAML cannot be read: .*check indentation, colons and quotes/,
	},
	{
		mistake: 'a field written twice in a page’s frontmatter',
		make: (edit) =>
			edit.write('content/pages/nb/twice.mdx', page('Dobbel', 'Tekst.', 'title: Dobbel igjen\n')),
		file: 'content/pages/nb/twice.mdx',
		line: 5,
		says: /the same field is written twice/,
	},
	{
		mistake: 'a news item about a country that is still a draft',
		make: (edit) => {
			for (const file of scaffold(
				'country',
				{ key: 'sweden', title: 'Sverige', code: 'SE' },
				new Date('2026-11-01'),
			))
				edit.write(`content/${file.path}`, file.text);
			edit.write('content/news/nb/2026-10-01-about-sweden.mdx', news('countries: [sweden]\n'));
		},
		file: 'content/news/nb/2026-10-01-about-sweden.mdx',
		says: /content\/countries\/nb\/sweden\.mdx is a draft and not published; publish it .*or make this news item a draft too/,
	},
	{
		mistake: '<SiteLink> to a page that does not exist',
		make: (edit) =>
			edit.write(
				'content/pages/nb/link-missing.mdx',
				page('Lenke', 'Les <SiteLink to="no-such-page">mer</SiteLink>.'),
			),
		file: 'content/pages/nb/link-missing.mdx',
		line: 11,
		says: /no-such-page/,
	},
	{
		mistake: '<SiteLink> to a page that is a draft',
		make: (edit) => {
			for (const file of scaffold(
				'page',
				{ key: 'draft-target', title: 'Utkast' },
				new Date('2026-11-01'),
			))
				edit.write(`content/${file.path}`, file.text);
			edit.write(
				'content/pages/nb/link-draft.mdx',
				page('Lenke', 'Les <SiteLink to="draft-target">mer</SiteLink>.'),
			);
		},
		file: 'content/pages/nb/link-draft.mdx',
		says: /draft-target.*draft/,
	},
	{
		mistake: 'a <script> in the text',
		make: (edit) =>
			edit.write(
				'content/pages/nb/script.mdx',
				page('Skript', 'Tekst.\n\n<script>alert(1)</script>'),
			),
		file: 'content/pages/nb/script.mdx',
		says: /<script> is not allowed in content/,
	},
	{
		mistake: 'an <iframe> that loads another site',
		make: (edit) =>
			edit.write(
				'content/pages/nb/iframe.mdx',
				page('Ramme', 'Tekst.\n\n<iframe src="https://example.com/" />'),
			),
		file: 'content/pages/nb/iframe.mdx',
		says: /<iframe> is not allowed in content/,
	},
	{
		mistake: 'a <style> block',
		make: (edit) =>
			edit.write(
				'content/pages/nb/style.mdx',
				page('Stil', 'Tekst.\n\n<style>{"body { display: none }"}</style>'),
			),
		file: 'content/pages/nb/style.mdx',
		says: /<style> is not allowed in content/,
	},
	{
		mistake: 'an on…= attribute',
		make: (edit) =>
			edit.write(
				'content/pages/nb/onclick.mdx',
				page('Klikk', 'Tekst.\n\n<span onclick="steal()">Trykk</span>'),
			),
		file: 'content/pages/nb/onclick.mdx',
		says: /onclick=…> would run code in the reader’s browser/,
	},
	{
		mistake: 'a javascript: link in Markdown',
		make: (edit) =>
			edit.write(
				'content/pages/nb/js-link.mdx',
				page('Lenke', 'Trykk [her](javascript:alert(1)).'),
			),
		file: 'content/pages/nb/js-link.mdx',
		says: /javascript/,
	},
	{
		mistake: 'a Markdown link to a page of the site that does not exist',
		make: (edit) =>
			edit.write(
				'content/pages/nb/dead-link.mdx',
				page('Lenke', 'Les [om programmet](/nb/finnes-ikke/).'),
			),
		file: 'content/pages/nb/dead-link.mdx',
		says: /\/nb\/finnes-ikke\//,
	},
	{
		mistake: 'a <Term> that is not in the glossary',
		make: (edit) =>
			edit.write(
				'content/pages/nb/term.mdx',
				page('Ord', 'Et <Term id="no-such-term">ord</Term>.'),
			),
		file: 'content/pages/nb/term.mdx',
		says: /no-such-term/,
	},
	{
		mistake: 'a <Phone> number that is not a Norwegian number',
		make: (edit) =>
			edit.write('content/pages/nb/phone.mdx', page('Telefon', 'Ring <Phone number="12 34" />.')),
		file: 'content/pages/nb/phone.mdx',
		says: /12 34/,
	},
	{
		mistake: 'a <DirectoryLink> to a category that does not exist',
		make: (edit) =>
			edit.write(
				'content/pages/nb/category.mdx',
				page('Kategori', 'Se <DirectoryLink category="lawyers">advokater</DirectoryLink>.'),
			),
		file: 'content/pages/nb/category.mdx',
		says: /lawyers/,
	},
	{
		mistake: 'a <LegalStatus> for a change that is not in content/legal-changes/',
		make: (edit) =>
			edit.write(
				'content/pages/nb/status.mdx',
				page('Status', 'Tekst.\n\n<LegalStatus change="rules-2099" />'),
			),
		file: 'content/pages/nb/status.mdx',
		says: /rules-2099/,
	},
	{
		mistake: 'a service address with http:// where the site has https://',
		make: (edit) =>
			edit.replace(
				'content/services/rusinfo.yaml',
				'website: https://rusinfo.no/',
				'website: http://rusinfo.no/',
			),
		file: 'content/services/rusinfo.yaml',
		says: /"website": starts with http:\/\/, but rusinfo\.no is cited elsewhere with https:\/\/; write https:\/\//,
	},
	{
		mistake: 'a review date in the future',
		make: (edit) =>
			edit.write(
				'content/pages/nb/future-review.mdx',
				page('Fremtid', 'Tekst.').replace('lastReviewed: 2026-11-01', 'lastReviewed: 2027-03-01'),
			),
		file: 'content/pages/nb/future-review.mdx',
		says: /"lastReviewed".*future/,
	},
	{
		mistake: 'a news date weeks ahead',
		make: (edit) =>
			edit.write(
				'content/news/nb/2027-02-01-ahead.mdx',
				news('countries: [norway]\n').replace('date: 2026-10-01', 'date: 2027-02-01'),
			),
		file: 'content/news/nb/2027-02-01-ahead.mdx',
		says: /"date": is more than \d+ days ahead; date a news item on the day it happened/,
	},
	{
		mistake: 'a country whose model started after this year',
		make: (edit) =>
			edit.replace('content/countries/nb/ireland.mdx', /yearStarted: \d+/, 'yearStarted: 2031'),
		file: 'content/countries/nb/ireland.mdx',
		says: /"yearStarted"/,
	},
	{
		mistake: 'a title longer than a reader takes in',
		make: (edit) =>
			edit.write(
				'content/pages/nb/long-title.mdx',
				page(
					'Dette er en tittel som er altfor lang til at noen orker å lese den på en liten skjerm på vei til retten',
					'Tekst.',
				),
			),
		file: 'content/pages/nb/long-title.mdx',
		says: /"title": is \d+ characters; keep it to 90 or fewer/,
	},
	{
		mistake: 'a page with no text',
		make: (edit) => edit.write('content/pages/nb/empty.mdx', page('Tom', '')),
		file: 'content/pages/nb/empty.mdx',
		says: /the text is empty; write the page’s text below the frontmatter, or keep "draft: true"/,
	},
	{
		mistake: 'a missing UI string',
		make: (edit) => edit.replace('src/i18n/en.json', /\t"exit\.hint": .*\n/, ''),
		file: 'src/i18n/en.json',
		says: /"exit\.hint": is missing; add this UI string/,
	},
	{
		mistake: 'a .markdown file, which the site ignores',
		make: (edit) => edit.write('content/pages/nb/notes.markdown', page('Notater', 'Tekst.')),
		file: 'content/pages/nb/notes.markdown',
		says: /is not read by the site: it must be content\/pages\/<nb\|en\|nn>\/<name>\.mdx or \.md; rename or move it/,
	},
	{
		mistake: 'a component in a plain Markdown file (.md)',
		make: (edit) =>
			edit.write(
				'content/pages/nb/with-term.md',
				page('Notater', 'Les om <Term id="forsvarer">forsvarer</Term>.'),
			),
		file: 'content/pages/nb/with-term.md',
		says: /"<Term id=\\"forsvarer\\">" is HTML, which a \.md file cannot hold: write it in Markdown, or rename the file to \.mdx/,
	},
	{
		mistake: 'HTML in a plain Markdown file (.md)',
		make: (edit) =>
			edit.write(
				'content/pages/nb/with-script.md',
				page('Notater', 'Tekst.\n\n<script>alert(1)</script>'),
			),
		file: 'content/pages/nb/with-script.md',
		says: /"<script>alert\(1\)<\/script>" is HTML, which a \.md file cannot hold/,
	},
	{
		mistake: 'a link in a plain Markdown file (.md) to an address the site does not have',
		make: (edit) =>
			edit.write(
				'content/pages/nb/with-link.md',
				page('Lenke', 'Se [personvern](/nb/personvernet/).'),
			),
		file: 'content/pages/nb/with-link.md',
		says: /links to \/nb\/personvernet\/, which is not a page on the site; check the address as readers see it, like \/nb\/personvern\//,
	},
	{
		mistake: 'twins with different extensions, which the editors’ form cannot show as one entry',
		make: (edit) =>
			edit.write('content/pages/en/with-link.mdx', page('Link', 'See [privacy](/en/privacy/).')),
		file: 'content/pages/nb/with-link.md',
		says: /is \.md but its twin content\/pages\/en\/with-link\.mdx is \.mdx; give twins the same extension/,
		severity: 'warning',
	},
	{
		mistake: 'one page written twice, as .md and as .mdx',
		make: (edit) => edit.write('content/pages/nb/about.md', page('Om', 'Tekst.')),
		file: 'content/pages/nb/about.mdx',
		says: /content\/pages\/nb\/about\.md has the same name: one text per page and language; keep one of the two files/,
	},
	{
		mistake: 'a .yml file, which the site ignores',
		make: (edit) => edit.write('content/services/new-service.yml', 'id: new-service\n'),
		file: 'content/services/new-service.yml',
		says: /is not read by the site: it must be content\/.*; rename or move it/,
	},
	{
		mistake: 'a county question whose "county: true" line was deleted',
		make: (edit) =>
			edit.replace(
				'content/flows/eligibility/flow.yaml',
				'  help-county:\n    county: true\n',
				'  help-county:\n',
			),
		file: 'content/flows/eligibility/flow.yaml',
		says: /"questions\.help-county\.options": a question needs at least two options, each with the id of the next node$/,
	},
	{
		mistake: 'a file in a language folder the site does not have',
		make: (edit) => edit.write('content/pages/de/about.mdx', page('Über', 'Text.')),
		file: 'content/pages/de/about.mdx',
		says: /is not read by the site: it must be content\/.*; rename or move it/,
	},

	// Issue 32: files the site would skip, so that what an editor wrote never appears.
	{
		mistake: 'a news item in a folder named after a language the site does not have (no/)',
		make: (edit) => edit.write('content/news/no/2026-11-01-office.mdx', news('')),
		file: 'content/news/no/2026-11-01-office.mdx',
		says: /is not read by the site: it must be content\/news\/<nb\|en\|nn>\/<name>\.mdx or \.md; rename or move it/,
	},
	{
		mistake: 'a service in content/service/ (singular)',
		make: (edit) => edit.write('content/service/new-helpline.yaml', 'id: new-helpline\n'),
		file: 'content/service/new-helpline.yaml',
		says: /is not read by the site: "service" is not a content folder \(.*services.*\); move the file/,
	},
	{
		mistake: 'an ignored file that is a draft is left alone, with a warning',
		make: (edit) =>
			edit.write('content/pages/nb/later.markdown', page('Senere', 'Tekst.', 'draft: true\n')),
		file: 'content/pages/nb/later.markdown',
		says: /is not read by the site/,
		severity: 'warning',
	},
	// Things in a body that would be published broken or unsafe.
	{
		mistake: 'a Markdown image from another site',
		make: (edit) =>
			edit.write(
				'content/pages/nb/image-remote.mdx',
				page('Bilde', 'Tekst.\n\n![Kart](https://example.com/kart.png)'),
			),
		file: 'content/pages/nb/image-remote.mdx',
		line: 13,
		says: /an image \("!\[Kart\]\(…\)"\): the site has no images yet/,
	},
	{
		mistake: 'a Markdown image that does not exist on the site',
		make: (edit) =>
			edit.write(
				'content/pages/en/image-missing.mdx',
				page('Image', 'Text.\n\n![Map](/images/x.png)'),
			),
		file: 'content/pages/en/image-missing.mdx',
		says: /an image \("!\[Map\]\(…\)"\): the site has no images yet/,
	},
	{
		mistake: 'a Markdown image next to the file',
		make: (edit) =>
			edit.write('content/pages/nb/image-relative.mdx', page('Bilde', 'Tekst.\n\n![](./kart.png)')),
		file: 'content/pages/nb/image-relative.mdx',
		says: /an image \("!\[\]\(…\)"\): the site has no images yet/,
	},
	{
		mistake: 'a style="…" attribute',
		make: (edit) =>
			edit.write(
				'content/pages/nb/style-attribute.mdx',
				page('Stil', '<div style="position:fixed;inset:0">Tekst</div>'),
			),
		file: 'content/pages/nb/style-attribute.mdx',
		says: /style="…" is not allowed in content: the site’s own styles decide how text looks; remove it/,
	},
	{
		mistake: 'a body link whose scheme is misspelt (htps://)',
		make: (edit) =>
			edit.write(
				'content/pages/nb/bad-scheme.mdx',
				page('Lenke', 'Les [Lovdata](htps://lovdata.no/).'),
			),
		file: 'content/pages/nb/bad-scheme.mdx',
		says: /the link "htps:\/\/lovdata\.no\/" is not a web address; write it with https:\/\/, like "https:\/\/lovdata\.no\/"/,
	},
	{
		mistake: 'a protocol-relative body link (//host/…)',
		make: (edit) =>
			edit.write(
				'content/pages/en/protocol-relative.mdx',
				page('Link', 'Fill in [the form](//forms.example.org/x).'),
			),
		file: 'content/pages/en/protocol-relative.mdx',
		says: /the link "\/\/forms\.example\.org\/x" has no https:; write "https:\/\/forms\.example\.org\/x"/,
	},
	{
		mistake: 'a <SiteLink> to another site',
		make: (edit) =>
			edit.write(
				'content/pages/en/sitelink-external.mdx',
				page('Link', 'See <SiteLink to="https://lovdata.no/">Lovdata</SiteLink>.'),
			),
		file: 'content/pages/en/sitelink-external.mdx',
		says: /<SiteLink> is for the site’s own pages; for another site write a Markdown link: \[Lovdata\]\(https:\/\/lovdata\.no\/\)/,
	},
	{
		mistake: 'a source address with a space in it',
		make: (edit) =>
			edit.write(
				'content/pages/nb/source-space.mdx',
				page('Kilde', 'Tekst.').replace(
					'url: https://www.regjeringen.no/',
					'url: https://www.regjeringen.no/no/dokumenter/ny rapport/',
				),
			),
		file: 'content/pages/nb/source-space.mdx',
		says: /"url" in item 1 of "sources": .*has a space/,
	},
	// Shared facts that differ between languages.
	{
		mistake: 'twins of a news item with different dates',
		make: (edit) => {
			edit.write(
				'content/news/nb/2026-06-04-twin-dates.mdx',
				news('slug: tvilling-datoer\ncountries:\n  - norway\n').replace(
					'date: 2026-10-01',
					'date: 2026-06-04',
				),
			);
			edit.write(
				'content/news/en/2026-06-04-twin-dates.mdx',
				news('slug: twin-dates\ncountries:\n  - norway\n').replace(
					'date: 2026-10-01',
					'date: 2026-06-14',
				),
			);
		},
		file: 'content/news/en/2026-06-04-twin-dates.mdx',
		says: /"date": is 2026-06-14 here but 2026-06-04 in content\/news\/nb\/2026-06-04-twin-dates\.mdx; a fact shared by every language must be the same in each: correct the wrong one/,
	},
	{
		mistake: 'twins of a news item about different countries',
		make: (edit) => {
			edit.write(
				'content/news/nb/2026-06-05-twin-countries.mdx',
				news('slug: tvilling-land\ncountries:\n  - norway\n'),
			);
			edit.write(
				'content/news/nn/2026-06-05-twin-countries.mdx',
				news('slug: tvilling-land\ncountries:\n  - portugal\n'),
			);
		},
		file: 'content/news/nn/2026-06-05-twin-countries.mdx',
		says: /"countries": is \["portugal"\] here but \["norway"\] in content\/news\/nb\/2026-06-05-twin-countries\.mdx/,
	},
	// Invisible characters.
	{
		mistake: 'a right-to-left override in a title',
		make: (edit) =>
			edit.write('content/pages/nb/bidi-title.mdx', page('Hjelp \u202Efor deg', 'Tekst.')),
		file: 'content/pages/nb/bidi-title.mdx',
		says: /"title": has an invisible character \(U\+202E, right-to-left override\) that changes how the text around it is shown; delete it/,
	},
	{
		mistake: 'a zero-width space in a title',
		make: (edit) => edit.write('content/pages/en/zero-width.mdx', page('Help\u200B now', 'Text.')),
		file: 'content/pages/en/zero-width.mdx',
		says: /"title": has an invisible character \(U\+200B, zero-width space\)/,
	},
	{
		mistake: 'a zero-width space in a slug',
		make: (edit) =>
			edit.write(
				'content/pages/en/zero-width-slug.mdx',
				page('Help', 'Text.', 'slug: help\u200B-now\n'),
			),
		file: 'content/pages/en/zero-width-slug.mdx',
		says: /"slug": has an invisible character \(U\+200B, zero-width space\)/,
	},
	{
		mistake: 'a byte-order mark before the frontmatter',
		make: (edit) => edit.write('content/pages/nb/bom.mdx', '\uFEFF' + page('BOM', 'Tekst.')),
		file: 'content/pages/nb/bom.mdx',
		line: 1,
		says: /starts with an invisible character \(U\+FEFF, a byte-order mark\); save the file as UTF-8 without BOM/,
	},
	// Headings: the title is the page's only level-1 heading.
	{
		mistake: 'a # heading in the body',
		make: (edit) =>
			edit.write('content/pages/nb/heading-one.mdx', page('Overskrift', '# Hovedtittel\n\nTekst.')),
		file: 'content/pages/nb/heading-one.mdx',
		line: 11,
		says: /"# Hovedtittel" is a level-1 heading, but the title is the page’s only one: start headings in the text at ## /,
	},
	{
		mistake: 'a heading that skips a level (## then ####)',
		make: (edit) =>
			edit.write(
				'content/pages/en/heading-jump.mdx',
				page('Headings', '## Part\n\nText.\n\n#### Detail\n\nMore text.'),
			),
		file: 'content/pages/en/heading-jump.mdx',
		line: 15,
		says: /"#### Detail" skips a level after "## Part": use ### here/,
	},
	// Messages that must lead somewhere.
	{
		mistake: 'a <style> block with CSS in it',
		make: (edit) =>
			edit.write(
				'content/pages/nb/style-css.mdx',
				page('Stil', 'Tekst.\n\n<style>\nbody { display: none }\n</style>'),
			),
		file: 'content/pages/nb/style-css.mdx',
		line: 13,
		says: /<style> is not allowed in content: the site’s own styles decide how text looks; remove the <style> block/,
	},
	{
		mistake: 'an HTML comment <!-- … --> in MDX',
		make: (edit) =>
			edit.write(
				'content/pages/nb/html-comment.mdx',
				page('Kommentar', 'Tekst.\n\n<!-- husk å sjekke dette -->\n\nMer tekst.'),
			),
		file: 'content/pages/nb/html-comment.mdx',
		line: 13,
		says: /<!-- … --> comments do not work in \.mdx files; write a note for other editors as \{\/\* note \*\/\}/,
	},
	{
		mistake: 'a comment written the way the message says ({/* … */}) is accepted',
		make: (edit) =>
			edit.write(
				'content/pages/nb/mdx-comment.mdx',
				page('Kommentar', 'Tekst.\n\n{/* husk å sjekke dette */}\n\nMer tekst.') +
					'\nAnd <Term id="no-such-term-for-comment">x</Term>.\n',
			),
		file: 'content/pages/nb/mdx-comment.mdx',
		// Only the deliberate mistake below the comment is reported, not the comment.
		says: /no-such-term-for-comment/,
	},
	{
		mistake: 'a "<" before a number (barn <15 år)',
		make: (edit) =>
			edit.write('content/pages/nb/less-than.mdx', page('Alder', 'Gjelder barn <15 år.')),
		file: 'content/pages/nb/less-than.mdx',
		line: 11,
		says: /"<" starts a component in \.mdx files; write "under 15", or &lt; for the sign/,
	},

	// Found by trying more mistakes as an editor would (closing note of issue 32).
	{
		mistake: 'a source address copied with the ")" after it',
		make: (edit) =>
			edit.write(
				'content/pages/nb/source-paren.mdx',
				page('Kilde', 'Tekst.').replace(
					'url: https://www.regjeringen.no/',
					'url: https://www.regjeringen.no/no/rapport)',
				),
			),
		file: 'content/pages/nb/source-paren.mdx',
		says: /"url" in item 1 of "sources": ends with "\)", copied with the address from the text around it; remove it/,
	},
	{
		mistake: 'a service website copied with a quote after it',
		make: (edit) =>
			edit.replace('content/services/jussbuss.yaml', /website: (\S+)/, 'website: $1"'),
		file: 'content/services/jussbuss.yaml',
		says: /"website": ends with """, copied with the address/,
	},
	{
		mistake: 'a source address from a mail filter (Outlook Safe Links)',
		make: (edit) =>
			edit.write(
				'content/pages/en/safelinks.mdx',
				page('Source', 'Text.').replace(
					'url: https://www.regjeringen.no/',
					'url: https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.regjeringen.no%2F&data=x',
				),
			),
		file: 'content/pages/en/safelinks.mdx',
		says: /is a mail filter’s or social site’s wrapper around the real address/,
	},
	{
		mistake: 'a link with a space after mailto:, which stays as [text](…) on the page',
		make: (edit) =>
			edit.write(
				'content/pages/nb/broken-link-text.mdx',
				page('Lenke', 'Skriv til [oss](mailto: post@example.no).'),
			),
		file: 'content/pages/nb/broken-link-text.mdx',
		line: 11,
		says: /a link did not become a link: "\[text\]\(address\)" must have no space in the address/,
	},
	{
		mistake: 'a heading with no words (a line with only ##)',
		make: (edit) =>
			edit.write('content/pages/en/empty-heading.mdx', page('Heading', 'Text.\n\n##\n\nMore.')),
		file: 'content/pages/en/empty-heading.mdx',
		line: 13,
		says: /"##" is a heading with no words; write the heading after it, or delete the line/,
	},
	{
		mistake: 'a --- line straight under a paragraph, which turns it into a heading',
		make: (edit) =>
			edit.write(
				'content/pages/nb/setext.mdx',
				page('Skille', 'Et avsnitt om programmet.\n---\n\nMer tekst.'),
			),
		file: 'content/pages/nb/setext.mdx',
		line: 11,
		says: /"Et avsnitt om programmet\." became a heading, because the line under it is --- or ===; leave an empty line before that line/,
	},
	{
		mistake: 'a tel: link to a number that is not Norwegian',
		make: (edit) =>
			edit.write(
				'content/pages/nb/tel-link.mdx',
				page('Ring', 'Du kan [ringe oss](tel:+46812345678).'),
			),
		file: 'content/pages/nb/tel-link.mdx',
		says: /the link "tel:\+46812345678" is not a Norwegian phone number; write it like <Phone number="22 40 00 40" \/>/,
	},
	{
		mistake: 'bold text with no closing **',
		make: (edit) =>
			edit.write('content/pages/en/open-bold.mdx', page('Bold', 'This is **important.')),
		file: 'content/pages/en/open-bold.mdx',
		line: 11,
		says: /a \*\* has no closing \*\*, so readers see the stars/,
	},
	{
		mistake: 'a Bokmål page linking to the English version of a page',
		make: (edit) =>
			edit.write(
				'content/pages/nb/other-language.mdx',
				page('Lenke', 'Les om [personvern](/en/privacy/).'),
			),
		file: 'content/pages/nb/other-language.mdx',
		says: /links to \/en\/privacy\/, a page in another language; if that is not on purpose, link to the page in this file’s language with <SiteLink/,
		severity: 'warning',
	},
	{
		mistake: 'a component written in lowercase (<term>)',
		make: (edit) =>
			edit.write(
				'content/pages/nb/lowercase-term.mdx',
				page('Ord', 'Les om <term id="forsvarer">forsvareren</term>.'),
			),
		file: 'content/pages/nb/lowercase-term.mdx',
		says: /<term> must start with a capital letter: <Term>/,
	},
	{
		mistake: 'a short number written with +47',
		make: (edit) =>
			edit.write(
				'content/pages/nb/plus47.mdx',
				page('Ring', 'Ring <Phone number="+47 116 123" />.'),
			),
		file: 'content/pages/nb/plus47.mdx',
		says: /short numbers \(113, 116 123\) are written without \+47; write <Phone number="116 123" \/>/,
	},
	{
		mistake: 'a title starting with #, which YAML reads as a note',
		make: (edit) => edit.write('content/pages/en/hash-title.mdx', page('#1 Privacy', 'Text.')),
		file: 'content/pages/en/hash-title.mdx',
		line: 2,
		says: /"title": starts with #, and YAML reads everything after # as a note, so the field is empty; put the value in quotes: title: "#1 Privacy"/,
	},
	{
		mistake: 'a title with ": " in it, not in quotes',
		make: (edit) =>
			edit.write(
				'content/pages/nb/colon-title.mdx',
				page('Personvern: slik gjør vi det', 'Tekst.'),
			),
		file: 'content/pages/nb/colon-title.mdx',
		says: /a value with ": " in it must be in quotes/,
	},
	{
		mistake: 'curly quotes around a component’s value',
		make: (edit) =>
			edit.write(
				'content/pages/nb/curly-quotes.mdx',
				page('Ord', 'Les om <Term id=”forsvarer”>forsvareren</Term>.'),
			),
		file: 'content/pages/nb/curly-quotes.mdx',
		line: 11,
		says: /a component’s value is in curly quotes \(”…”\), which word processors put in; type straight quotes/,
	},
	{
		mistake: 'a <br> without its slash',
		make: (edit) => edit.write('content/pages/en/br.mdx', page('Lines', 'Line one<br>line two.')),
		file: 'content/pages/en/br.mdx',
		line: 11,
		says: /a line break is written <br \/> in \.mdx files, with the slash/,
	},
	{
		mistake: 'a space after the closing --- of the frontmatter',
		make: (edit) =>
			edit.write(
				'content/pages/nb/dash-space.mdx',
				page('Strek', 'Tekst.').replace('\n---\n\n', '\n--- \n\n'),
			),
		file: 'content/pages/nb/dash-space.mdx',
		line: 9,
		says: /a "---" line has spaces or tabs after the dashes, so the frontmatter is not found; remove them/,
	},
	{
		mistake: 'an http:// link in the text to a site the content cites with https://',
		make: (edit) =>
			edit.write(
				'content/pages/nb/http-body.mdx',
				page('Lenke', 'Les [loven](http://www.regjeringen.no/no/dokumenter/).'),
			),
		file: 'content/pages/nb/http-body.mdx',
		line: 11,
		says: /the link "http:\/\/www\.regjeringen\.no\/no\/dokumenter\/" starts with http:\/\/, but regjeringen\.no is cited elsewhere with https:\/\/; write https:\/\//,
	},
	{
		mistake: 'code between two comments in one { } (it would run)',
		make: (edit) =>
			edit.write(
				'content/pages/en/comment-code.mdx',
				page('Code', 'Text.\n\n{/* a */ process.env.HOME /* b */}'),
			),
		file: 'content/pages/en/comment-code.mdx',
		line: 13,
		says: /the text has a \{ \} expression: content cannot run code/,
	},
	{
		mistake: 'a Markdown image written with a reference ([name]: address below)',
		make: (edit) =>
			edit.write(
				'content/pages/nb/image-reference.mdx',
				page('Bilde', 'Se ![kart][k].\n\n[k]: https://example.com/kart.png'),
			),
		file: 'content/pages/nb/image-reference.mdx',
		line: 11,
		says: /an image \("!\[kart\]\(…\)"\): the site has no images yet/,
	},
];

let root: string;
let problems: ContentProblem[];

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'editor-mistakes-'));
	cpSync('content', join(root, 'content'), { recursive: true });
	cpSync('src/i18n', join(root, 'src/i18n'), { recursive: true });
	const edit: Editor = {
		write: (path, text) => {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		},
		append: (path, text) => appendFileSync(join(root, path), text),
		replace: (path, from, to) => {
			const before = readFileSync(join(root, path), 'utf8');
			const after = before.replace(from, to);
			if (after === before) throw new Error(`the test's edit of ${path} changed nothing`);
			writeFileSync(join(root, path), after);
		},
	};
	for (const row of mistakes) row.make(edit);
	problems = validateContent(join(root, 'content'), root, new Date('2026-12-01')).problems;
});

describe('the content check names the file, the place and the fix for every editor mistake', () => {
	test.each(mistakes)('$mistake', ({ file, line, says, severity = 'error' }) => {
		const found = problems.filter((problem) => problem.file === file);
		expect(found.length, `no message names ${file}`).toBeGreaterThan(0);
		const match = found.find((problem) => says.test(formatProblem(problem)));
		expect(match, found.map(formatProblem).join('\n')).toBeDefined();
		expect(match!.severity).toBe(severity);
		if (line) expect(match!.line).toBe(line);
	});

	test('a {/* … */} comment, the way the messages say to write one, is no mistake', () => {
		const onComment = problems.filter(
			(problem) =>
				problem.file === 'content/pages/nb/mdx-comment.mdx' &&
				!/no-such-term-for-comment/.test(problem.message),
		);
		expect(onComment.map(formatProblem)).toEqual([]);
	});

	test('no message is a stack trace or names the checker’s own code', () => {
		for (const text of problems.map(formatProblem)) {
			expect(text).not.toMatch(/\n\s+at |TypeError|node_modules|src\/lib\//);
		}
	});

	test('a broken flow.yaml gives no messages about the words files that belong to it', () => {
		const onWords = problems.filter((problem) =>
			/content\/flows\/eligibility\/(nb|en)\.yaml$/.test(problem.file),
		);
		expect(onWords.map(formatProblem)).toEqual([]);
	});

	test('one broken file gives one error, not errors in the files that point to it', () => {
		const yaml = problems.filter((problem) => problem.file === 'content/services/bad-yaml.yaml');
		expect(yaml.map(formatProblem)).toHaveLength(1);
		// The news item's draft country is reported once, on the news item; the draft country's
		// own empty fields are warnings for its editor, not errors.
		const sweden = problems.filter(
			(problem) =>
				problem.file.startsWith('content/countries/') && problem.file.endsWith('/sweden.mdx'),
		);
		expect(sweden.filter((problem) => problem.severity === 'error')).toEqual([]);
		const onNews = problems.filter(
			(problem) => problem.file.includes('about-sweden') && problem.severity === 'error',
		);
		expect(onNews).toHaveLength(1);
	});

	test('the real content has none of these problems', () => {
		const untouched = realContent().problems.filter((problem) => problem.severity === 'error');
		expect(untouched.map(formatProblem)).toEqual([]);
	});
});
