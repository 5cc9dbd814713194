import type { AstroIntegration } from 'astro';
import { contentDirectory } from '../schemas/collections.ts';
import { formatProblem } from '../lib/content/friendly-errors.ts';
import { validateContent } from '../lib/content/validate-content.ts';

/**
 * Checks all content before Astro loads it. Astro's own schema check stops at the first bad file and
 * cannot see links between files; this lists every problem at once, with file, field, expected and found.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { problems } = validateContent(contentDirectory());
				const errors = problems.filter((problem) => problem.severity === 'error');
				const warnings = problems.filter((problem) => problem.severity === 'warning');
				if (warnings.length > 0) {
					logger.warn(
						`${warnings.length} content warning(s):\n${warnings.map(formatProblem).join('\n')}`,
					);
				}
				if (errors.length > 0) {
					throw new Error(
						`The content has ${errors.length} error(s). Fix each file and field below, then build again:\n\n${errors.map(formatProblem).join('\n')}\n\nSee content/README.md for the fields each kind of content needs.`,
					);
				}
			},
		},
	};
}
