import { z } from 'astro/zod';
import { dateSchema, localizedTextSchema, slugSchema, sourceSchema } from './common.ts';

/** One criterion the court applies, with what it rests on. */
export const flowCriterionSchema = z.strictObject({
	/**
	 * What the court checks, in each language, as surely as the sources say it (name a lawyer's
	 * site as such). For editors and the review pack; readers see the words files' `criteria`.
	 */
	rule: localizedTextSchema.meta({
		title: 'Vilkåret',
		description: 'Hva retten sjekker, så sikkert som kildene sier det.',
	}),
	/**
	 * `true` when every path to an outcome that says the programme may be an option must settle
	 * this criterion with an answer; `false` when the court checks it and the explainer may leave
	 * it open (the outcome then lists it as something the court will check).
	 */
	askedOnEveryPath: z.boolean({ error: 'expected true or false' }).meta({
		title: 'Spørres på alle veier',
		description:
			'Sant når veiviseren må ha spurt om dette før den sier at programmet kan være aktuelt.',
	}),
	/**
	 * The most an outcome may claim when the reader was not sure about this criterion: `may-fit`,
	 * or `exception` where not knowing could hide an excluded case (not knowing what kind of crime
	 * it was is not enough to say the programme may fit).
	 */
	whenUnsure: z.enum(['may-fit', 'exception'], { error: 'expected may-fit or exception' }).meta({
		title: 'Ved «usikker»',
		description:
			'Det meste et resultat kan si når leseren er usikker på dette vilkåret: may-fit (kan være aktuelt) eller exception (bare som unntak).',
	}),
	/** `true` to list it under "What the court will check" on outcomes about the programme. */
	listedForReaders: z.boolean({ error: 'expected true or false' }).meta({
		title: 'Vises for leseren',
		description: 'Sant når vilkåret skal stå i lista «Dette sjekker retten».',
	}),
	/** Where the rule comes from: the law, a court, an official page; a lawyer's site only if named as such in `rule`. */
	sources: z.array(sourceSchema).min(1, { error: 'needs at least one source (title and url)' }),
});

/**
 * The criteria a court applies before it sentences someone to the drug court programme:
 * `content/flows/<flow>/criteria.yaml`. Every question in `flow.yaml` says which criterion it
 * settles and every answer where it leaves it; the build walks every path and checks each
 * outcome's `programme` claim against them (`src/lib/flow/criteria.ts`).
 */
export const flowCriteriaSchema = z.strictObject({
	/** The day an editor last checked every rule against its sources. */
	lastReviewed: dateSchema,
	/** Criterion id → the criterion, in the order outcomes list them for readers. */
	criteria: z.record(slugSchema, flowCriterionSchema),
});

export type FlowCriterion = z.infer<typeof flowCriterionSchema>;
export type FlowCriteria = z.infer<typeof flowCriteriaSchema>;
