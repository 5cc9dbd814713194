/** One page of each kind, per locale: what the benchmark measures. */
export const templates: { name: string; paths: Record<'nb' | 'en', string> }[] = [
	{ name: 'home', paths: { nb: '/nb/', en: '/en/' } },
	{ name: 'article', paths: { nb: '/nb/narkotikaprogrammet/', en: '/en/drug-court-programme/' } },
	{ name: 'explainer', paths: { nb: '/nb/veiviser/', en: '/en/pathway-explainer/' } },
	{ name: 'directory', paths: { nb: '/nb/finn-hjelp/', en: '/en/find-help/' } },
	{
		name: 'category',
		paths: { nb: '/nb/finn-hjelp/kategori/rettshjelp/', en: '/en/find-help/category/legal-aid/' },
	},
	{ name: 'service', paths: { nb: '/nb/finn-hjelp/jussbuss/', en: '/en/find-help/jussbuss/' } },
	{ name: 'country overview', paths: { nb: '/nb/land/', en: '/en/countries/' } },
	{ name: 'country', paths: { nb: '/nb/land/portugal/', en: '/en/countries/portugal/' } },
	{ name: 'news list', paths: { nb: '/nb/nyheter/', en: '/en/news/' } },
	{
		name: 'news item',
		paths: { nb: '/nb/nyheter/hoyesterett-2022/', en: '/en/news/supreme-court-2022/' },
	},
	{ name: 'search', paths: { nb: '/nb/sok/', en: '/en/search/' } },
	// Not an article to read through but the index of every source (some 300): the heaviest page.
	{ name: 'sources index', paths: { nb: '/nb/kilder/', en: '/en/sources/' } },
];

/** A query per locale for measuring what the first search loads. */
export const firstQuery = { nb: 'fengsel', en: 'prison' } as const;
