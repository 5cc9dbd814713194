/**
 * `npm run content:report`: what editors should look at, per locale. Exits non-zero only when the
 * content has errors (the same ones that stop the build), never for warnings.
 */
import { localeCodes } from '../src/i18n/locales.ts';
import { directoryQuality } from '../src/lib/directory/data-quality.ts';
import { formatProblem } from '../src/lib/content/friendly-errors.ts';
import { pageReadability } from '../src/lib/readability/page-readability.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { contentDirectory } from '../src/schemas/collections.ts';
import type { ServiceData } from '../src/schemas/service.ts';

const { entries, problems } = validateContent(contentDirectory());
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

const section = (title: string) => console.log(`\n${title}\n${'-'.repeat(title.length)}`);

section(`Errors (${errors.length})`);
console.log(errors.length ? errors.map(formatProblem).join('\n') : 'None.');

section(`Warnings (${warnings.length})`);
console.log(warnings.length ? warnings.map(formatProblem).join('\n') : 'None.');

for (const locale of localeCodes) {
	section(`Readability (LIX) of pages in "${locale}": limit 40 for defendants and families, 50 for the rest`);
	const rows = pageReadability(entries.filter((entry) => entry.collection === 'pages' && entry.locale === locale));
	for (const row of rows) {
		const flag = row.score > row.limit ? '  OVER LIMIT' : '';
		console.log(`${row.score.toFixed(1).padStart(5)}  (limit ${row.limit})  ${row.file}${flag}`);
	}
}

const services = entries.filter((entry) => entry.collection === 'services').map((entry) => entry.parsed as unknown as ServiceData);
const quality = directoryQuality(services, new Date());
section(`Service directory: ${services.length} entries`);
const list = (items: string[]) => (items.length ? items.join(', ') : 'none');
console.log(`Verified more than 12 months ago: ${list(quality.stale.map((item) => `${item.id} (${item.verifiedOn.toISOString().slice(0, 10)})`))}`);
console.log(`No website, phone, email or address: ${list(quality.noContactRoute)}`);
console.log(`Categories with no entry: ${list(quality.emptyCategories)}`);
console.log(`Counties with no entry of their own: ${list(quality.emptyRegions)}`);

process.exitCode = errors.length > 0 ? 1 : 0;
