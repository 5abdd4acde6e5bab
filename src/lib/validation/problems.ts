import type { Problem, Where } from '../problems/where';

export type { Problem } from '../problems/where';

/** The outcome of checking user-supplied input: the typed value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Writes a path the way a reader of the JSON would point at it: `moves[3].date.start` (empty at the top). */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/** A place in a JSON file, by its path. */
export const atPath = (path: readonly PropertyKey[]): Where => ({ at: 'path', path: formatPath(path) });
