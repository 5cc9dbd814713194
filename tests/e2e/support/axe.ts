import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels Norwegian public sites must meet: 2.0 and 2.1, A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

const runOptions: RunOptions = {
	runOnly: { type: 'tag', values: wcagTags },
	// Only violations are read, so axe need not describe every passing node.
	resultTypes: ['violations'],
};

/**
 * Runs axe on the page as it is now and returns violations in a readable form (empty when clean).
 *
 * axe-core is run in the page directly rather than through @axe-core/playwright: its AxeBuilder
 * injects axe's 550 KB again on every call and walks the page's frames, and the site has no
 * frames. Injected once per document, a check of an explainer step takes some 50 ms instead of
 * 250 ms, which is most of the browser tests' time (they run axe on every page and every step).
 * Playwright evaluates through the DevTools protocol, so the page's CSP does not apply.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	// axe runs in the top document only; a frame would go unchecked, so there must be none.
	if (page.frames().length > 1)
		throw new Error(`${page.url()} has a frame, which axe here does not check`);
	const injected = await page.evaluate(
		() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function',
	);
	if (!injected) await page.evaluate(axeSource);
	const results = await page.evaluate(
		(options) =>
			(window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
				document,
				options,
			),
		runOptions,
	);
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')}`,
	);
}
