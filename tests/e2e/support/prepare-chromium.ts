import { findChromium } from '../../../scripts/lib/chromium.ts';

/**
 * Finds Chromium once, before the browser test files start two at a time. Without a system
 * Chromium, the first use of @sparticuz/chromium unpacks it into the temporary folder, and two
 * files starting at once would each find the other's half-written browser.
 */
export default async function prepareChromium(): Promise<void> {
	await findChromium();
}
