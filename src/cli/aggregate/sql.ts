// The queries of `npm run aggregate`, read from sql/: the portable derivation, once, and the
// prelude DuckDB runs before it (see the README, "More than a browser can hold").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SQL_FOLDER = fileURLToPath(new URL('../../../sql/', import.meta.url));

/** The text of a file of sql/, by its path there. */
export const readSql = (name: string) => readFileSync(SQL_FOLDER + name, 'utf8');

/** The portable queries, in the order they build on each other. */
export const PORTABLE_QUERIES = [
	'read_dates.sql',
	'check_positions.sql',
	'place_positions.sql',
	'derive_moves.sql',
	'stay_ends.sql',
	'names.sql',
	'check_moves.sql',
	'move_names.sql',
	'flows.sql'
] as const;

/** The version of the rules, raised by hand when what they derive changes. */
const RULES_VERSION = 3;

/**
 * The version of the query named in the provenance of what `npm run aggregate` writes: the rules'
 * version and the start of the SHA-256 of the portable queries, so that any edit shows.
 */
export function queryVersion(): string {
	const hash = createHash('sha256');
	for (const name of PORTABLE_QUERIES) hash.update(readSql(name));
	return `talent-flows-sql/${RULES_VERSION}+${hash.digest('hex').slice(0, 12)}`;
}

/** Fills the `{{name}}` placeholders of a prelude (each must be given: a typo fails here, not in SQL). */
export function fillPrelude(text: string, values: Record<string, string>): string {
	return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`the prelude's placeholder {{${name}}} has no value`);
		return value;
	});
}

/** A name as a DuckDB identifier, quoted. */
export const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A text as a DuckDB string literal. */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
