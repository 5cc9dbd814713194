import { z } from 'astro/zod';
import { localizedTextSchema, sourceSchema } from './common.ts';

/**
 * One glossary term: `content/glossary/<id>.yaml`, with both languages in the file, so the
 * folder doubles as the nb↔en term list for translators. Body text links to it with `<Term id="…" />`.
 */
export const glossarySchema = z.strictObject({
	/** The term as readers meet it, in each language. */
	term: localizedTextSchema,
	/** One or two plain sentences that explain it. */
	definition: localizedTextSchema,
	/** Where the definition's facts come from. Default: none (plain-language explanations). */
	sources: z.array(sourceSchema).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
