import { z } from 'astro/zod';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const partialDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Turns a YAML date (parsed as a `Date`) back into `YYYY-MM-DD`, so both spellings validate alike. */
function dateToIsoString(value: unknown): unknown {
	return value instanceof Date && !Number.isNaN(value.getTime())
		? value.toISOString().slice(0, 10)
		: value;
}

/** True when a `YYYY-MM-DD` string names a real calendar day (rejects 2026-02-30). */
function isRealDay(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date written `YYYY-MM-DD` (YAML may hand it over as a `Date`). Parses to a UTC `Date`.
 * @example lastReviewed: 2026-11-22
 */
export const dateSchema = z
	.preprocess(
		dateToIsoString,
		z
			.string({ error: 'expected a date like 2026-05-01' })
			.regex(isoDatePattern, {
				error: 'expected a date like 2026-05-01 (year-month-day)',
				abort: true,
			})
			.refine(isRealDay, { error: 'expected a real calendar date like 2026-05-01' })
			.transform((value) => new Date(`${value}T00:00:00Z`)),
	)
	// `format` (as in JSON Schema) tells the editor's form generator (src/lib/cms/) to offer a date picker.
	.meta({ format: 'date' });

/**
 * A date that may be only as precise as the source: `2001`, `2001-07` or `2001-07-01`. Stays a string.
 * @example date: 2019-12
 */
export const partialDateSchema = z
	.preprocess(
		(value) => (typeof value === 'number' ? String(value) : dateToIsoString(value)),
		z
			.string({ error: 'expected a year, year-month or date, like 2019, 2019-12 or 2019-12-19' })
			.regex(partialDatePattern, {
				error: 'expected a year, year-month or date, like 2019, 2019-12 or 2019-12-19',
				abort: true,
			})
			.refine((value) => value.length < 10 || isRealDay(value), {
				error: 'expected a real calendar date like 2019-12-19',
			}),
	)
	.meta({ format: 'partial-date' });

/** Non-empty text with surrounding white space removed. */
export const textSchema = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, { error: 'must not be empty' });

/** Hosts that wrap the real address (mail filters, social sites): the link expires or tracks. */
const wrappingHosts =
	/(^|\.)(safelinks\.protection\.outlook\.com|l\.facebook\.com|lm\.facebook\.com|urldefense\.com|t\.co)$/i;

/**
 * What is wrong with a copied web address that a browser would still open, if anything: a space,
 * punctuation copied with it, or a mail filter's wrapper around the real address.
 * @example webAddressMistake('https://example.no/side)') // 'ends with ")", copied with …'
 */
export function webAddressMistake(value: string): string | undefined {
	if (/\s/.test(value))
		return 'has a space in it, so the link breaks; copy the address again from the browser’s address bar (a space in the middle of one is written %20)';
	const last = value.at(-1)!;
	const unbalanced =
		last === ')' && (value.match(/\(/g)?.length ?? 0) < (value.match(/\)/g)?.length ?? 0);
	// A final "." can belong to the address (…/wiki/Apple_Inc.), so it is left alone.
	if (unbalanced || /["'”“’,;\]>]$/.test(value) || /%22$/i.test(value))
		return `ends with "${/%22$/i.test(value) ? '%22' : last}", copied with the address from the text around it; remove it`;
	try {
		if (wrappingHosts.test(new URL(value).hostname))
			return 'is a mail filter’s or social site’s wrapper around the real address (it expires, and may carry the e-mail address of whoever copied it); open the link and copy the real address from the browser’s address bar';
	} catch {
		return undefined;
	}
	return undefined;
}

/**
 * A web address that a reader can open: `https://` (or `http://` for old sources only).
 * Rejects `javascript:`, `data:` and relative addresses, which would be unsafe or broken as links.
 */
export const webUrlSchema = z
	.string({ error: 'expected a web address starting with https://' })
	.trim()
	.refine(
		(value) => {
			try {
				const url = new URL(value);
				return (
					(url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
				);
			} catch {
				return false;
			}
		},
		{ error: 'expected a full web address starting with https://, like https://lovdata.no/' },
	)
	// A browser would open "…/ny rapport/" as "…/ny%20rapport/", and a copied address with a
	// space is nearly always broken in two.
	.superRefine((value, context) => {
		const mistake = webAddressMistake(value);
		if (mistake) context.addIssue({ code: 'custom', message: mistake });
	})
	.meta({ format: 'uri' });

/** A URL segment: lowercase a–z, digits and single hyphens. */
export const slugSchema = z
	.string({ error: 'expected a URL slug' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error:
			'expected a URL slug of lowercase letters a–z, digits and hyphens, like "for-familier" (write æ, ø, å as ae, o, a)',
	});

/** One cited source, shown in the page's source list and on the site-wide sources page. */
export const sourceSchema = z.strictObject({
	/** The source's own title, as the publisher gives it. */
	title: textSchema.meta({
		title: 'Tittel',
		description: 'Tittelen på kilden, slik utgiveren skriver den.',
	}),
	/** Where a reader can open it. */
	url: webUrlSchema.meta({
		title: 'Nettadresse',
		description: 'Hele adressen, med https://, for eksempel https://lovdata.no/.',
	}),
	/** Who published it (organisation, newspaper, court). Optional. */
	publisher: textSchema.optional().meta({
		title: 'Utgiver',
		description: 'Hvem som ga den ut: et organ, en avis eller en domstol. Kan stå tom.',
	}),
	/** When it was published or last updated, as precise as known. Optional. */
	date: partialDateSchema.optional().meta({
		title: 'Dato',
		description:
			'Når kilden kom ut, så nøyaktig som du vet: 2019, 2019-12 eller 2019-12-19. Kan stå tom.',
	}),
});

/**
 * `true` on a file in another language that is not translated yet (the scaffolder sets it):
 * readers of that language see the source-language text with a notice, and the content report
 * lists the file, until the line is removed. Default: `false`.
 */
export const needsTranslationSchema = z
	.boolean({ error: 'expected true or false' })
	.default(false)
	.meta({
		title: 'Trenger oversettelse',
		description:
			'Slå på når teksten på dette språket ikke er oversatt ennå. Leserne ser da originalteksten med en merknad. Slå av når alt er oversatt.',
	});

/** `true` keeps the entry off the site while it is being written. Default: `false`. */
export const draftSchema = z.boolean({ error: 'expected true or false' }).default(false).meta({
	title: 'Utkast',
	description:
		'Slå på mens du skriver. Et utkast blir sjekket, men ikke publisert. Slå av når alt er fylt ut og har kilder.',
});

/** The day an editor last checked the entry against its sources. */
export const lastReviewedSchema = dateSchema.meta({
	title: 'Sist kontrollert',
	description:
		'Dagen du sist sjekket hvert faktum mot kildene. Sett dagens dato når du har gjort det.',
});

/** The sources of an entry; at least one once it is published (see `requireSourcesUnlessDraft`). */
export const sourcesSchema = z.array(sourceSchema, { error: 'expected a list of sources' }).meta({
	title: 'Kilder',
	description:
		'Hvor faktaene kommer fra. Minst én kilde før innholdet kan publiseres. Oppgi originalkilden, ikke en omtale av den.',
});

/**
 * Every published factual entry must say where its facts come from. A draft (`draft: true`, as the
 * scaffolder writes it) may have none yet: it is checked but not published.
 */
export function requireSourcesUnlessDraft(
	data: { draft: boolean; sources: unknown[] },
	context: z.core.$RefinementCtx,
): void {
	if (!data.draft && data.sources.length === 0) {
		context.addIssue({
			code: 'custom',
			path: ['sources'],
			message: 'needs at least one source (title and url) before it can be published',
		});
	}
}

/**
 * Text in each configured locale, for data files that hold the languages side by side. The source
 * locale's text is required; a locale without its own falls back along its `fallback` list
 * (`src/i18n/locales.ts`), and the content check lists it as untranslated.
 * @example name: { nb: Jussbuss, en: Jussbuss }
 */
export const localizedTextSchema = z.strictObject(
	Object.fromEntries(
		localeCodes.map((code) => [code, code === defaultLocale ? textSchema : textSchema.optional()]),
	) as { [defaultLocale]: typeof textSchema } & Record<
		Exclude<(typeof localeCodes)[number], typeof defaultLocale>,
		z.ZodOptional<typeof textSchema>
	>,
);

/** Who can have reviewed content, by their role. */
export const reviewerRoleValues = ['defence-lawyer', 'lawyer'] as const;

/**
 * A review that happened: who (by role), when, and what they read. Pages show "Reviewed by a
 * defence lawyer on …" only from such a record; without one the site never implies a review.
 */
export const reviewSchema = z.strictObject({
	/** The reviewer's role. */
	role: z
		.enum(reviewerRoleValues, { error: `expected one of: ${reviewerRoleValues.join(', ')}` })
		.meta({
			title: 'Rolle',
			description:
				'Hvem som gikk gjennom innholdet: defence-lawyer (forsvarer) eller lawyer (advokat).',
		}),
	/** The day the review was finished. */
	date: dateSchema.meta({ title: 'Dato', description: 'Dagen gjennomgangen var ferdig.' }),
	/** What was reviewed, in a few words, per language. */
	scope: localizedTextSchema.meta({
		title: 'Hva ble gått gjennom',
		description:
			'Hva som ble gått gjennom, med noen få ord, for eksempel «de juridiske opplysningene på siden».',
	}),
});

export type Source = z.infer<typeof sourceSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
