/**
 * The components editors may use in MDX (src/components/mdx/index.ts provides them), each with
 * the props the content check verifies. A test keeps this list and index.ts equal.
 */
export const mdxComponentNames = [
	'CountryTimeline',
	'DirectoryLink',
	'FeedbackLink',
	'GlossaryList',
	'LegalReviews',
	'LegalStatus',
	'Phone',
	'ProgrammePhases',
	'SectionLink',
	'SiteLink',
	'SourceIndex',
	'Term',
] as const;

/** Sections `<SectionLink to="…">` can link to. */
export const sectionLinkTargets = ['explainer', 'explainer-overview', 'directory'] as const;

/**
 * HTML elements allowed in MDX text: plain text formatting only. Anything else either runs or
 * loads something (`<script>`, `<iframe>`, `<style>`) or bypasses the site's components.
 */
export const allowedHtmlElements = ['abbr', 'br', 'em', 'strong', 'sub', 'sup', 'span', 'small'];

/** HTML elements that run or load things: never allowed in content. */
export const unsafeHtmlElements = [
	'script',
	'style',
	'iframe',
	'frame',
	'object',
	'embed',
	'link',
	'meta',
	'base',
	'form',
	'input',
	'button',
	'img',
	'video',
	'audio',
	'svg',
];
