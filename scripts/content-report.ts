/**
 * `npm run content:report`: what editors should look at, per locale. Exits with 1 only when the
 * content has errors (the same ones that stop the build), never for warnings.
 */
import { contentReport } from '../src/lib/content-check/content-report.ts';
import { contentDirectory } from '../src/schemas/collections.ts';

const { text, errorCount } = contentReport(contentDirectory(), new Date());
console.log(text);
process.exitCode = errorCount > 0 ? 1 : 0;
