import { defaultLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import { slugify } from '../content/slugify.ts';
import { localized, type LocalizedValue } from '../i18n/localized-text.ts';

/** What `npm run new` can create. */
export const scaffoldKinds = ['news', 'page', 'country', 'service'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** A file to create: its path under the content folder and its text. */
export interface ScaffoldFile {
	path: string;
	text: string;
}

/** What the editor gives: the English key for file names, and the title in the source language. */
export interface ScaffoldInput {
	/** English words for the file name (content/README.md: file names are English), e.g. "drug-reform-again". */
	key: string;
	/** The title in the source language (Norwegian Bokmål). */
	title: string;
	/** ISO 3166 code, for a country. */
	code?: string;
}

const draftNote =
	'# A draft: checked by the build, not published. Fill in every field, add sources, then delete "draft: true".';
const translationNote =
	'# Not translated yet: readers of this language see the Norwegian text with a notice. Translate every field, then delete "needsTranslation: true".';

/** The file name a key gives, or an error that says how to write one. */
function fileKey(key: string): string {
	const slug = slugify(key);
	if (!slug)
		throw new Error(
			'Give the English file name with --key, for example --key drug-reform-again. File names are in English whatever the title’s language (see content/README.md).',
		);
	return slug;
}

/** Frontmatter lines that differ between the source language and its twins. */
function ownLines(locale: Locale, title: string, key: string, titleField = 'title'): string[] {
	if (locale === defaultLocale)
		return [
			`${titleField}: ${JSON.stringify(title)}`,
			"description: ''",
			`slug: ${slugify(title) || key}`,
		];
	// The twin starts empty, not as a copy of the Norwegian: a copy would be published as English.
	return [
		translationNote,
		`${titleField}: ''`,
		"description: ''",
		`slug: ${key}`,
		'needsTranslation: true',
	];
}

function mdx(frontmatter: string[], body: string): string {
	return ['---', draftNote, ...frontmatter, 'draft: true', '---', '', body, ''].join('\n');
}

// A language without its own placeholder gets its fallback's (src/i18n/locales.ts).
const placeholders: LocalizedValue<{ text: string; page: string }> = {
	nb: {
		text: 'Skriv teksten her, med korte setninger.',
		page: '## Kort fortalt\n\nSkriv teksten her.',
	},
	en: {
		text: 'Write the text here, in short sentences.',
		page: '## In short\n\nWrite the text here.',
	},
	nn: {
		text: 'Skriv teksten her, med korte setningar.',
		page: '## Kort fortalt\n\nSkriv teksten her.',
	},
};
const bodies = (locale: Locale) => localized(placeholders, locale);

/**
 * The files for a new entry in every locale, named from the English key, with today's date. The
 * source-language file carries the title; its twins start empty and marked as needing
 * translation. Fields the editor must choose (a news item's countries, a snapshot's date) start
 * empty: the content check lists them until the draft is published.
 * @example scaffold('news', { key: 'drug-reform-again', title: 'Rusreform på nytt' }, new Date('2026-11-23')) // news/nb/2026-11-23-drug-reform-again.mdx, …
 */
export function scaffold(kind: ScaffoldKind, input: ScaffoldInput, today: Date): ScaffoldFile[] {
	const key = fileKey(input.key);
	if (!input.title.trim())
		throw new Error('Give the title in Norwegian, in quotes, for example "Rusreform på nytt".');
	const day = today.toISOString().slice(0, 10);
	switch (kind) {
		case 'news':
			return localeCodes.map((locale) => ({
				path: `news/${locale}/${day}-${key}.mdx`,
				text: mdx(
					[
						...ownLines(locale, input.title, key),
						`date: ${day}`,
						'# The countries the item is about (file names in content/countries/nb/), e.g. [norway]',
						'countries: []',
						'tags: []',
						'sources: []',
						`lastReviewed: ${day}`,
					],
					bodies(locale).text,
				),
			}));
		case 'page':
			return localeCodes.map((locale) => ({
				path: `pages/${locale}/${key}.mdx`,
				text: mdx(
					[...ownLines(locale, input.title, key), `lastReviewed: ${day}`, 'sources: []'],
					bodies(locale).page,
				),
			}));
		case 'country': {
			if (!input.code || !/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(input.code)) {
				throw new Error(
					`A country needs its ISO code: npm run new -- country ${JSON.stringify(input.title)} --key ${key} --code SE`,
				);
			}
			return localeCodes.map((locale) => ({
				path: `countries/${locale}/${key}.mdx`,
				text: mdx(
					[
						...ownLines(locale, input.title, key, 'name'),
						`code: ${input.code}`,
						'# Add snapshotDate: the date of the newest figure (not today), e.g. snapshotDate: 2025-06',
						'treatmentCourts: unknown',
						'yearStarted: null',
						'model: drug-treatment-court',
						'keyDates: []',
						'sources: []',
						`lastReviewed: ${day}`,
					],
					bodies(locale).text,
				),
			}));
		}
		case 'service': {
			const both = (source: string) =>
				`{ ${localeCodes.map((locale) => `${locale}: ${locale === defaultLocale ? source : "''"}`).join(', ')} }`;
			return [
				{
					path: `services/${key}.yaml`,
					text: [
						draftNote,
						`id: ${key}`,
						`name: ${both(JSON.stringify(input.title))}`,
						`description: ${both("''")}`,
						`organisation: ${both("''")}`,
						'category: helpline',
						'audience: [public]',
						'region: national',
						`howToAccess: ${both("''")}`,
						'sources: []',
						`compiledOn: ${day}`,
						'draft: true',
						'',
					].join('\n'),
				},
			];
		}
	}
}
