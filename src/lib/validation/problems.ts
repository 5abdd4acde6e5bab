/** One thing wrong with an input, located by a path such as `moves[3].date.start`. */
export interface Problem {
	path: string;
	message: string;
}

/** The outcome of checking user-supplied input: the typed value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Writes a path the way a reader of the JSON would point at it: `moves[3].date.start`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out === '' ? '(top level)' : out;
}

/** One line per problem, for a terminal or a list on the page. */
export function formatProblems(problems: readonly Problem[]): string[] {
	return problems.map((p) => `${p.path}: ${p.message}`);
}
