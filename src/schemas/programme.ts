import { z } from 'astro/zod';
import { dateSchema, localizedTextSchema, slugSchema, sourcesSchema } from './common.ts';

/**
 * One phase of the drug court programme. A phase has no summary of its own: the sources give no fixed
 * content per phase (it is set for each person in the implementation plan, see `movingOn`).
 */
export const phaseSchema = z.strictObject({
	/** Stable identifier, e.g. `stabilisation`. */
	id: slugSchema,
	/** The phase's name as readers see it, in each language. */
	name: localizedTextSchema,
	/**
	 * The legal name in Bokmål and, where the sources give one, Nynorsk, shown on every language's
	 * page so readers recognise it in their papers; other languages show the Bokmål name.
	 */
	norwegianName: localizedTextSchema,
});

/**
 * The drug court programme's pathway: `content/programme/pathway.yaml`. Feeds the phase path on the
 * programme page and in the explainer's outcomes. All languages sit in the one file.
 */
export const programmeSchema = z.strictObject({
	/** The phases, in the order a participant goes through them. */
	phases: z.array(phaseSchema).min(1, { error: 'list the phases in order' }),
	/** What moves a participant from one phase to the next. */
	movingOn: localizedTextSchema,
	/** What can happen when a participant breaks the conditions. */
	breach: localizedTextSchema,
	/** What it means to finish the programme. */
	completion: localizedTextSchema,
	/** Where these facts come from. */
	sources: sourcesSchema,
	/** The day an editor last checked the facts against the sources. */
	lastReviewed: dateSchema,
});

export type ProgrammeData = z.infer<typeof programmeSchema>;
export type Phase = z.infer<typeof phaseSchema>;
