import { z } from 'astro/zod';
import { normalizePhoneNumber } from '../lib/directory/phone-number.ts';
import {
	dateSchema,
	draftSchema,
	localizedTextSchema,
	partialDateSchema,
	slugSchema,
	textSchema,
	webUrlSchema,
} from './common.ts';

/** The directory's fixed categories, in the order the listing shows them. */
export const serviceCategoryValues = [
	'drug-court',
	'correctional-service',
	'specialist-treatment',
	'municipal-service',
	'harm-reduction',
	'helpline',
	'legal-aid',
	'family-support',
	'user-organisation',
] as const;

/** Who a service is for. */
export const serviceAudienceValues = ['defendants', 'families', 'public', 'professionals'] as const;

/** Norway's counties (from 2024), plus `national` for services that serve the whole country. */
export const regionValues = [
	'national',
	'oslo',
	'akershus',
	'ostfold',
	'buskerud',
	'innlandet',
	'vestfold',
	'telemark',
	'agder',
	'rogaland',
	'vestland',
	'more-og-romsdal',
	'trondelag',
	'nordland',
	'troms',
	'finnmark',
] as const;

/** HSDS `status`: whether people can use the service now. */
export const serviceStatusValues = ['active', 'temporarily-closed', 'inactive'] as const;

const listOf = (values: readonly string[]) => `expected one of: ${values.join(', ')}`;

/** A Norwegian phone number, normalised to `+47` form (short numbers such as 113 stay bare). */
export const phoneNumberSchema = z
	.string({ error: 'expected a phone number in quotes, like "22 40 00 40"' })
	.transform((value, context) => {
		const phone = normalizePhoneNumber(value);
		if (!phone) {
			context.addIssue({
				code: 'custom',
				message:
					'expected a Norwegian phone number: 8 digits like "22 40 00 40" (optionally with +47), or a short number like "113" or "116 123"',
			});
			return z.NEVER;
		}
		return phone;
	})
	.meta({ format: 'phone' });

/** One way to phone the service (HSDS `phone`). */
export const servicePhoneSchema = z.strictObject({
	/** The number as written on the source page; normalised when read. */
	number: phoneNumberSchema.meta({
		title: 'Nummer',
		description:
			'Nummeret slik kilden skriver det: 8 siffer som 22 40 00 40, eller et kortnummer som 113.',
	}),
	/** What the number is for, when a service has several. Optional. */
	description: localizedTextSchema.optional().meta({
		title: 'Hva nummeret er for',
		description: 'Bare når tjenesten har flere numre, for eksempel «døgnåpen vakt». Kan stå tom.',
	}),
});

/** A visiting or postal address (HSDS `address`). Only from a source; never guessed. */
export const serviceAddressSchema = z.strictObject({
	/** `visiting` for where to go in person, `postal` for letters and referrals. */
	type: z.enum(['visiting', 'postal'], { error: 'expected visiting or postal' }).meta({
		title: 'Type',
		description: 'visiting: der man møter opp. postal: for brev og henvisninger.',
	}),
	/** Street and number, building or PO box, as the source writes it. */
	street: textSchema.meta({
		title: 'Gate',
		description: 'Gate og nummer, bygning eller postboks, slik kilden skriver det.',
	}),
	/** Four-digit Norwegian postcode, when the source gives one. */
	postalCode: z
		.string({ error: 'expected a postcode in quotes, like "0154"' })
		.regex(/^\d{4}$/, { error: 'expected a four-digit postcode in quotes, like "0154"' })
		.optional()
		.meta({ title: 'Postnummer', description: 'Fire siffer, for eksempel 0154. Kan stå tom.' }),
	/** Town or city. */
	city: textSchema.meta({ title: 'Sted', description: 'Poststed eller by.' }),
});

const regionSchema = z.enum(regionValues, { error: listOf(regionValues) });

/**
 * One service in the directory: `content/services/<id>.yaml`. Field names follow Open Referral
 * HSDS where they fit, so the data can be exported as HSDS. Both languages sit in the same file.
 */
export const serviceSchema = z
	.strictObject({
		/** Stable identifier; must equal the file name. */
		id: slugSchema.meta({
			title: 'Id',
			description:
				'Et fast navn med små bokstaver a–z, tall og bindestrek, for eksempel rusmiddeletaten-oslo. Blir filnavnet; endres ikke senere.',
		}),
		/** The service's name (HSDS `name`). */
		name: localizedTextSchema.meta({
			title: 'Navn',
			description: 'Tjenestens navn, slik den selv skriver det.',
		}),
		/** What the service does, in two or three plain sentences (HSDS `description`). */
		description: localizedTextSchema.meta({
			title: 'Beskrivelse',
			description: 'Hva tjenesten gjør, i to eller tre enkle setninger.',
		}),
		/** Who runs it (HSDS `organization`). */
		organisation: localizedTextSchema.meta({
			title: 'Organisasjon',
			description: 'Hvem som driver tjenesten.',
		}),
		/** One of the directory's categories. */
		category: z.enum(serviceCategoryValues, { error: listOf(serviceCategoryValues) }).meta({
			title: 'Kategori',
			description: 'Gruppen tjenesten vises under i hjelpeoversikten.',
		}),
		/** Who it is for; at least one. */
		audience: z
			.array(z.enum(serviceAudienceValues, { error: listOf(serviceAudienceValues) }))
			.min(1, { error: `name at least one audience: ${serviceAudienceValues.join(', ')}` })
			.meta({
				title: 'For hvem',
				description:
					'Hvem tjenesten er for: defendants (tiltalte), families (pårørende), public (alle), professionals (fagfolk).',
			}),
		/** The county or counties it serves, or `national` (HSDS `service_area`). One value or a list. */
		region: z
			.union([regionSchema, z.array(regionSchema).min(1, { error: 'name at least one region' })], {
				error: `expected one of, or a list of: ${regionValues.join(', ')}`,
			})
			.transform((value) => (Array.isArray(value) ? value : [value]))
			.meta({
				title: 'Område',
				description:
					'Fylket eller fylkene tjenesten dekker, eller national når den gjelder hele landet.',
			}),
		/** The municipality or municipalities it sits in, for local services. Optional. */
		municipality: textSchema.optional().meta({
			title: 'Kommune',
			description:
				'Kommunen eller kommunene tjenesten ligger i, for lokale tjenester. Kan stå tom.',
		}),
		/** The service's own web page (HSDS `url`). Optional only when no official page exists. */
		website: webUrlSchema.optional().meta({
			title: 'Nettside',
			description:
				'Tjenestens egen side, med https://. Tom bare når det ikke finnes noen offisiell side.',
		}),
		/** Phone numbers, only as stated by a source. Default: none. */
		phones: z.array(servicePhoneSchema).default([]).meta({
			title: 'Telefon',
			description: 'Bare numre som står i en kilde. Gjett aldri et nummer.',
		}),
		/** Email address (HSDS `email`). Optional. */
		email: z
			.email({ error: 'expected an email address like post@example.no' })
			.optional()
			.meta({ title: 'E-post', description: 'For eksempel post@example.no. Kan stå tom.' }),
		/** Where to go or write to. Default: none. */
		addresses: z.array(serviceAddressSchema).default([]).meta({
			title: 'Adresser',
			description: 'Besøks- eller postadresse, bare fra en kilde.',
		}),
		/** Opening hours as the source states them (HSDS `schedule.description`). Optional. */
		openingHours: localizedTextSchema.optional().meta({
			title: 'Åpningstider',
			description: 'Slik kilden oppgir dem. Kan stå tom.',
		}),
		/** Languages the service is offered in, as ISO 639 codes like `nb`, `en`, `se`. Default: none stated. */
		languages: z
			.array(
				z.string().regex(/^[a-z]{2,3}$/, {
					error: 'expected a language code like "nb", "en" or "se"',
				}),
			)
			.default([])
			.meta({
				title: 'Språk',
				description: 'Språkkoder med små bokstaver: nb, en, se. Tom når ingen kilde sier det.',
			}),
		/** Whether using the service costs money; leave out when no source says. */
		cost: z
			.enum(['free', 'paid'], { error: 'expected free or paid (leave out when unknown)' })
			.optional()
			.meta({
				title: 'Pris',
				description: 'free (gratis) eller paid (koster penger). Tom når ingen kilde sier det.',
			}),
		/** Physical or other access notes (HSDS `accessibility`). Optional. */
		accessibility: localizedTextSchema.optional().meta({
			title: 'Tilgjengelighet',
			description: 'For eksempel trinnfri inngang eller tolk. Kan stå tom.',
		}),
		/** How to get in touch or be referred (HSDS `application_process`). */
		howToAccess: localizedTextSchema.meta({
			title: 'Slik får du hjelp',
			description: 'Hvordan man tar kontakt eller blir henvist, i én eller to setninger.',
		}),
		/** Who can use it (HSDS `eligibility_description`). Optional. */
		eligibility: localizedTextSchema.optional().meta({
			title: 'Hvem kan bruke den',
			description: 'Vilkår for å bruke tjenesten, for eksempel alder eller bosted. Kan stå tom.',
		}),
		/** Whether it can be used now (HSDS `status`). Default: `active`. */
		status: z
			.enum(serviceStatusValues, { error: listOf(serviceStatusValues) })
			.default('active')
			.meta({
				title: 'Status',
				description: 'active: åpen nå. temporarily-closed: stengt en periode. inactive: lagt ned.',
			}),
		/** A short warning shown on the listing, e.g. changed opening hours (HSDS `alert`). Optional. */
		alert: localizedTextSchema.optional().meta({
			title: 'Varsel',
			description:
				'En kort advarsel som vises i oversikten, for eksempel endrede åpningstider. Kan stå tom.',
		}),
		/** Pages that state these facts; at least one before the entry is published. */
		sources: z.array(webUrlSchema, { error: 'expected a list of web addresses' }).meta({
			title: 'Kilder',
			description:
				'Adressene til sidene som oppgir disse opplysningene. Minst én før tjenesten publiseres.',
		}),
		/**
		 * The day the details were taken from the sources listed (for the first entries, the day the
		 * researched list they come from was compiled). Not a check with the service: see `checkedOn`.
		 */
		compiledOn: dateSchema.meta({
			title: 'Hentet fra kildene',
			description:
				'Dagen opplysningene ble hentet fra kildene som står under. Det er ikke det samme som å ha sjekket med tjenesten.',
		}),
		/**
		 * The day someone confirmed the details with the service itself: by phone, or on its own
		 * current page (HSDS `assured_date`). Leave out until that has happened.
		 */
		checkedOn: dateSchema.optional().meta({
			title: 'Sjekket med tjenesten',
			description:
				'Dagen noen bekreftet opplysningene med tjenesten selv, på telefon eller på tjenestens egen side. La stå tom til det er gjort.',
		}),
		/**
		 * How old the newest source for the contact details is, when it is old or second-hand: the
		 * year (or month) that source was published, e.g. `2019`. The listing then says so, and
		 * counts as out of date from that day, not from `compiledOn` or `checkedOn`. Leave out for current sources.
		 */
		sourceDate: partialDateSchema.optional().meta({
			title: 'Kilden er fra',
			description:
				'Bare når den nyeste kilden for kontaktopplysningene er gammel: året (eller måneden) den kom ut, for eksempel 2019. Oversikten sier det da.',
		}),
		draft: draftSchema,
	})
	.superRefine((service, context) => {
		if (!service.draft && service.sources.length === 0) {
			context.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'needs at least one source web address before it can be published',
			});
		}
	});

export type ServiceData = z.infer<typeof serviceSchema>;
export type ServiceCategory = (typeof serviceCategoryValues)[number];
export type Region = (typeof regionValues)[number];

/** Norway's counties alone: what a county page, or the explainer's county question, is about. */
export const counties = regionValues.filter(
	(region): region is Exclude<Region, 'national'> => region !== 'national',
);
