import { defineHastPlugin } from 'satteri';

/**
 * The links editors write in Markdown and MDX text (`[text](address)`), as a plugin of Sätteri,
 * Astro's Markdown processor, so both kinds of file get them from one place:
 * - a link to another site gets rel="noopener noreferrer": that site learns nothing about the page
 *   the reader came from, and gets no handle on it;
 * - a link to a page of this site (`/nb/personvern/`, as the content check knows the addresses)
 *   gets the deploy base in front (`/portal/nb/personvern/`), as the site's own links do.
 * @param base the deploy base path, `/` or `/portal/`
 */
export function contentLinks(base: string) {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	const prefix = trimmed ? `/${trimmed}` : '';
	return defineHastPlugin({
		name: 'content-links',
		element: {
			filter: ['a'],
			visit(node, context) {
				const href = node.properties?.href;
				if (typeof href !== 'string') return;
				if (/^https?:\/\//.test(href)) context.setProperty(node, 'rel', ['noopener', 'noreferrer']);
				else if (prefix && href.startsWith('/') && !href.startsWith('//'))
					context.setProperty(node, 'href', `${prefix}${href}`);
			},
		},
	});
}
