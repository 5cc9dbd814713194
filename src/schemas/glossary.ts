import { z } from 'astro/zod';
import { localizedTextSchema, sourceSchema } from './common.ts';

/**
 * One glossary term: `content/glossary/<id>.yaml`, with every language in the file, so the
 * folder doubles as the nb↔en term list for translators. Body text links to it with `<Term id="…" />`.
 */
export const glossarySchema = z.strictObject({
	/** The term as readers meet it, in each language. */
	term: localizedTextSchema.meta({
		title: 'Ord',
		description: 'Ordet slik leserne møter det, med liten forbokstav hvis det ikke er et navn.',
	}),
	/** One or two plain sentences that explain it. */
	definition: localizedTextSchema.meta({
		title: 'Forklaring',
		description: 'Én eller to enkle setninger som forklarer ordet.',
	}),
	/** Where the definition's facts come from. Default: none (plain-language explanations). */
	sources: z.array(sourceSchema).default([]).meta({
		title: 'Kilder',
		description: 'Hvor forklaringen kommer fra. Kan stå tom for enkle forklaringer av vanlige ord.',
	}),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
