import { z } from 'astro/zod';
import {
	dateSchema,
	localizedTextSchema,
	partialDateSchema,
	sourcesSchema,
	textSchema,
} from './common.ts';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';

/** Where a legal change stands. `unconfirmed`: sources disagree or none states it. */
export const legalChangeStatusValues = [
	'proposed',
	'adopted',
	'in-force',
	'rejected',
	'unconfirmed',
] as const;

/**
 * A change in the law that the site talks about: `content/legal-changes/<id>.yaml`. Pages, news
 * summaries and explainer outcomes that mention it show its status from here, so the status is
 * updated in one place when it changes. Both languages sit in the one file.
 */
/**
 * Hosts whose pages count as legal or official sources for a status: the law (Lovdata), the
 * Storting, the government, the courts and the public agencies that apply the rules.
 */
export const officialSourceHosts = [
	'lovdata.no',
	'stortinget.no',
	'regjeringen.no',
	'domstol.no',
	'kriminalomsorgen.no',
	'konfliktraadet.no',
	'politiet.no',
] as const;

/** True for an address on one of `officialSourceHosts` or a subdomain of one. */
export function isOfficialSource(url: string): boolean {
	try {
		const host = new URL(url).hostname;
		return officialSourceHosts.some(
			(official) => host === official || host.endsWith(`.${official}`),
		);
	} catch {
		return false;
	}
}

export const legalChangeSchema = z
	.strictObject({
		/** What the change is, in a few words, in each language. */
		name: localizedTextSchema.meta({
			title: 'Navn',
			description: 'Hva endringen er, med noen få ord.',
		}),
		/** Where it stands, as surely as the newest source says. */
		status: z
			.enum(legalChangeStatusValues, {
				error: `expected one of: ${legalChangeStatusValues.join(', ')}`,
			})
			.meta({
				title: 'Status',
				description:
					'Hvor endringen står, så sikkert som den nyeste kilden sier: proposed (foreslått), adopted (vedtatt), in-force (i kraft), rejected (avvist), unconfirmed (kildene er uenige, eller ingen sier det).',
			}),
		/** The date the status describes: the date of the newest source that states it. */
		asOf: partialDateSchema.meta({
			title: 'Per',
			description: 'Datoen til den nyeste kilden som oppgir statusen, for eksempel 2025-10.',
		}),
		/**
		 * The day an editor last looked for newer official sources (Lovdata, Stortinget,
		 * regjeringen.no). Readers see it; after six months they see a warning too, and after twelve
		 * the build warns.
		 */
		checkedOn: dateSchema.meta({
			title: 'Sist sjekket',
			description:
				'Dagen du sist lette etter nyere offisielle kilder (Lovdata, Stortinget, regjeringen.no). Leserne ser datoen, og etter seks måneder også en advarsel.',
		}),
		/** One or two plain sentences: what is known, and from when. Shown wherever the change is mentioned. */
		statement: localizedTextSchema.meta({
			title: 'Hva vi vet',
			description:
				'Én eller to setninger: hva som er kjent, og fra når. Vises der endringen nevnes.',
		}),
		/**
		 * Words that show a text is about this change, per language, matched without regard to case.
		 * A text that uses one must show the status (`<LegalStatus change="…" />`, or `legalChanges`).
		 * The source locale's list is required; a text in a locale without a list of its own is matched
		 * against its first fallback's, so a missing translation never lets a mention slip through.
		 */
		phrases: z
			.strictObject(
				Object.fromEntries(
					localeCodes.map((code) => {
						const list = z.array(textSchema).min(1, { error: 'list at least one phrase' });
						return [code, code === defaultLocale ? list : list.optional()];
					}),
				) as { [defaultLocale]: z.ZodArray<typeof textSchema> } & Record<
					Exclude<(typeof localeCodes)[number], typeof defaultLocale>,
					z.ZodOptional<z.ZodArray<typeof textSchema>>
				>,
			)
			.meta({
				title: 'Ord som viser til endringen',
				description:
					'Ord og uttrykk som viser at en tekst handler om endringen. En tekst som bruker ett av dem, må vise statusen.',
			}),
		/**
		 * Where the status comes from. The first is shown to readers, and unless the status is
		 * `unconfirmed` it must be a legal or official source (`officialSourceHosts`).
		 */
		sources: sourcesSchema.min(1, { error: 'needs at least one source (title and url)' }),
	})
	.superRefine((change, context) => {
		const first = change.sources[0];
		if (change.status !== 'unconfirmed' && first && !isOfficialSource(first.url))
			context.addIssue({
				code: 'custom',
				path: ['sources', 0, 'url'],
				message: `a status needs a legal or official source first (${officialSourceHosts.join(', ')}): put one first, or set status: unconfirmed and say in the statement who says it`,
			});
	});

export type LegalChangeData = z.infer<typeof legalChangeSchema>;
