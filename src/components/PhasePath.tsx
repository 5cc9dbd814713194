import type { PhasePathProps } from '../lib/programme/phase-path-props.ts';
import '../styles/components/phase-path.css';

/**
 * The drug court programme's phases as a path: an ordered list styled as numbered steps, then how
 * you move on, what happens on a breach and what finishing means. Rendered as static HTML on the
 * programme page, and inside the explainer island's outcome.
 */
export function PhasePath({ phases, movingOn, breach, completion, strings }: PhasePathProps) {
	return (
		<div class="phase-path">
			<ol class="phase-path__list" aria-label={strings.accessibleLabel}>
				{phases.map((phase, index) => (
					<li class="phase-path__phase" key={phase.id}>
						<p class="phase-path__name">
							<span class="phase-path__number">{strings.phaseNumbers[index]}</span>{' '}
							<span lang={phase.nameLang}>{phase.name}</span>{' '}
							<span class="phase-path__legal" lang={phase.norwegianNameLang}>
								({phase.norwegianName})
							</span>
						</p>
					</li>
				))}
			</ol>
			{/* A <div> around each rule and a <p> for its text keep heading and text apart in the search index. */}
			<dl class="phase-path__rules">
				{(
					[
						[strings.movingOnHeading, movingOn],
						[strings.breachHeading, breach],
						[strings.completionHeading, completion],
					] as const
				).map(([heading, { text, lang }]) => (
					<div key={heading}>
						<dt>{heading}</dt>
						<dd>
							<p lang={lang}>{text}</p>
						</dd>
					</div>
				))}
			</dl>
		</div>
	);
}
