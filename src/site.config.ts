/**
 * Settings a deployment may change. Set them as environment variables when building:
 * `SITE_URL=https://example.org BASE_PATH=/portal/ FEEDBACK_EMAIL=redaksjon@example.org npm run build`.
 */

/** The public address of the site, without the base path. */
export const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';

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
