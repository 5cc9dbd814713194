import type { Page } from 'playwright-core';

/**
 * Words in the page's headings (or in the elements `selector` finds) that the browser split across
 * two lines anywhere but at a hyphen or a soft hyphen ("decriminalisatio / n", "20 / 16"), as
 * "word (tag)". Empty when every one reads well.
 */
export function wordsBrokenWithoutHyphen(page: Page, selector = 'h1, h2, h3'): Promise<string[]> {
	return page.evaluate((selector) => {
		const broken: string[] = [];
		for (const heading of document.querySelectorAll(selector)) {
			if (!(heading as HTMLElement).offsetParent) continue;
			const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/[^\s]+/g)) {
					const start = match.index!;
					const end = start + match[0].length;
					const range = document.createRange();
					range.setStart(node, start);
					range.setEnd(node, end);
					if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size < 2)
						continue;
					// Find where the line breaks: the first character on a lower line than the word's start.
					const top = (offset: number) => {
						const char = document.createRange();
						char.setStart(node!, offset);
						char.setEnd(node!, offset + 1);
						// A character just after a break also covers the end of the line before it: use its last box.
						const boxes = [...char.getClientRects()];
						return boxes.at(-1)?.top ?? char.getBoundingClientRect().top;
					};
					const firstTop = top(start);
					// Unused soft hyphens have no box of their own, so they are skipped while looking.
					let breakAt = start + 1;
					while (
						breakAt < end &&
						(text[breakAt] === '\u00AD' || Math.abs(top(breakAt) - firstTop) < 2)
					)
						breakAt += 1;
					const before = text[breakAt - 1];
					if (before !== '\u00AD' && before !== '-' && before !== '‑')
						broken.push(`${match[0].replaceAll('\u00AD', '')} (${heading.tagName.toLowerCase()})`);
				}
			}
		}
		return broken;
	}, selector);
}
