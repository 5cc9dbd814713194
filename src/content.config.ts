import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	collectionSources,
	contentDirectory,
	type CollectionSource,
} from './schemas/collections.ts';

// Ids keep the locale folder and file name ("nb/for-families"); the loader's default would
// take a frontmatter `slug` instead and lose the locale that pairs twins.
function loaderFor(source: CollectionSource) {
	return glob({
		base: `${contentDirectory()}/${source.base}`,
		pattern: source.pattern,
		generateId: ({ entry }) => entry.replace(/\.(mdx|yaml)$/, ''),
	});
}

const { pages, news, countries, services, glossary, flows, flowTexts, legalChanges, programme } =
	collectionSources;

export const collections = {
	pages: defineCollection({ loader: loaderFor(pages), schema: pages.schema }),
	news: defineCollection({ loader: loaderFor(news), schema: news.schema }),
	countries: defineCollection({ loader: loaderFor(countries), schema: countries.schema }),
	services: defineCollection({ loader: loaderFor(services), schema: services.schema }),
	glossary: defineCollection({ loader: loaderFor(glossary), schema: glossary.schema }),
	flows: defineCollection({ loader: loaderFor(flows), schema: flows.schema }),
	flowTexts: defineCollection({ loader: loaderFor(flowTexts), schema: flowTexts.schema }),
	legalChanges: defineCollection({ loader: loaderFor(legalChanges), schema: legalChanges.schema }),
	programme: defineCollection({ loader: loaderFor(programme), schema: programme.schema }),
};
