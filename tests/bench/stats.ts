// Small statistics for timings: the benchmark reports medians of several runs after warm-up, and
// the median and 95th percentile of latencies.

/** The value below which `p` (0–1) of the sorted values lie, by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil(p * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How many times a timed function runs before timing starts, and how many timed runs make a median. */
export interface RunCounts {
	warmup: number;
	runs: number;
}

export const DEFAULT_RUNS: RunCounts = { warmup: 2, runs: 7 };

/**
 * Times a synchronous function: a few untimed runs first (so the JIT has compiled it), then the
 * median of the timed ones, in milliseconds. Each run gets a fresh input from `prepare`, made
 * outside the timing: the transforms remember results per input object, and a remembered answer
 * would time a lookup instead of the work a new filter or a new import costs. Returns the last
 * result, so the caller can check what was computed (and the engine cannot drop the work).
 */
export function timeMedian<I, T>(
	prepare: () => I,
	work: (input: I) => T,
	counts: RunCounts = DEFAULT_RUNS
): { ms: number; result: T } {
	let result = work(prepare());
	for (let i = 1; i < counts.warmup; i++) result = work(prepare());
	const times: number[] = [];
	for (let i = 0; i < counts.runs; i++) {
		const input = prepare();
		const start = performance.now();
		result = work(input);
		times.push(performance.now() - start);
	}
	return { ms: median(times), result };
}
