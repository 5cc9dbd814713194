import type { Page } from 'playwright-core';

/**
 * Presses the explainer's "Continue" and waits for the next step: the island renders it and moves
 * focus to its heading. Two questions in a row can share an answer label ("Yes"), so answering
 * before the next step is there would answer the old one again.
 */
export async function continueToNextStep(page: Page, continueLabel: string) {
	const before = await page.locator('.explainer h1').first().textContent();
	await page.getByRole('button', { name: continueLabel }).click();
	await page.waitForFunction(
		(heading) =>
			document.activeElement?.tagName === 'H1' && document.activeElement.textContent !== heading,
		before,
	);
}
