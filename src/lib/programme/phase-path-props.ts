import type { Locale } from '../../i18n/locales.ts';
import type { ProgrammeData } from '../../schemas/programme.ts';
import type { Translate } from '../i18n/translate.ts';

/** One phase, already in the reader's language. */
export interface PhasePathPhase {
	id: string;
	name: string;
	/** The Norwegian legal name, marked as Norwegian for screen readers on other languages' pages. */
	norwegianName: string;
}

/** What `<PhasePath>` shows: the phases and the rules around them, with its UI strings. */
export interface PhasePathProps {
	phases: PhasePathPhase[];
	movingOn: string;
	breach: string;
	completion: string;
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
		phases: programme.phases.map((phase) => ({
			id: phase.id,
			name: phase.name[locale],
			norwegianName: phase.norwegianName,
		})),
		movingOn: programme.movingOn[locale],
		breach: programme.breach[locale],
		completion: programme.completion[locale],
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
