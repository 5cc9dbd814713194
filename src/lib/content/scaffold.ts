import { localeCodes } from '../../i18n/locales.ts';
import { slugify } from './slugify.ts';

/** What `npm run new` can create. */
export const scaffoldKinds = ['news', 'page', 'country', 'service'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** A file to create: its path under the content folder and its text. */
export interface ScaffoldFile {
	path: string;
	text: string;
}

const draftNote =
	'# A draft: checked by the build, not published. Fill in every field, add sources, then delete "draft: true".';

function mdx(frontmatter: string[], body: string): string {
	return ['---', draftNote, ...frontmatter, 'draft: true', '---', '', body, ''].join('\n');
}

/**
 * The files for a new entry in every locale, with valid frontmatter, today's date and a file name
 * made from the title. Everything is marked as a draft until an editor has written it.
 * @example scaffold('news', 'Rusreform på nytt', new Date('2026-11-23')) // news/nb/2026-11-23-rusreform-pa-nytt.mdx, …
 */
export function scaffold(
	kind: ScaffoldKind,
	title: string,
	today: Date,
	options: { code?: string } = {},
): ScaffoldFile[] {
	const slug = slugify(title);
	if (!slug)
		throw new Error(`The title "${title}" has no letters or digits to make a file name from.`);
	const day = today.toISOString().slice(0, 10);
	const quoted = JSON.stringify(title);
	switch (kind) {
		case 'news':
			return localeCodes.map((locale) => ({
				path: `news/${locale}/${day}-${slug}.mdx`,
				text: mdx(
					[
						`title: ${quoted}`,
						`description: ${quoted}`,
						`date: ${day}`,
						`slug: ${slug}`,
						'countries: [norway]',
						'tags: []',
						'sources: []',
						`lastReviewed: ${day}`,
					],
					'Skriv saken her, med korte setninger. / Write the story here, in short sentences.',
				),
			}));
		case 'page':
			return localeCodes.map((locale) => ({
				path: `pages/${locale}/${slug}.mdx`,
				text: mdx(
					[
						`title: ${quoted}`,
						`description: ${quoted}`,
						`slug: ${slug}`,
						`lastReviewed: ${day}`,
						'sources: []',
					],
					'## Kort fortalt / In short\n\nSkriv teksten her. / Write the text here.',
				),
			}));
		case 'country': {
			if (!options.code || !/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(options.code)) {
				throw new Error(`A country needs its ISO code: npm run new -- country ${quoted} --code SE`);
			}
			return localeCodes.map((locale) => ({
				path: `countries/${locale}/${slug}.mdx`,
				text: mdx(
					[
						`name: ${quoted}`,
						`code: ${options.code}`,
						`description: ${quoted}`,
						`slug: ${slug}`,
						`snapshotDate: ${day}`,
						'treatmentCourts: unknown',
						'yearStarted: null',
						'model: drug-treatment-court',
						'keyDates: []',
						'sources: []',
						`lastReviewed: ${day}`,
					],
					'Skriv oppsummeringen her. / Write the summary here.',
				),
			}));
		}
		case 'service':
			return [
				{
					path: `services/${slug}.yaml`,
					text: [
						draftNote,
						`id: ${slug}`,
						`name: { nb: ${quoted}, en: ${quoted} }`,
						`description: { nb: ${quoted}, en: ${quoted} }`,
						`organisation: { nb: ${quoted}, en: ${quoted} }`,
						'category: helpline',
						'audience: [public]',
						'region: national',
						`howToAccess: { nb: ${quoted}, en: ${quoted} }`,
						'sources: []',
						`verifiedOn: ${day}`,
						'draft: true',
						'',
					].join('\n'),
				},
			];
	}
}
