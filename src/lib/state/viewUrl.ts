/**
 * What the address says about the view: the organizations filtered on, whether other reporting
 * shows, the time window (months, either end may be open) and one person.
 */
export interface ViewState {
	companies: string[];
	later: boolean;
	/** The first month of the window, `YYYY-MM`. */
	from?: string;
	/** The last month of the window, `YYYY-MM`. */
	to?: string;
	/** The id of the person whose moves are shown. */
	person?: string;
	/** The number of the balance whose moves the table shows (see `MovesFocus`). */
	moves?: MovesFocus;
}

/**
 * One number of the balance of the chosen organizations, whose moves the table shows: all their
 * arrivals, departures, both (the moves behind the net) or the moves between them; the arrivals
 * from one source (`from`) or the departures to one destination (`to`), "Other" included; the
 * moves from one chosen organization to the other (`pair`); each optionally within one period.
 */
export interface MovesFocus {
	kind: 'arrivals' | 'departures' | 'net' | 'internal' | 'from' | 'to' | 'pair';
	/** `from` and `to`: the organization's id, or `_other`; `pair`: the organization moved from. */
	organization?: string;
	/** `pair`: the organization moved to. */
	other?: string;
	/** A year (`2024`), a month (`2024-03`), or `undated`. */
	period?: string;
}

export const DEFAULT_VIEW: ViewState = { companies: [], later: false };

/** Something in the address that was ignored, for a visible notice. */
export type UrlNotice =
	| { kind: 'unknown-company'; value: string }
	| { kind: 'unknown-person'; value: string }
	| { kind: 'duplicate-company'; value: string }
	| { kind: 'too-many-companies'; limit: number }
	| { kind: 'too-long'; parameter: string; limit: number }
	| { kind: 'bad-value'; parameter: string; value: string }
	| { kind: 'unknown-parameter'; parameter: string };

/** Bounds on what the address may carry; longer values are ignored, not truncated into meaning. */
export const URL_LIMITS = { valueLength: 2000, companies: 50, idLength: 120 } as const;

const KNOWN = new Set(['company', 'later', 'from', 'to', 'person', 'moves']);

/** The organization id that stands, in `?moves=from:` and `to:`, for the ones a balance does not name. */
export const OTHER_ORGANIZATIONS = '_other';

const MONTH = /^(\d{4})-(\d{1,2})$/;

/** A month as `YYYY-MM`, leniently read (`2024-3` is March 2024), or null when it is none. */
export function readMonth(value: string): string | null {
	const match = MONTH.exec(value.trim());
	if (!match) return null;
	const month = Number(match[2]);
	return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}` : null;
}

const PERIOD = /^(\d{4})(?:-(\d{1,2}))?$/;

/**
 * Reads `?moves=`, the number of the balance whose moves the table shows, written
 * `kind[:organization[:other]][@period]`: `arrivals`, `departures`, `net` or `internal`; `from:openai`
 * (arrivals from it) or `to:_other` (departures to the organizations the balance does not name);
 * `pair:meta:openai` (from the first chosen organization to the second, with exactly two chosen);
 * any of them narrowed to a year, a month or the undated (`net@2024-03`, `arrivals@undated`).
 * Null when the value is none of these, or names what the chosen organizations make meaningless.
 */
export function readMovesFocus(
	value: string,
	companies: readonly string[],
	knownCompanies: ReadonlySet<string>
): MovesFocus | null {
	if (companies.length === 0) return null;
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
		id === OTHER_ORGANIZATIONS || (id !== undefined && knownCompanies.has(id) && !companies.includes(id));
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
		default:
			return null;
	}
}

/** Writes a focus as `readMovesFocus` reads it. */
export function writeMovesFocus(focus: MovesFocus): string {
	const ids = [focus.organization, focus.other].filter((id) => id !== undefined);
	return [focus.kind, ...ids].join(':') + (focus.period === undefined ? '' : `@${focus.period}`);
}

/** Shortens a hostile value for display in a notice. */
function shown(value: string): string {
	// Invisible and direction-changing characters could make a notice read differently from the address.
	// Control characters are exactly what this replaces.
	// eslint-disable-next-line no-control-regex
	const hidden = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
	const visible = value.replace(hidden, '\ufffd');
	return visible.length > 40 ? `${visible.slice(0, 40)}…` : visible;
}

/**
 * Reads the view from a query string. Never throws: unknown ids, duplicates, malformed and
 * absurdly long values are dropped, each with a notice; the rest of the address still applies.
 */
export function parseViewState(
	search: string | URLSearchParams,
	knownCompanies: ReadonlySet<string>,
	knownPeople: ReadonlySet<string> = new Set()
): { view: ViewState; notices: UrlNotice[] } {
	const notices: UrlNotice[] = [];
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return {
			view: { ...DEFAULT_VIEW, companies: [] },
			notices: [{ kind: 'bad-value', parameter: '?', value: '' }]
		};
	}

	const companies: string[] = [];
	// A flag rather than a search of the notices: an address may carry some 100,000 ids.
	let saidTooMany = false;
	for (const raw of params.getAll('company')) {
		if (raw.length > URL_LIMITS.valueLength) {
			notices.push({ kind: 'too-long', parameter: 'company', limit: URL_LIMITS.valueLength });
			continue;
		}
		for (const part of raw.split(',')) {
			const id = part.trim();
			if (id === '') continue;
			if (id.length > URL_LIMITS.idLength || !knownCompanies.has(id)) {
				notices.push({ kind: 'unknown-company', value: shown(id) });
			} else if (companies.includes(id)) {
				notices.push({ kind: 'duplicate-company', value: id });
			} else if (companies.length >= URL_LIMITS.companies) {
				if (!saidTooMany) notices.push({ kind: 'too-many-companies', limit: URL_LIMITS.companies });
				saidTooMany = true;
			} else companies.push(id);
		}
	}

	let later = DEFAULT_VIEW.later;
	const laterValues = params.getAll('later');
	for (const value of laterValues) {
		if (value === '1' || value === 'true') later = true;
		else if (value === '0' || value === 'false') later = false;
		else notices.push({ kind: 'bad-value', parameter: 'later', value: shown(value) });
	}

	const window: Pick<ViewState, 'from' | 'to'> = {};
	for (const parameter of ['from', 'to'] as const) {
		const value = params.get(parameter);
		if (value === null || value === '') continue;
		const month = value.length <= URL_LIMITS.idLength ? readMonth(value) : null;
		if (month) window[parameter] = month;
		else notices.push({ kind: 'bad-value', parameter, value: shown(value) });
	}
	if (window.from && window.to && window.from > window.to) {
		notices.push({ kind: 'bad-value', parameter: 'to', value: window.to });
		delete window.to;
	}

	let person: string | undefined;
	const personValue = params.get('person');
	if (personValue !== null && personValue !== '') {
		if (personValue.length <= URL_LIMITS.idLength && knownPeople.has(personValue)) person = personValue;
		else notices.push({ kind: 'unknown-person', value: shown(personValue) });
	}

	let moves: MovesFocus | undefined;
	const movesValue = params.get('moves');
	if (movesValue !== null && movesValue !== '') {
		const focus =
			movesValue.length <= URL_LIMITS.valueLength
				? readMovesFocus(movesValue, companies, knownCompanies)
				: null;
		if (focus) moves = focus;
		else notices.push({ kind: 'bad-value', parameter: 'moves', value: shown(movesValue) });
	}

	for (const key of new Set(params.keys()))
		if (!KNOWN.has(key)) notices.push({ kind: 'unknown-parameter', parameter: shown(key) });

	return {
		view: { companies, later, ...window, ...(person ? { person } : {}), ...(moves ? { moves } : {}) },
		notices
	};
}

/** Writes the view as a query string, leaving defaults out: the default view is the bare address. */
export function serializeViewState(view: ViewState): string {
	const params = new URLSearchParams();
	if (view.companies.length > 0) params.set('company', view.companies.join(','));
	if (view.later !== DEFAULT_VIEW.later) params.set('later', view.later ? '1' : '0');
	if (view.from) params.set('from', view.from);
	if (view.to) params.set('to', view.to);
	if (view.person) params.set('person', view.person);
	if (view.moves) params.set('moves', writeMovesFocus(view.moves));
	// Commas, colons and at signs read plainly in an address, and mean the same there.
	const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%40/g, '@');
	return query === '' ? '' : `?${query}`;
}
