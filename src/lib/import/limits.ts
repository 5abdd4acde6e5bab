/**
 * What an import accepts, stated in the interface and enforced with a clear message: enough for
 * hundreds of thousands of career records, small enough to keep a phone's tab alive.
 */
export const IMPORT_LIMITS = {
	/** The largest file, in bytes (120 MiB). */
	bytes: 120 * 1024 * 1024,
	/** The most data rows in a CSV file. */
	rows: 2_100_000,
	/** The longest text in one cell or JSON string. */
	cellLength: 1_000,
	/** The deepest nesting of objects and lists in a JSON file. */
	jsonDepth: 32
} as const;
