import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import {
	collectionSources,
	contentDirectory,
	withoutExtension,
	type CollectionSource,
} from './schemas/collections.ts';
import { withoutEmptyFields } from './lib/content-check/empty-fields.ts';
import { isPublishedFile } from './lib/content-check/publication.ts';

/**
 * Drafts and untranslated twins (marked, or with no words of their own yet) are checked by the content check (which lets them leave fields
 * empty) and never published, so Astro does not load them at all: a half-written file cannot
 * break the build.
 */
function publishedOnly(loader: Loader, source: CollectionSource): Loader {
	const { schema } = source;
	// A twin's language is its folder: `nn/about` is the Nynorsk twin of `about`.
	const localeOf = (id: string) => (source.localized ? id.split('/')[0] : undefined);
	return {
		name: loader.name,
		load: (context) =>
			loader.load({
				...context,
				parseData: (props) =>
					isPublishedFile(props.data, localeOf(props.id))
						? context.parseData({ ...props, data: withoutEmptyFields(props.data, schema) })
						: Promise.resolve(props.data),
				store: new Proxy(context.store, {
					get(target, property, receiver) {
						if (property === 'set')
							return (entry: { id: string; data: unknown }) =>
								isPublishedFile(entry.data, localeOf(entry.id))
									? target.set(entry as never)
									: (target.delete(entry.id), false);
						const value = Reflect.get(target, property, receiver);
						return typeof value === 'function' ? value.bind(target) : value;
					},
				}),
			}),
	};
}

// Ids keep the locale folder and file name ("nb/for-families"); the loader's default would
// take a frontmatter `slug` instead and lose the locale that pairs twins.
function loaderFor(source: CollectionSource) {
	return publishedOnly(
		glob({
			base: `${contentDirectory()}/${source.base}`,
			pattern: source.pattern,
			generateId: ({ entry }) => withoutExtension(entry),
		}),
		source,
	);
}

const {
	pages,
	news,
	countries,
	services,
	glossary,
	flows,
	flowCriteria,
	flowTexts,
	legalChanges,
	programme,
} = collectionSources;

export const collections = {
	pages: defineCollection({ loader: loaderFor(pages), schema: pages.schema }),
	news: defineCollection({ loader: loaderFor(news), schema: news.schema }),
	countries: defineCollection({ loader: loaderFor(countries), schema: countries.schema }),
	services: defineCollection({ loader: loaderFor(services), schema: services.schema }),
	glossary: defineCollection({ loader: loaderFor(glossary), schema: glossary.schema }),
	flows: defineCollection({ loader: loaderFor(flows), schema: flows.schema }),
	flowCriteria: defineCollection({
		loader: loaderFor(flowCriteria),
		schema: flowCriteria.schema,
	}),
	flowTexts: defineCollection({ loader: loaderFor(flowTexts), schema: flowTexts.schema }),
	legalChanges: defineCollection({
		loader: loaderFor(legalChanges),
		schema: legalChanges.schema,
	}),
	programme: defineCollection({ loader: loaderFor(programme), schema: programme.schema }),
};
