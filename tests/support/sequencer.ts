import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order, except that the browser tests start first, the every-template sweep (the longest
 * file by far) before the others. The two workers then finish together, the quick projects filling
 * in beside the browser, instead of one worker running the sweep alone at the end.
 */
export class BrowserTestsFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (spec: TestSpecification) =>
			spec.moduleId.endsWith('/every-template.e2e.ts') ? 0 : spec.project.name === 'e2e' ? 1 : 2;
		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}
