import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import projectRules from '../../.htmlvalidate.mjs';
import { builtPages, distDir } from '../support/dist.ts';

// The rules and the reasoned exceptions are in .htmlvalidate.mjs, given here directly: looked up
// beside each file, they would not be found for a build outside the project (DIST_DIR).
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(projectRules));

test.each(builtPages())('$path is valid HTML', async ({ file }) => {
	const report = await htmlvalidate.validateFile(join(distDir, file));
	const messages = report.results.flatMap((result) =>
		result.messages.map(
			(message) => `${message.ruleId} at ${message.selector}: ${message.message}`,
		),
	);
	expect(messages).toEqual([]);
});
