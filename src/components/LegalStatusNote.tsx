import type { LegalStatusView } from '../lib/content/legal-changes.ts';
import '../styles/components/legal-status.css';

/**
 * Where a change in the law stands, as of its newest source, and when it was last checked (with a
 * warning when that is long ago), shown right after a text that mentions it. The same note on pages
 * (`<LegalStatus>`), news summaries and explainer outcomes.
 */
export function LegalStatusNote({
	status,
	sourceLabel,
}: {
	status: LegalStatusView;
	/** "Source:" in the text's language. */
	sourceLabel: string;
}) {
	return (
		<p class="legal-status" role="note" data-state={status.warning ? 'stale' : undefined}>
			<strong>{status.label}</strong> {status.statement}{' '}
			<span class="legal-status__checked">{status.checked}</span>
			{status.warning && <strong class="legal-status__warning">{status.warning}</strong>}
			<span class="legal-status__source">
				{sourceLabel}{' '}
				<a href={status.source.url} rel="noopener noreferrer">
					{status.source.title}
				</a>
			</span>
		</p>
	);
}
