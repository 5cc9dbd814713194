import { z } from 'astro/zod';
import { dateSchema, slugSchema, sourceSchema, textSchema } from './common.ts';
import { serviceCategoryValues } from './service.ts';

/**
 * A question node: either a list of options, each leading to exactly one next node, or a county
 * question (`county: true`) whose every answer leads to `next`. The answer to a county question
 * never changes the route; it only pre-filters the outcome's directory link.
 */
export const flowQuestionSchema = z
	.strictObject({
		/** Option id → id of the next question or outcome. Options show in this order. */
		options: z
			.record(slugSchema, slugSchema, {
				error: 'expected option ids, each with the id of the next node',
			})
			.optional(),
		/** `true` makes this the county question: the options are the directory's counties. */
		county: z.literal(true, { error: 'expected true (or leave it out)' }).optional(),
		/** For a county question: the node every answer leads to. */
		next: slugSchema.optional(),
	})
	.superRefine((question, context) => {
		if (question.county) {
			if (question.options)
				context.addIssue({
					code: 'custom',
					path: ['options'],
					message: 'a county question (county: true) takes no options; remove them',
				});
			if (!question.next)
				context.addIssue({
					code: 'custom',
					path: ['next'],
					message: 'a county question needs "next": the node every answer leads to',
				});
		} else if (!question.options || Object.keys(question.options).length < 2) {
			context.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'a question needs at least two options, each with the id of the next node',
			});
		} else if (question.next) {
			context.addIssue({
				code: 'custom',
				path: ['next'],
				message: 'only county questions have "next"; put the next node on each option instead',
			});
		}
	});

/** An outcome node: where a path ends. Its words live in the locale files. */
export const flowOutcomeSchema = z.strictObject({
	/** File names of information pages to link to. Default: none. */
	pages: z.array(slugSchema).default([]),
	/** Directory categories for a pre-filtered link to the directory. Default: none. */
	directory: z
		.array(
			z.enum(serviceCategoryValues, {
				error: `expected one of: ${serviceCategoryValues.join(', ')}`,
			}),
		)
		.default([]),
	/**
	 * Services (file names in `content/services/`) whose phone numbers the outcome's text mentions
	 * ("call 113", "call a helpline"): shown as tap-to-call links under the steps. Default: none.
	 */
	helplines: z.array(slugSchema).default([]),
	/**
	 * Legal changes (file names in `content/legal-changes/`) that the outcome's text mentions:
	 * their status is shown with the outcome. Default: none.
	 */
	legalChanges: z.array(slugSchema).default([]),
	/** Show the drug court programme's phases. Default: `false`. */
	pathway: z.boolean({ error: 'expected true or false' }).default(false),
	/** Where the outcome's facts come from (kept here, beside the routing, because they do not change with the language). */
	sources: z.array(sourceSchema).min(1, { error: 'needs at least one source (title and url)' }),
});

/**
 * The routing of a decision flow: `content/flows/<flow>/flow.yaml`. Ids only, no words: the words
 * are in `content/flows/<flow>/<locale>.yaml`. Checked as a graph in `src/lib/flow/graph.ts`.
 */
export const flowSchema = z.strictObject({
	/** The first question's id. */
	start: slugSchema,
	/** The day an editor last checked the outcomes' facts against their sources. */
	lastReviewed: dateSchema,
	/** Question nodes by id, in the order their neutral page addresses are numbered. */
	questions: z.record(slugSchema, flowQuestionSchema),
	/** Outcome nodes by id, in the order their neutral page addresses are numbered. */
	outcomes: z.record(slugSchema, flowOutcomeSchema),
});

/** The words of one question in one language. */
export const flowQuestionTextSchema = z.strictObject({
	/** The question, as the page heading. */
	question: textSchema.meta({
		title: 'Spørsmål',
		description: 'Spørsmålet, som overskrift på siden.',
	}),
	/** A short explanation under the question. Optional. */
	hint: textSchema.optional().meta({
		title: 'Hjelpetekst',
		description: 'En kort forklaring under spørsmålet. Kan stå tom.',
	}),
	/** Option id → the answer as the reader sees it. County questions have none. */
	options: z.record(slugSchema, textSchema).optional().meta({
		title: 'Svar',
		description: 'Svarene slik leseren ser dem, i samme rekkefølge som i flow.yaml.',
	}),
});

/** The words of one outcome in one language. */
export const flowOutcomeTextSchema = z.strictObject({
	/**
	 * What the outcome is about, in neutral words ("Alcohol problems and the drug court
	 * programme"): its title in site search and the A–Z list, where "you" would not fit.
	 */
	topic: textSchema.meta({
		title: 'Emne',
		description: 'Hva svaret handler om, uten «du»: tittelen i søk og i A–Å-listen.',
	}),
	/** The outcome's heading. */
	title: textSchema.meta({ title: 'Overskrift', description: 'Overskriften på svarsiden.' }),
	/** Two or three sentences: what may apply, and why. */
	summary: textSchema.meta({
		title: 'Kort fortalt',
		description:
			'To eller tre setninger: hva som kan gjelde, og hvorfor. Veiviseren forklarer; den avgjør ikke.',
	}),
	/** What to do next, in order. */
	steps: z
		.array(textSchema)
		.min(1, { error: 'list at least one next step' })
		.meta({ title: 'Hva du kan gjøre nå', description: 'Neste steg, i rekkefølge. Minst ett.' }),
});

/** The words of a flow in one language: `content/flows/<flow>/<locale>.yaml`. */
export const flowTextSchema = z.strictObject({
	/** The explainer's name, as the start page heading. */
	title: textSchema.meta({
		title: 'Tittel',
		description: 'Veiviserens navn, som overskrift på startsiden.',
	}),
	/** One sentence for search results and link previews. */
	description: textSchema.max(200, { error: 'keep the description under 200 characters' }).meta({
		title: 'Beskrivelse',
		description: 'Én setning for søketreff og deling. Høyst 200 tegn.',
	}),
	/** Paragraphs on the start page: what it does, how long it takes, that nothing is stored. */
	intro: z.array(textSchema).min(1, { error: 'write at least one paragraph' }).meta({
		title: 'Innledning',
		description:
			'Avsnittene på startsiden: hva veiviseren gjør, hvor lang tid det tar, og at ingenting lagres.',
	}),
	/** Question texts by question id. */
	questions: z.record(slugSchema, flowQuestionTextSchema).meta({
		title: 'Spørsmål',
		description: 'Teksten til hvert spørsmål. Hvilke spørsmål som finnes, står i flow.yaml.',
	}),
	/** Outcome texts by outcome id. */
	outcomes: z.record(slugSchema, flowOutcomeTextSchema).meta({
		title: 'Svarsider',
		description: 'Teksten til hver svarside. Hvilke svar som finnes, står i flow.yaml.',
	}),
});

export type Flow = z.infer<typeof flowSchema>;
export type FlowQuestion = z.infer<typeof flowQuestionSchema>;
export type FlowOutcome = z.infer<typeof flowOutcomeSchema>;
export type FlowText = z.infer<typeof flowTextSchema>;
