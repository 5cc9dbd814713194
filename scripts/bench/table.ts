/** A plain-text table with a header row, columns padded to fit, numbers right-aligned. */
export function formatTable(headers: string[], rows: (string | number)[][]): string {
	const cells = [headers, ...rows.map((row) => row.map(String))];
	const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
	const line = (row: string[], source: (string | number)[]) =>
		row
			.map((cell, column) =>
				typeof source[column] === 'number'
					? cell.padStart(widths[column]!)
					: cell.padEnd(widths[column]!),
			)
			.join('  ')
			.trimEnd();
	return [
		line(headers, headers),
		widths.map((width) => '-'.repeat(width)).join('  '),
		...rows.map((row) => line(row.map(String), row)),
	].join('\n');
}

/** Bytes as kilobytes with one decimal, e.g. 12.3. */
export const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
