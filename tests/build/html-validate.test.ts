import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import projectRules from '../../.htmlvalidate.mjs';
import { builtPages, distDir, problemsByPage } from '../support/dist.ts';

// The rules and the reasoned exceptions are in .htmlvalidate.mjs, given here directly: looked up
// beside each file, they would not be found for a build outside the project (DIST_DIR).
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(projectRules));

test('every page is valid HTML', async () => {
	const pages = await Promise.all(
		builtPages().map(async (page) => {
			const report = await htmlvalidate.validateFile(join(distDir, page.file));
			const messages = report.results.flatMap((result) =>
				result.messages.map(
					(message) => `${message.ruleId} at ${message.selector}: ${message.message}`,
				),
			);
			return { ...page, messages };
		}),
	);
	expect(pages.length).toBeGreaterThan(300);
	expect(problemsByPage(pages, ({ messages }) => messages)).toEqual({});
});
