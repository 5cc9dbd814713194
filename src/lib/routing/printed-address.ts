/**
 * The address printed on paper for a page of this site: the full address when the site's public
 * address is known (`SITE_URL`), else the path alone, so a printout never shows a local test
 * address such as `http://localhost:4321`.
 * @example printedAddress('/nb/finn-hjelp/', 'https://example.org') // 'https://example.org/nb/finn-hjelp/'
 * @example printedAddress('/nb/finn-hjelp/', undefined) // '/nb/finn-hjelp/'
 */
export function printedAddress(path: string, publicSiteUrl: string | undefined): string {
	return publicSiteUrl ? new URL(path, publicSiteUrl).href : path;
}
