/** What the address says about the view: the companies filtered on, and whether later reporting shows. */
export interface ViewState {
	companies: string[];
	later: boolean;
}

export const DEFAULT_VIEW: ViewState = { companies: [], later: false };

/** Something in the address that was ignored, for a visible notice. */
export type UrlNotice =
	| { kind: 'unknown-company'; value: string }
	| { kind: 'duplicate-company'; value: string }
	| { kind: 'too-many-companies'; limit: number }
	| { kind: 'too-long'; parameter: string; limit: number }
	| { kind: 'bad-value'; parameter: string; value: string }
	| { kind: 'unknown-parameter'; parameter: string };

/** Bounds on what the address may carry; longer values are ignored, not truncated into meaning. */
export const URL_LIMITS = { valueLength: 2000, companies: 50, idLength: 120 } as const;

const KNOWN = new Set(['company', 'later']);

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
	knownCompanies: ReadonlySet<string>
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

	for (const key of new Set(params.keys()))
		if (!KNOWN.has(key)) notices.push({ kind: 'unknown-parameter', parameter: shown(key) });

	return { view: { companies, later }, notices };
}

/** Writes the view as a query string, leaving defaults out: the default view is the bare address. */
export function serializeViewState(view: ViewState): string {
	const params = new URLSearchParams();
	if (view.companies.length > 0) params.set('company', view.companies.join(','));
	if (view.later !== DEFAULT_VIEW.later) params.set('later', view.later ? '1' : '0');
	const query = params.toString().replace(/%2C/g, ',');
	return query === '' ? '' : `?${query}`;
}
