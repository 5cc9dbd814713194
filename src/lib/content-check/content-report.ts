import { defaultLocale, fallbackChain, localeCodes } from '../../i18n/locales.ts';
import type { CountryData } from '../../schemas/country.ts';
import type { LegalChangeData } from '../../schemas/legal-change.ts';
import type { Flow } from '../../schemas/flow.ts';
import type { ServiceData } from '../../schemas/service.ts';
import { isSnapshotStale } from '../countries/snapshot.ts';
import { directoryQuality } from '../directory/data-quality.ts';
import {
	explainerLixLimit,
	explainerReadability,
	pageReadability,
} from '../readability/page-readability.ts';
import type { FlowText } from '../../schemas/flow.ts';
import { formatProblem, type ContentProblem } from './friendly-errors.ts';
import { isStatusStale } from '../content/legal-changes.ts';
import { elementsIn } from './mdx-body.ts';
import { untranslatedFields } from './untranslated.ts';
import type { ValidEntry } from './read-content.ts';
import { validateContent } from './validate-content.ts';

/** True when an entry shows a legal change's status: in its body, its `legalChanges`, or an outcome. */
function usesLegalChange(entry: ValidEntry, id: string): boolean {
	const inBody = entry.tree ? elementsIn(entry.tree) : [];
	if (
		inBody.some(
			(element) => element.name === 'LegalStatus' && element.attributes.get('change') === id,
		)
	)
		return true;
	if (((entry.parsed.legalChanges as string[] | undefined) ?? []).includes(id)) return true;
	return (
		entry.collection === 'flows' &&
		Object.values((entry.parsed as unknown as Flow).outcomes).some((outcome) =>
			outcome.legalChanges.includes(id),
		)
	);
}

/**
 * Problems grouped under the file they are in, in file order: an editor fixes one file at a time.
 * @example byFile(warnings) // ['content/pages/en/about.mdx', '  "needsTranslation": is not translated yet; …']
 */
function byFile(problems: ContentProblem[]): string[] {
	const files = Map.groupBy(problems, (problem) => problem.file);
	return [...files.keys()].sort().flatMap((file) => [
		file,
		...files
			.get(file)!
			.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0))
			.map((problem) => {
				// "content/x.mdx:12: …" under its file reads "line 12: …".
				const text = formatProblem(problem)
					.slice(file.length)
					.replace(/^:(\d+)(:\d+)?:/, 'line $1:');
				return `  ${text.replace(/^:\s*/, '')}`;
			}),
	]);
}

/**
 * The editors' report (`npm run content:report`): every error, then every warning, each grouped by
 * file; per locale the untranslated data texts, stale snapshots and drafts; legal statuses and the
 * directory's data quality; readability last.
 * `errorCount` is what decides the exit code; warnings never fail it.
 */
export function contentReport(
	contentDir: string,
	today: Date,
): { text: string; errorCount: number } {
	const { entries, problems } = validateContent(contentDir);
	const errors = problems.filter((problem) => problem.severity === 'error');
	const lines: string[] = [];
	const join = (items: string[]) => (items.length ? items.join(', ') : 'none');
	const section = (title: string) => lines.push('', title, '-'.repeat(title.length));
	const list = (items: string[], empty = 'None.') =>
		lines.push(...(items.length ? items : [empty]));

	section(`Errors (${errors.length}): these stop the build`);
	list(byFile(errors));
	const warnings = problems.filter((problem) => problem.severity === 'warning');
	section(`Warnings (${warnings.length}): these do not stop the build, but need a look`);
	list(byFile(warnings));

	for (const locale of localeCodes) {
		const inLocale = entries.filter((entry) => entry.locale === locale);
		section(`Locale "${locale}"`);
		if (locale !== defaultLocale) {
			// Data files hold every language side by side; a field without this language's text
			// shows its fallback's, with a notice on the page.
			lines.push(
				`Texts in data files not yet translated (readers see them in ${fallbackChain(locale).slice(1).join(', else ')}):`,
			);
			list(
				entries
					.filter((entry) => !entry.locale)
					.map((entry) => ({ file: entry.file, fields: untranslatedFields(entry.parsed, locale) }))
					.filter(({ fields }) => fields.length > 0)
					.map(({ file, fields }) => `  ${file}: ${fields.join(', ')}`),
				'  None.',
			);
		}
		lines.push('Country snapshots more than 24 months old:');
		list(
			inLocale
				.filter(
					(entry) =>
						entry.collection === 'countries' &&
						isSnapshotStale((entry.parsed as unknown as CountryData).snapshotDate, today),
				)
				.map(
					(entry) =>
						`  ${entry.file} (snapshot ${(entry.parsed as unknown as CountryData).snapshotDate})`,
				),
			'  None.',
		);
		lines.push('Drafts (checked, not published):');
		list(
			inLocale.filter((entry) => entry.parsed.draft === true).map((entry) => `  ${entry.file}`),
			'  None.',
		);
	}

	// Where a change in the law stands can change without anyone editing the pages that mention it.
	section('Legal changes whose status is more than six months old (check the newest source)');
	const changes = entries.filter((entry) => entry.collection === 'legalChanges');
	list(
		changes
			.filter((entry) => isStatusStale(entry.parsed as unknown as LegalChangeData, today))
			.map((entry) => {
				const users = entries
					.filter((other) => usesLegalChange(other, entry.key))
					.map((other) => other.file);
				return `${entry.file} (as of ${(entry.parsed as unknown as LegalChangeData).asOf}), shown on: ${join(users)}`;
			}),
	);

	const services = entries
		.filter((entry) => entry.collection === 'services')
		.map((entry) => entry.parsed as unknown as ServiceData);
	const quality = directoryQuality(services, today);
	section(`Service directory (${services.length} entries)`);
	lines.push(
		`Contact details older than 12 months (last check or source date): ${join(quality.stale.map((item) => `${item.id} (${item.since.toISOString().slice(0, 10)})`))}`,
	);
	lines.push(`No website, phone, email or address: ${join(quality.noContactRoute)}`);
	lines.push(`Categories with no entry: ${join(quality.emptyCategories)}`);
	lines.push(`Counties with no entry of their own: ${join(quality.emptyRegions)}`);

	for (const locale of localeCodes) {
		const inLocale = entries.filter((entry) => entry.locale === locale);
		section(
			`Readability, "${locale}" (LIX; limit 40 for defendants and families, 50 for the rest)`,
		);
		list(
			pageReadability(
				inLocale.filter((entry) => ['pages', 'news', 'countries'].includes(entry.collection)),
			).map(
				({ file, score, limit }) =>
					`  ${score.toFixed(1).padStart(5)}  ${file}${score > limit ? `  OVER THE LIMIT OF ${limit}` : ''}`,
			),
			'  No pages.',
		);
		for (const words of entries.filter(
			(entry) => entry.collection === 'flowTexts' && entry.key.endsWith(`/${locale}`),
		)) {
			const scores = explainerReadability(words.parsed as unknown as FlowText);
			const over = scores.filter(({ score }) => score > explainerLixLimit);
			lines.push(
				`Readability of ${words.file} (LIX; limit ${explainerLixLimit}): ${over.length === 0 ? `all within the limit, highest ${scores[0]?.score.toFixed(1)}` : 'OVER THE LIMIT:'}`,
			);
			if (over.length > 0)
				list(over.map(({ field, score }) => `  ${score.toFixed(1).padStart(5)}  ${field}`));
		}
	}

	return { text: lines.join('\n').trimStart(), errorCount: errors.length };
}
