/**
 * What an import accepts, stated in the interface and enforced with a clear message. Set by the
 * budgets for large imports (`npm run bench -- --only million`): the generator's career file of a
 * million moves (2,048,507 rows, 117 MiB) imports in under 10 s, with no main-thread task over
 * 100 ms and a JS heap of about 400 MB, on the project's 2-core machine. Its filter changes and
 * brushing miss their budgets (see the README): a larger file would miss them further.
 */
export const IMPORT_LIMITS = {
	/** The largest file, in bytes (120 MiB). */
	bytes: 120 * 1024 * 1024,
	/**
	 * The largest JSON file (64 MiB): one is parsed whole and checked object by object, several
	 * times slower than a career file of the same size (252,872 flows as objects, 52 MB: 5.0 s).
	 */
	jsonBytes: 64 * 1024 * 1024,
	/** The most data rows in a CSV file. */
	rows: 2_100_000,
	/** The longest text in one cell or JSON string. */
	cellLength: 1_000,
	/** The deepest nesting of objects and lists in a JSON file. */
	jsonDepth: 32
} as const;
