import type { PhasePathProps } from '../../components/PhasePath.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { ProgrammeData } from '../../schemas/programme.ts';
import type { Translate } from '../i18n/translate.ts';

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
			summary: phase.summary[locale],
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
