import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages, distDir } from '../support/dist.ts';

// The rules and the two reasoned exceptions are in .htmlvalidate.mjs.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

test.each(builtPages())('$path is valid HTML', async ({ file }) => {
	const report = await htmlvalidate.validateFile(join(distDir, file));
	const messages = report.results.flatMap((result) =>
		result.messages.map(
			(message) => `${message.ruleId} at ${message.selector}: ${message.message}`,
		),
	);
	expect(messages).toEqual([]);
});
