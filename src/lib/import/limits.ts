/**
 * What an import accepts, stated in the interface and enforced with a clear message. Set by the
 * budgets for large imports (`npm run bench -- --only million`): a career file of a million rows
 * (about 500,000 moves, 57 MiB) imports in under 10 s with a JS heap of about 210 MB on the
 * project's 2-core machine; the generator's 2 million rows took 18 s.
 */
export const IMPORT_LIMITS = {
	/** The largest file, in bytes (64 MiB). */
	bytes: 64 * 1024 * 1024,
	/** The most data rows in a CSV file. */
	rows: 1_000_000,
	/** The longest text in one cell or JSON string. */
	cellLength: 1_000,
	/** The deepest nesting of objects and lists in a JSON file. */
	jsonDepth: 32
} as const;
