import lighthouse from 'lighthouse';

/** Lighthouse's four categories (0–100) and the four metrics (ms; CLS unitless) for one page. */
export interface LighthouseResult {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

/** Runs Lighthouse with its defaults (mobile, simulated throttling) on a Chromium listening on `port`. */
export async function lighthouseScores(url: string, port: number): Promise<LighthouseResult> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { categories, audits } = result.lhr;
	const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
	const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		fcpMs: Math.round(metric('first-contentful-paint')),
		lcpMs: Math.round(metric('largest-contentful-paint')),
		tbtMs: Math.round(metric('total-blocking-time')),
		cls: Number(metric('cumulative-layout-shift').toFixed(3)),
	};
}
