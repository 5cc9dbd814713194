import { withoutNorwegianLetters } from '../text/norwegian-letters.ts';

/**
 * A file name or URL slug from a title: lowercase a–z, digits and hyphens, with æ→ae, ø→o, å→a
 * and accents dropped.
 * @example slugify('Rusreform på nytt') // 'rusreform-pa-nytt'
 */
export function slugify(title: string): string {
	return withoutNorwegianLetters(title.toLowerCase())
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
