import { z } from 'astro/zod';

/**
 * Every UI string key, with what it is for. `src/i18n/<locale>.json` must hold exactly these keys,
 * none empty. Keys are flat and dotted: `area.thing.purpose`; `*.accessibleLabel` names an aria label;
 * plurals add i18next's `_one` / `_other` suffixes.
 */
export const uiStringDescriptions = {
	'locale.name': "The language's own name, shown in the language switcher.",
	'site.name': 'The site name in the header and in every page title.',
	'site.tagline': 'A short line under the site name in the header.',
	'skipLink.label': 'The skip link that jumps past the header to the main content.',
	'header.homeLink.accessibleLabel': 'Accessible name of the site-name link. {{siteName}}: the site name.',
	'nav.accessibleLabel': 'Accessible name of the main navigation landmark.',
	'languageSwitcher.accessibleLabel': 'Accessible name of the language switcher navigation.',
	'languageSwitcher.untranslated':
		'Added after a language name in the switcher when the page has no translation in it.',
	'breadcrumbs.accessibleLabel': 'Accessible name of the breadcrumb navigation.',
	'breadcrumbs.home': 'First breadcrumb, linking to the home page.',
	'footer.accessibleLabel': 'Accessible name of the footer navigation.',
	'footer.about': 'Footer link to the about page.',
	'footer.sources': 'Footer link to the list of sources.',
	'footer.accessibility': 'Footer link to the accessibility statement.',
	'footer.privacy': 'Footer link to the privacy page.',
	'footer.notLegalAdvice': 'One-line reminder in the footer that the site is not legal advice.',
	'page.lastReviewed': 'Shown on factual pages. {{date}}: the localised last-reviewed date.',
	'page.sourcesHeading': "Heading of a page's list of sources.",
	'page.legalNotice': 'Notice on pages a reader might act on: general information, not legal advice.',
	'notice.fallback': 'Shown on a page that is not translated yet and shows the source text instead.',
	'notice.outdated':
		'Shown when the twin page was reviewed after this one. {{date}}: when the twin was reviewed.',
	'notice.outdatedLink': 'Link from the outdated notice to the newer twin page.',
	'home.title': "The home page's heading and title.",
	'home.description': "The home page's meta description.",
	'home.intro.what': 'Home page, sentence 1 of 3: what the site is about.',
	'home.intro.who': 'Home page, sentence 2 of 3: who it is for.',
	'home.intro.not': 'Home page, sentence 3 of 3: it explains, it does not decide.',
	'home.audiences.heading': 'Heading over the audience routes on the home page.',
	'home.audience.public.heading': 'Route for the general public: heading.',
	'home.audience.public.text': 'Route for the general public: one sentence.',
	'home.audience.defendants.heading': 'Route for people with a criminal case: heading.',
	'home.audience.defendants.text': 'Route for people with a criminal case: one sentence.',
	'home.audience.families.heading': 'Route for families and next of kin: heading.',
	'home.audience.families.text': 'Route for families and next of kin: one sentence.',
	'home.audience.editors.heading': 'Route for the site\'s editors: heading.',
	'home.audience.editors.text': "Route for the site's editors: one sentence.",
	'root.title': 'Title of the language choice page at `/`.',
	'root.heading': 'Heading of the language choice page, in this language.',
	'root.continue': 'Link on the language choice page that continues in this language.',
	'notFound.title': 'Heading and title of the 404 page.',
	'notFound.text': 'Explanation on the 404 page.',
	'notFound.homeLink': 'Link from the 404 page to the home page.',
	'terms.heading': 'Heading of the list of glossary terms used on a page, at its foot.',
	'terms.glossaryLink': 'Link from a page\'s term list to the full glossary.',
	'pathway.accessibleLabel': 'Accessible name of the list of programme phases.',
	'pathway.phaseNumber': 'Number of a phase, read by screen readers. {{number}}: 1 to 4.',
	'pathway.movingOn': 'Heading: how a participant moves on to the next phase.',
	'pathway.breach': 'Heading: what happens when a participant breaks the conditions.',
	'pathway.completion': 'Heading: what finishing the programme means.',
	'timeline.asOf': 'Under a timeline. {{date}}: the day the timeline was last reviewed.',
	'sourceIndex.usedOn': 'Before the list of pages that cite a source, on the sources page.',
	'sourceIndex.otherPublishers': 'Group heading on the sources page for sources without a named publisher.',
	'nav.programme': 'Main navigation link to the drug court programme page.',
	'nav.defendants': 'Main navigation link to the page for people with a criminal case.',
	'nav.families': 'Main navigation link to the page for families and friends.',
	'nav.reform': 'Main navigation link to the drug reform page.',
	'footer.glossary': 'Footer link to the glossary.',
	'footer.editors': 'Footer link to the page for editors.',
} as const;

export type UiStringKey = keyof typeof uiStringDescriptions;

const uiStringSchema = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, { error: 'must not be empty' });

/** Parses one locale's UI strings: every declared key present, non-empty, and no unknown keys. */
export const uiStringsSchema = z.strictObject(
	Object.fromEntries(
		Object.entries(uiStringDescriptions).map(([key, description]) => [
			key,
			uiStringSchema.meta({ description }),
		]),
	) as Record<UiStringKey, typeof uiStringSchema>,
);

export type UiStrings = z.infer<typeof uiStringsSchema>;
