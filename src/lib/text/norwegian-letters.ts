/**
 * A word as it is typed, or written in a URL, without æ, ø and å: æ→ae, ø→o, å→a. Search uses it to
 * match "tromso" with "Tromsø"; slugs use it to keep addresses plain a–z.
 */
export function withoutNorwegianLetters(text: string): string {
	return text.replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'a');
}
