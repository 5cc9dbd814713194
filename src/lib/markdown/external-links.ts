import { defineHastPlugin } from 'satteri';

/**
 * Every link in Markdown and MDX text to another site gets rel="noopener noreferrer": that site
 * learns nothing about the page the reader came from, and gets no handle on it. A plugin of
 * Sätteri, Astro's Markdown processor, so both kinds of file get it from one place.
 */
export const externalLinkRel = defineHastPlugin({
	name: 'external-link-rel',
	element: {
		filter: ['a'],
		visit(node, context) {
			const href = node.properties?.href;
			if (typeof href === 'string' && /^https?:\/\//.test(href))
				context.setProperty(node, 'rel', ['noopener', 'noreferrer']);
		},
	},
});
