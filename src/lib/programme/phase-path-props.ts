import type { Locale } from '../../i18n/locales.ts';
import type { ProgrammeData } from '../../schemas/programme.ts';
import { localizedPart, type LocalizedValue } from '../i18n/localized-text.ts';
import type { Translate } from '../i18n/translate.ts';

/** One phase, already in the reader's language. */
export interface PhasePathPhase {
	id: string;
	name: string;
	/** The `lang` of `name` when it is not yet translated and shown in a fallback language. */
	nameLang?: string;
	/** The Norwegian legal name, marked with its language for screen readers on other languages' pages. */
	norwegianName: string;
	norwegianNameLang?: string;
}

/** A rule's text, with its `lang` when it is not yet translated and shown in a fallback language. */
export interface PhasePathText {
	text: string;
	lang?: string;
}

/** What `<PhasePath>` shows: the phases and the rules around them, with its UI strings. */
export interface PhasePathProps {
	phases: PhasePathPhase[];
	movingOn: PhasePathText;
	breach: PhasePathText;
	completion: PhasePathText;
	strings: {
		accessibleLabel: string;
		phaseNumbers: string[];
		movingOnHeading: string;
		breachHeading: string;
		completionHeading: string;
	};
}

/**
 * The props for `<PhasePath>` in one language: the programme data and the `pathway.*` UI strings.
 * Shared by the programme page (static HTML) and the explainer island.
 */
export function phasePathProps(
	programme: ProgrammeData,
	locale: Locale,
	t: Translate,
): PhasePathProps {
	return {
		phases: programme.phases.map((phase) => {
			const name = localizedPart(phase.name, locale);
			const norwegianName = localizedPart(phase.norwegianName, locale);
			return {
				id: phase.id,
				name: name.value,
				nameLang: name.lang,
				norwegianName: norwegianName.value,
				norwegianNameLang: norwegianName.lang,
			};
		}),
		movingOn: phasePathText(programme.movingOn, locale),
		breach: phasePathText(programme.breach, locale),
		completion: phasePathText(programme.completion, locale),
		strings: {
			accessibleLabel: t('pathway.accessibleLabel'),
			phaseNumbers: programme.phases.map((_, index) =>
				t('pathway.phaseNumber', { number: index + 1 }),
			),
			movingOnHeading: t('pathway.movingOn'),
			breachHeading: t('pathway.breach'),
			completionHeading: t('pathway.completion'),
		},
	};
}

function phasePathText(field: LocalizedValue<string>, locale: Locale): PhasePathText {
	const { value, lang } = localizedPart(field, locale);
	return { text: value, lang };
}
