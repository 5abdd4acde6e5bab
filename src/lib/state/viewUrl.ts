import { NAMED_RANGE } from '../core/views/flowNaming';

/**
 * What the address says about the view: the organizations filtered on, whether other reporting
 * shows, the time window (months, either end may be open), one person, and how many organizations
 * the flow diagram names.
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
	/** How many organizations the flow diagram names (`NAMED_RANGE`); left out for the default. */
	named?: number;
	/**
	 * The number of the balance whose moves the table lists, as the address writes it (read with
	 * the balance's code, see movesFocus.ts: this file is in every page's first load).
	 */
	moves?: string;
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

const KNOWN = new Set(['company', 'later', 'from', 'to', 'person', 'named', 'moves']);

const MONTH = /^(\d{4})-(\d{1,2})$/;

/** A month as `YYYY-MM`, leniently read (`2024-3` is March 2024), or null when it is none. */
export function readMonth(value: string): string | null {
	const match = MONTH.exec(value.trim());
	if (!match) return null;
	const month = Number(match[2]);
	return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}` : null;
}

/** Shortens a hostile value for display in a notice. */
export function shown(value: string): string {
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
	knownPeople: Pick<ReadonlySet<string>, 'has'> = new Set()
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

	const view: ViewState = { companies, later, ...window };
	const personValue = params.get('person');
	if (personValue !== null && personValue !== '') {
		if (personValue.length <= URL_LIMITS.idLength && knownPeople.has(personValue)) view.person = personValue;
		else notices.push({ kind: 'unknown-person', value: shown(personValue) });
	}

	// How many organizations the flow names: a whole number in range, the default left out.
	const named = params.get('named');
	if (named !== null) {
		const n = /^\d\d?$/.test(named) ? +named : 0;
		if (n < NAMED_RANGE.min || n > NAMED_RANGE.max)
			notices.push({ kind: 'bad-value', parameter: 'named', value: shown(named) });
		else if (n !== NAMED_RANGE.default) view.named = n;
	}

	// Kept as written: the balance's code reads it, and says when it means nothing (movesFocus.ts).
	const moves = params.get('moves');
	if (moves) view.moves = moves;

	for (const key of new Set(params.keys()))
		if (!KNOWN.has(key)) notices.push({ kind: 'unknown-parameter', parameter: shown(key) });

	return { view, notices };
}

/** Writes the view as a query string, leaving defaults out: the default view is the bare address. */
export function serializeViewState(view: ViewState): string {
	const params = new URLSearchParams();
	if (view.companies.length > 0) params.set('company', view.companies.join(','));
	if (view.later !== DEFAULT_VIEW.later) params.set('later', view.later ? '1' : '0');
	if (view.from) params.set('from', view.from);
	if (view.to) params.set('to', view.to);
	if (view.person) params.set('person', view.person);
	if (view.named && view.named !== NAMED_RANGE.default) params.set('named', String(view.named));
	if (view.moves) params.set('moves', view.moves);
	// Commas, colons and at signs read plainly in an address, and mean the same there.
	const query = params.toString().replace(/%2C|%3A|%40/g, decodeURIComponent);
	return query === '' ? '' : `?${query}`;
}
