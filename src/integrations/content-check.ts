import type { AstroIntegration } from 'astro';
import { contentDirectory } from '../schemas/collections.ts';
import { formatProblem, problemSummary } from '../lib/content-check/friendly-errors.ts';
import { validateContent } from '../lib/content-check/validate-content.ts';

/**
 * Checks all content before Astro loads it: the same check as `npm run content:report`. Astro's
 * own schema check stops at the first bad file and cannot see links between files; this lists
 * every problem at once, with file, line or field, and the fix. A build with errors stops with a
 * non-zero exit code and no stack trace; warnings are counted, and the report lists them.
 */
let checked: ReturnType<typeof validateContent> | undefined;

/** The pages the content check found, for later passes of the same build (the saved copy's lists). */
export function checkedRoutes(): ReturnType<typeof validateContent>['routes'] {
	checked ??= validateContent(contentDirectory());
	return checked.routes;
}

export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ logger, command }) => {
				checked = validateContent(contentDirectory());
				const { problems } = checked;
				const errors = problems.filter((problem) => problem.severity === 'error');
				const warnings = problems.length - errors.length;
				if (warnings > 0)
					logger.info(
						`${warnings} content warning(s), none of which stop the build: run "npm run content:report" to see them.`,
					);
				if (errors.length === 0) return;
				logger.error(
					`The content has mistakes. Fix each file below, then build again:\n\n${errors.map(formatProblem).join('\n')}\n\n${problemSummary(errors)}. content/README.md says what each kind of content needs.`,
				);
				// The messages say all there is to say: a stack trace would only point into this file.
				if (command === 'build') process.exit(1);
			},
		},
	};
}
