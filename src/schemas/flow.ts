import { z } from 'astro/zod';
import { dateSchema, reviewSchema, slugSchema, sourceSchema, textSchema } from './common.ts';
import { serviceCategoryValues } from './service.ts';

/**
 * Where an answer leaves the criterion its question settles (`criteria.yaml`): `met`, `unsure`
 * (the reader does not know; the court will check), `exception` (met only as an exception the
 * court must find), `not-met`, `asked-next` (the next question settles it more exactly), or
 * `other-route` (the answer leads away from the programme, to rules of its own, and settles
 * nothing).
 */
export const criterionStatusValues = [
	'met',
	'unsure',
	'exception',
	'not-met',
	'asked-next',
	'other-route',
] as const;

/**
 * What an outcome says about the drug court programme for the reader, which the build checks
 * against every path to it: `may-fit` (it may be an option), `exception` (only as an exception),
 * `not-for-you` (it is not an option), `other` (the outcome is about another route).
 */
export const programmeClaimValues = ['may-fit', 'exception', 'not-for-you', 'other'] as const;

/** One answer: the next node, and where the answer leaves the question's criterion. */
export const flowOptionSchema = z.strictObject({
	/** The id of the next question or outcome. */
	next: slugSchema,
	/** Where this answer leaves the criterion the question `settles`. */
	status: z.enum(criterionStatusValues, {
		error: `expected one of: ${criterionStatusValues.join(', ')}`,
	}),
});

/**
 * A question node: either a list of options, each leading to exactly one next node and saying
 * where it leaves the criterion the question `settles`, or a county question (`county: true`)
 * whose every answer leads to `next`. The answer to a county question never changes the route; it
 * only pre-filters the outcome's directory link.
 */
export const flowQuestionSchema = z
	.strictObject({
		/** The criterion (an id in `criteria.yaml`) every option of this question settles. */
		settles: slugSchema.optional(),
		/**
		 * The id of the question whose words this one shows, when the same question is asked on
		 * several branches (each branch needs its own page, so that the outcome knows the branch).
		 * Default: its own id.
		 */
		asks: slugSchema.optional(),
		/** Option id → `{ next, status }`. Options show in this order. */
		options: z
			.record(slugSchema, flowOptionSchema, {
				error: 'expected option ids, each with { next: <node id>, status: <status> }',
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
		} else {
			if (question.next)
				context.addIssue({
					code: 'custom',
					path: ['next'],
					message: 'only county questions have "next"; put the next node on each option instead',
				});
			if (!question.settles)
				context.addIssue({
					code: 'custom',
					path: ['settles'],
					message: 'a question needs "settles": the criterion in criteria.yaml its answers settle',
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
	/** What the outcome says about the programme for the reader; checked against every path to it. */
	programme: z.enum(programmeClaimValues, {
		error: `expected one of: ${programmeClaimValues.join(', ')}`,
	}),
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
	/** Reviews of the explainer that happened (role, date, what was read). Default: none. */
	reviews: z.array(reviewSchema).default([]),
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
	/**
	 * What it means that the reader was not sure: shown under the outcome with JavaScript. Required
	 * when an answer to the question leaves its criterion `unsure`.
	 */
	unsure: textSchema.optional().meta({
		title: 'Når leseren er usikker',
		description:
			'Hva det betyr at leseren svarte «usikker» her. Vises under resultatet. Må fylles ut når et svar er «usikker».',
	}),
	/**
	 * Option id → a question the reader can take to their defence lawyer when they gave that answer.
	 * Required for answers that leave the criterion `unsure` or `exception` (checked by the build).
	 */
	// Any option may have one, so each is optional (the form shows every option's field).
	lawyerQuestions: z.record(slugSchema, textSchema.optional()).optional().meta({
		title: 'Spørsmål til forsvareren, per svar',
		description:
			'Svar-id → et spørsmål leseren kan ta med til forsvareren sin når hen har svart slik. Må fylles ut for svar som er «usikker» eller «unntak».',
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
	/**
	 * Questions the reader can take to their defence lawyer, whatever they answered: shown under the
	 * outcome with and without JavaScript, before the questions tied to the reader's answers.
	 */
	lawyerQuestions: z
		.array(textSchema)
		.min(1, { error: 'write at least one question to ask the defence lawyer' })
		.meta({
			title: 'Spørsmål til forsvareren',
			description:
				'Spørsmål leseren kan ta med til forsvareren, uansett hva hen svarte. Minst ett. Korte, enkle spørsmål i jeg-form.',
		}),
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
	/**
	 * Criterion id → what the court checks, in the reader's words: the list "What the court will
	 * check" on outcomes where the programme may be an option. Required for every criterion that
	 * criteria.yaml lists for readers.
	 */
	criteria: z.record(slugSchema, textSchema).default({}).meta({
		title: 'Hva retten sjekker',
		description:
			'Ett punkt per vilkår i criteria.yaml, med ord leseren forstår. Vises på svarsidene der programmet kan være aktuelt.',
	}),
});

export type Flow = z.infer<typeof flowSchema>;
export type FlowQuestion = z.infer<typeof flowQuestionSchema>;
export type FlowOutcome = z.infer<typeof flowOutcomeSchema>;
export type FlowOption = z.infer<typeof flowOptionSchema>;
export type CriterionStatus = (typeof criterionStatusValues)[number];
export type ProgrammeClaim = (typeof programmeClaimValues)[number];
export type FlowText = z.infer<typeof flowTextSchema>;
