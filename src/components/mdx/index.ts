import FeedbackLink from './FeedbackLink.astro';
import SiteLink from './SiteLink.astro';

/** Components editors can use in any MDX file without importing them. */
export const mdxComponents = { FeedbackLink, SiteLink };
