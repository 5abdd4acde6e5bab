// Small hand-made moves for the tests of the balance, retention and career path views.
import type { Move } from '../../../src/lib/schema/dataset';
import type { FuzzyDate } from '../../../src/lib/schema/dates';

/** A date as written in a career file: `2024-03-05`, `2024-03` or `2024`; `?` for no date. */
export function on(value: string): FuzzyDate {
	if (value === '?') return { precision: 'unknown' };
	return { precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', start: value };
}

let next = 0;

/** A move of one person from one organization to another on a date (see `on`), imported from a file. */
export function move(
	person: string,
	from: string,
	to: string,
	date: string | FuzzyDate,
	weight?: number
): Move {
	return {
		id: `m${next++}`,
		person,
		from,
		to,
		date: typeof date === 'string' ? on(date) : date,
		certainty: 'stated',
		...(weight === undefined ? {} : { weight }),
		evidence: [{ basis: 'import', source: 'file', row: next + 1 }]
	};
}
