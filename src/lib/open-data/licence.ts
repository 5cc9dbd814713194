/** The licence the open data files are published under: the Norwegian Licence for Open Government Data. */
export const openDataLicence = {
	name: 'Norsk lisens for offentlige data (NLOD) 2.0',
	url: {
		nb: 'https://data.norge.no/nlod/no/2.0',
		en: 'https://data.norge.no/nlod/en/2.0',
	} as Record<string, string>,
};

/** Where the open data files are, under the site's base path. */
export const openDataFiles = {
	servicesJson: 'data/services.json',
	servicesCsv: 'data/services.csv',
	countriesJson: 'data/countries.json',
	countriesCsv: 'data/countries.csv',
	seriesCsv: 'data/country-series.csv',
} as const;
