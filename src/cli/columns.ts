// Column choices on the command line (`--person who --from 2`), shared by `npm run import` and
// `npm run aggregate`: a field's column by header name or by 1-based number.
import { FIELDS, type Field, type Mapping } from '../lib/import/mapping';

/** Every field either kind of file may map, each once. */
export const ALL_FIELDS = [
	...new Set([...Object.values(FIELDS).flatMap((f) => [...f.required, ...f.optional])])
] as Field[];

/** The `parseArgs` options that choose a column for each field. */
export const COLUMN_OPTIONS = Object.fromEntries(
	ALL_FIELDS.map((f) => [f, { type: 'string' as const }])
) as Record<Field, { type: 'string' }>;

/**
 * Applies the columns chosen on the command line to a mapping (changed in place). Returns the
 * message for a choice that names no column, or undefined when every choice was found.
 */
export function chooseColumns(
	mapping: Mapping,
	headers: readonly string[],
	values: Record<string, unknown>
): string | undefined {
	for (const field of ALL_FIELDS) {
		const column = values[field];
		if (typeof column !== 'string') continue;
		const byNumber = /^\d+$/.test(column) ? Number(column) - 1 : -1;
		const index = byNumber >= 0 && byNumber < headers.length ? byNumber : headers.indexOf(column);
		if (index < 0) return `--${field}: no column is named "${column}" (columns: ${headers.join(', ')})`;
		mapping[field] = index;
	}
	return undefined;
}
