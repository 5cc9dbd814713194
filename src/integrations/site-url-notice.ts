import type { AstroIntegration } from 'astro';
import { siteUrl } from '../site.config.ts';

/**
 * Ends a build without `SITE_URL` by saying so: canonical links, `hreflang`, the sitemap, the RSS
 * feeds and the feedback address then name `http://localhost:4321`, which is right for trying the
 * site out and wrong for publishing it.
 */
export function siteUrlNotice(): AstroIntegration {
	return {
		name: 'site-url-notice',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (process.env.SITE_URL) return;
				logger.warn(
					`SITE_URL is not set, so canonical links, hreflang, the sitemap, the RSS feeds and the ` +
						`feedback address use ${siteUrl}. Before publishing, build with the public address: ` +
						'SITE_URL=https://example.org npm run build',
				);
			},
		},
	};
}
