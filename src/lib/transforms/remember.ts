/** Tells whether two arguments count as the same for a remembered transform. */
export type Sameness = (a: unknown, b: unknown) => boolean;

/**
 * Remembers what a transform gave for the same arguments, for as long as its first argument (a
 * dataset, a list of moves, a graph) lives. The page derives the same views of a dataset many
 * times (on mount, after each filter, in both languages): with 100,000 moves, each one computed
 * twice would cost a frame. Data is never edited in place, so arguments are compared by identity
 * (or by `same`, for lists the page rebuilds with the same items). A few argument lists are kept
 * per first argument (the page's two languages, the filter with and without later reporting).
 */
export function remember<A extends [object, ...unknown[]], R>(
	transform: (...args: A) => R,
	same: Sameness = Object.is
): (...args: A) => R {
	const known = new WeakMap<object, { args: A; result: R }[]>();
	const KEPT = 4;
	return (...args: A): R => {
		const entries = known.get(args[0]) ?? [];
		const hit = entries.find(
			(entry) => entry.args.length === args.length && entry.args.every((arg, i) => same(arg, args[i]))
		);
		if (hit) return hit.result;
		const result = transform(...args);
		entries.push({ args, result });
		if (entries.length > KEPT) entries.shift();
		known.set(args[0], entries);
		return result;
	};
}

/** The same value, or two lists of the same items in the same order. */
export function sameItems(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
	return a.every((item, i) => Object.is(item, b[i]));
}

/** The same value, or two plain objects (options, say) whose fields are the same values. */
export function sameFields(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) || Array.isArray(b)) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every((key) =>
		Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
	);
}
