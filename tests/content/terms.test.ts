import { expect, test } from 'vitest';
import { localeCodes } from '~/i18n/locales.ts';
import { termIdsIn } from '~/lib/content/terms.ts';
import { validateContent } from '~/lib/content/validate-content.ts';

const { entries } = validateContent('content');
const glossary = new Map(
	entries.filter((entry) => entry.collection === 'glossary').map((entry) => [entry.key, entry]),
);

test('every <Term> id in the content exists in the glossary, in every language', () => {
	const used = entries.flatMap((entry) =>
		termIdsIn(entry.body).map((id) => ({ id, file: entry.file })),
	);
	expect(used.length).toBeGreaterThan(0);
	for (const { id, file } of used) {
		const term = glossary.get(id)?.parsed.term as Record<string, string> | undefined;
		expect(term, `${file} uses <Term id="${id}">`).toBeDefined();
		for (const locale of localeCodes) expect(term![locale], `${id} in ${locale}`).toBeTruthy();
	}
});
