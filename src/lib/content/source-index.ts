import type { Source } from '../../schemas/common.ts';

/** A place on the site that cites a source. */
export interface SourceUse {
	label: string;
	url: string;
}

/** One source as cited somewhere on the site. */
export interface Citation {
	source: Source;
	usedOn: SourceUse;
}

export interface SourceGroup {
	/** The publisher's name, or `undefined` for sources without one. */
	publisher: string | undefined;
	sources: { source: Source; usedOn: SourceUse[] }[];
}

/**
 * Groups the site's citations by publisher for the sources page: one entry per source address,
 * listing every page that cites it. Publishers are sorted alphabetically, sources without one last.
 */
export function groupSources(citations: Citation[], locale: string): SourceGroup[] {
	const collator = new Intl.Collator(locale);
	const byUrl = new Map<string, { source: Source; usedOn: SourceUse[] }>();
	for (const { source, usedOn } of citations) {
		const existing = byUrl.get(source.url);
		if (!existing) {
			byUrl.set(source.url, { source, usedOn: [usedOn] });
		} else if (!existing.usedOn.some((use) => use.url === usedOn.url)) {
			existing.usedOn.push(usedOn);
		}
	}
	const groups = new Map<string | undefined, SourceGroup>();
	for (const item of byUrl.values()) {
		const publisher = item.source.publisher;
		if (!groups.has(publisher)) groups.set(publisher, { publisher, sources: [] });
		groups.get(publisher)!.sources.push(item);
	}
	for (const group of groups.values()) {
		group.sources.sort((a, b) => collator.compare(a.source.title, b.source.title));
		for (const item of group.sources)
			item.usedOn.sort((a, b) => collator.compare(a.label, b.label));
	}
	return [...groups.values()].sort((a, b) => {
		if (a.publisher === undefined) return 1;
		if (b.publisher === undefined) return -1;
		return collator.compare(a.publisher, b.publisher);
	});
}
