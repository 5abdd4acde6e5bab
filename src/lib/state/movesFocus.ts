// The `?moves=` parameter: which number of the balance the moves table lists. Read with the
// balance's code rather than in viewUrl.ts, which every page loads first (its JavaScript budget has
// no room for it); viewUrl.ts keeps the value as written.

import { RETENTION_YEARS } from '../core/views/stays';

/** The organization id that stands, in `?moves=from:` and `to:`, for the ones a balance does not name. */
export const OTHER_ORGANIZATIONS = '_other';

/**
 * One number of the balance of the chosen organizations, whose moves the table shows: all their
 * arrivals, departures, both (the moves behind the net) or the moves between them; the arrivals
 * from one source (`from`) or the departures to one destination (`to`), "Other" included; the
 * moves from one chosen organization to the other (`pair`); the arrivals retention counts as still
 * there (`stayed`) or gone (`left`) a number of years on, at one chosen organization or all; each
 * optionally within one period.
 */
export interface MovesFocus {
	kind: 'arrivals' | 'departures' | 'net' | 'internal' | 'from' | 'to' | 'pair' | 'stayed' | 'left';
	/**
	 * `from` and `to`: the organization's id, or `_other`; `pair`: the organization moved from;
	 * `stayed` and `left`: the chosen organization joined (all of them when missing).
	 */
	organization?: string;
	/** `stayed` and `left`: the years after joining (1 or 2). */
	years?: number;
	/** `pair`: the organization moved to. */
	other?: string;
	/** A year (`2024`), a month (`2024-03`), or `undated`. */
	period?: string;
}

/** Longer than two ids, a kind and a period can be: not a focus. */
const MAX_LENGTH = 300;

const PERIOD = /^(\d{4})(?:-(\d{1,2}))?$/;

/**
 * Reads `?moves=`, the number of the balance whose moves the table shows, written
 * `kind[:organization[:other]][@period]`: `arrivals`, `departures`, `net` or `internal`; `from:openai`
 * (arrivals from it) or `to:_other` (departures to the organizations the balance does not name);
 * `pair:meta:openai` (from the first chosen organization to the second, with exactly two chosen);
 * `stayed:1` or `left:2:meta` (arrivals still there, or gone, 1 or 2 years on, at one chosen organization);
 * any of them narrowed to a year, a month or the undated (`net@2024-03`, `arrivals@undated`).
 * Null when the value is none of these, or names what the chosen organizations make meaningless.
 */
export function readMovesFocus(
	value: string,
	companies: readonly string[],
	known: (id: string) => boolean
): MovesFocus | null {
	if (companies.length === 0 || value.length > MAX_LENGTH) return null;
	const [what = '', period, ...rest] = value.split('@');
	if (rest.length > 0) return null;
	const focus: MovesFocus = { kind: 'arrivals' };
	if (period === 'undated') focus.period = period;
	else if (period !== undefined) {
		const match = PERIOD.exec(period);
		const month = match?.[2] === undefined ? null : Number(match[2]);
		if (!match || (month !== null && (month < 1 || month > 12))) return null;
		focus.period = month === null ? match[1] : `${match[1]}-${String(month).padStart(2, '0')}`;
	}
	const [kind, first, second, ...more] = what.split(':');
	if (more.length > 0) return null;
	const outside = (id: string | undefined) =>
		id === OTHER_ORGANIZATIONS || (id !== undefined && known(id) && !companies.includes(id));
	switch (kind) {
		case 'arrivals':
		case 'departures':
		case 'net':
		case 'internal':
			return first === undefined ? { ...focus, kind } : null;
		case 'from':
		case 'to':
			return second === undefined && outside(first) ? { ...focus, kind, organization: first } : null;
		case 'pair':
			return companies.length === 2 &&
				first !== second &&
				companies.includes(first ?? '') &&
				companies.includes(second ?? '')
				? { ...focus, kind, organization: first, other: second }
				: null;
		case 'stayed':
		case 'left': {
			const years = Number(first);
			if (!RETENTION_YEARS.some((n) => n === years) || first !== String(years)) return null;
			if (second === undefined) return { ...focus, kind, years };
			return companies.includes(second) ? { ...focus, kind, years, organization: second } : null;
		}
		default:
			return null;
	}
}

/** Writes a focus as `readMovesFocus` reads it. */
export function writeMovesFocus(focus: MovesFocus): string {
	const ids = [focus.years?.toString(), focus.organization, focus.other].filter((id) => id !== undefined);
	return [focus.kind, ...ids].join(':') + (focus.period === undefined ? '' : `@${focus.period}`);
}
