/**
 * A megabyte as the limits are stated ("75 MB"): a million bytes, as the word means, so that the
 * number a reader is told is the one enforced (a binary megabyte would let in 78.6 MB).
 */
export const MEGABYTE = 1_000_000;

/**
 * Whether a size past a limit (both in megabytes) still reads as past it at a tenth of a megabyte,
 * as the messages write it; if not, they give it in bytes ("75.0 MB; the limit is 75 MB" would read
 * as a file let in).
 */
export function readsPastLimit(megabytes: number, limit: number): boolean {
	return Math.round(megabytes * 10) / 10 > limit;
}

/**
 * What an import accepts, stated in the interface and enforced with a clear message. Set by the
 * budgets for large imports (`npm run bench -- --only million`): the generator's career file of
 * 1,246,144 rows (637,821 moves, 74.5 MB) imports in about 5 s, with no main-thread task over
 * 100 ms, a JS heap of 256 MB and filter changes within 100 ms at p95, on the project's 2-core
 * machine. Larger, the filter changes miss their budget first (108 ms at 1.5 million rows), then
 * the longest task (up to 151 ms at 2 million). Brushing misses its own at every size.
 */
export const IMPORT_LIMITS = {
	/** The largest file, in bytes (75 MB). */
	bytes: 75 * MEGABYTE,
	/**
	 * The largest JSON file (64 MB): one is parsed whole, checked object by object and
	 * handed to the page as objects, and none was measured past 52 MB (252,872 flows as objects:
	 * 5.0 s), so its limit was not raised with the others.
	 */
	jsonBytes: 64 * MEGABYTE,
	/** The most data rows in a CSV file. */
	rows: 1_250_000,
	/** The longest text in one cell or JSON string. */
	cellLength: 1_000,
	/** The deepest nesting of objects and lists in a JSON file. */
	jsonDepth: 32
} as const;
