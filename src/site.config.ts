/**
 * Settings a deployment may change. Set them as environment variables when building:
 * `SITE_URL=https://example.org BASE_PATH=/portal/ FEEDBACK_EMAIL=redaksjon@example.org npm run build`.
 */

/** The public address of the site, without the base path; unset when trying the site out. */
export const publicSiteUrl = process.env.SITE_URL || undefined;

/** The site's address for canonical links, feeds and the sitemap: the public one, else the local one. */
export const siteUrl = publicSiteUrl ?? 'http://localhost:4321';

/**
 * Where readers report errors in content or listings. Defaults to a mailbox on the site's own domain,
 * so a deployment never sends reports to someone else's; set `FEEDBACK_EMAIL` to use another.
 */
export const feedbackEmail =
	process.env.FEEDBACK_EMAIL ?? `tilbakemelding@${new URL(siteUrl).hostname}`;

/**
 * The day the site is built. Statuses of legal changes warn readers when their last check is more
 * than six months before it, so a deployment should be rebuilt at least once a month.
 */
export const buildDate = new Date();
