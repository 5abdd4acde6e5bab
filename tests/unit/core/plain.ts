// The plain definitions of the dashboard's views, written over the dataset's objects with no
// columns, indexes or selections: what each view of (store, selection) must equal. Slow and
// obvious on purpose; only the tests use them.
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import type { FuzzyDate } from '../../../src/lib/schema/dates';
import type { Evidence } from '../../../src/lib/schema/evidence';
import type { ViewState } from '../../../src/lib/state/viewUrl';
import { foldName } from '../../../src/lib/core/views/search';

const DAY = 86_400_000;

/** Where a fact comes from: the article when any evidence quotes it, else its first source's kind. */
export function plainBasis(evidence: readonly Evidence[]): Evidence['basis'] {
	return evidence.some((e) => e.basis === 'article') ? 'article' : (evidence[0]?.basis ?? 'later-reporting');
}

/**
 * Whether a view shows a move: one known only from other reporting only with it on; an article's
 * move that one of those refines only with it off (the other then stands in for it).
 */
export function plainShown(dataset: Dataset, m: Move, later: boolean): boolean {
	const fromOthers = (x: Move) => plainBasis(x.evidence) === 'later-reporting';
	if (fromOthers(m)) return later;
	const refined = dataset.moves.some((r) => r.refines === m.id && fromOthers(r));
	return !(later && refined);
}

/** The first and last instants a YYYY, YYYY-MM or YYYY-MM-DD text can mean, read with Date. */
function bounds(value: string): [number, number] {
	const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
	const at = (year: number, month: number, day: number) => {
		const date = new Date(0);
		date.setUTCFullYear(year, month, day);
		return date.getTime();
	};
	if (m === undefined) return [at(y, 0, 1), at(y + 1, 0, 1) - 1];
	if (d === undefined) return [at(y, m - 1, 1), at(y, m, 1) - 1];
	return [at(y, m - 1, d), at(y, m - 1, d) + DAY - 1];
}

/** The instants a date allows: open ends unbounded; null for no date. */
export function plainDateRange(date: FuzzyDate): [number, number] | null {
	if (date.precision === 'unknown' || (!date.start && !date.end)) return null;
	if (date.precision !== 'range') return bounds(date.start!);
	return [date.start ? bounds(date.start)[0] : -Infinity, date.end ? bounds(date.end)[1] : Infinity];
}

/** The instants of a view's window, or null. */
export function plainWindow(view: ViewState): [number, number] | null {
	if (!view.from && !view.to) return null;
	return [view.from ? bounds(view.from)[0] : -Infinity, view.to ? bounds(view.to)[1] : Infinity];
}

function overlaps(date: FuzzyDate, window: [number, number] | null): boolean {
	if (!window) return true;
	const range = plainDateRange(date);
	return range !== null && range[0] <= window[1] && range[1] >= window[0];
}

/** The places of the moves a view keeps. */
export function plainRows(dataset: Dataset, view: ViewState, except?: 'organizations' | 'window'): number[] {
	const window = except === 'window' ? null : plainWindow(view);
	const companies = except === 'organizations' ? [] : view.companies;
	const places: number[] = [];
	dataset.moves.forEach((m, i) => {
		if (!plainShown(dataset, m, view.later)) return;
		if (companies.length > 0 && !companies.includes(m.from) && !companies.includes(m.to)) return;
		if (view.person !== undefined && m.person !== view.person) return;
		if (!overlaps(m.date, window)) return;
		places.push(i);
	});
	return places;
}

const weight = (m: Move) => m.weight ?? 1;

/** Moves in and out of each organization among some moves (a move within one counts once). */
export function plainTotals(moves: readonly Move[]): Map<string, number> {
	const totals = new Map<string, number>();
	for (const m of moves) {
		totals.set(m.from, (totals.get(m.from) ?? 0) + weight(m));
		if (m.to !== m.from) totals.set(m.to, (totals.get(m.to) ?? 0) + weight(m));
	}
	return totals;
}

/** The flow graph: nodes and links as (id → value, moves, people), Other → Other left out; `view.named` (12 unless given) named. */
export function plainFlow(dataset: Dataset, view: ViewState) {
	const named = view.named ?? 12;
	const moves = plainRows(dataset, view).map((i) => dataset.moves[i]!);
	const totals = plainTotals(moves);
	const ranked = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : 1));
	// "Other" groups at least five organizations, or none.
	const shown = new Set(
		ranked.length < named + 5
			? ranked
			: [...ranked.slice(0, named), ...view.companies.filter((c) => totals.has(c))]
	);
	const place = (id: string) => (shown.has(id) ? id : '_other');
	const nodes = new Map<string, { value: number; moves: string[]; people: Set<string> }>();
	const links = new Map<string, { value: number; moves: string[]; people: Set<string> }>();
	let otherToOther = 0;
	const add = (map: typeof nodes, key: string, m: Move) => {
		const entry = map.get(key) ?? { value: 0, moves: [], people: new Set<string>() };
		entry.value += weight(m);
		entry.moves.push(m.id);
		entry.people.add(m.person);
		map.set(key, entry);
	};
	for (const m of moves) {
		const from = place(m.from);
		const to = place(m.to);
		if (from === '_other' && to === '_other') {
			otherToOther += weight(m);
			continue;
		}
		add(nodes, `from:${from}`, m);
		add(nodes, `to:${to}`, m);
		add(links, `from:${from}→to:${to}|${m.certainty}|${plainBasis(m.evidence)}`, m);
	}
	const flat = (map: typeof nodes) =>
		Object.fromEntries(
			[...map].map(([id, e]) => [id, { value: e.value, moves: e.moves, people: e.people.size }])
		);
	return { nodes: flat(nodes), links: flat(links), otherToOther, hidden: ranked.length - shown.size };
}

/** What the filter offers: organizations with moves under every other filter (and the chosen ones). */
export function plainChoices(dataset: Dataset, view: ViewState) {
	const totals = plainTotals(plainRows(dataset, view, 'organizations').map((i) => dataset.moves[i]!));
	for (const c of view.companies) if (!totals.has(c)) totals.set(c, 0);
	return [...totals]
		.map(([id, moves]) => ({ id, moves }))
		.sort((a, b) => b.moves - a.moves || (a.id < b.id ? -1 : 1));
}

/** The ids of the facts the tables list, split by where they come from, in order. */
export function plainFacts(dataset: Dataset, view: ViewState) {
	const window = plainWindow(view);
	const unfiltered = view.companies.length === 0 && !window && view.person === undefined;
	const shows = (f: { evidence: Evidence[] }) => view.later || plainBasis(f.evidence) !== 'later-reporting';
	const involves = (ids: string[]) =>
		view.companies.length === 0 || ids.some((id) => view.companies.includes(id));
	const moves = plainRows(dataset, view).map((i) => dataset.moves[i]!);
	// The article's moves that those shown refine stay listed among the article's facts.
	const listedMoves = dataset.moves.filter(
		(m) => moves.includes(m) || moves.some((r) => r.refines === m.id && plainBasis(m.evidence) === 'article')
	);
	const events = dataset.events.filter(
		(e) =>
			shows(e) &&
			involves(e.organizations) &&
			overlaps(e.date, window) &&
			(view.person === undefined || e.people.includes(view.person))
	);
	const aggregates = dataset.aggregates.filter(
		(a) => shows(a) && involves([a.organization]) && overlaps(a.period, window) && view.person === undefined
	);
	const trends = dataset.trends.filter(
		(t) => shows(t) && involves(t.organizations) && !window && view.person === undefined
	);
	const reasons = unfiltered ? dataset.reasons.filter(shows) : [];
	const people = new Set([...listedMoves.map((m) => m.person), ...events.flatMap((e) => e.people)]);
	const kept = dataset.people.filter((p) => unfiltered || people.has(p.id));
	const orgs = new Set([
		...listedMoves.flatMap((m) => [m.from, m.to]),
		...events.flatMap((e) => e.organizations),
		...aggregates.map((a) => a.organization),
		...trends.flatMap((t) => t.organizations),
		...view.companies,
		...kept.flatMap((p) => p.roles.map((r) => r.organization))
	]);
	const organizations = dataset.organizations.filter((o) => unfiltered || orgs.has(o.id));
	const personEvidence = (p: Dataset['people'][number]) => [
		...p.evidence,
		...p.roles.flatMap((r) => r.evidence)
	];
	const all: { id: string; evidence: Evidence[] }[] = [
		...listedMoves,
		...aggregates,
		...events,
		...kept.map((p) => ({ id: p.id, evidence: personEvidence(p) })),
		...organizations,
		...reasons,
		...trends
	].filter((f) => view.later || plainBasis(f.evidence) !== 'later-reporting');
	return {
		article: all.filter((f) => plainBasis(f.evidence) === 'article').map((f) => f.id),
		others: all.filter((f) => plainBasis(f.evidence) !== 'article').map((f) => f.id)
	};
}

/** How many moves (weights) the timeline places in time, and those it lists as undated. */
export function plainTimelineMoves(dataset: Dataset, view: ViewState) {
	const moves = plainRows(dataset, view, 'window').map((i) => dataset.moves[i]!);
	const dated = moves.filter((m) => plainDateRange(m.date) !== null);
	return {
		placed: dated.reduce((sum, m) => sum + weight(m), 0),
		undated: moves.filter((m) => plainDateRange(m.date) === null).map((m) => m.id),
		/** Each dated move's month (year × 12 + month): its start's first, or else its end's last. */
		months: dated.map((m) => {
			const at = new Date(m.date.start ? bounds(m.date.start)[0] : bounds(m.date.end!)[1]);
			return { id: m.id, month: at.getUTCFullYear() * 12 + at.getUTCMonth(), weight: weight(m) };
		})
	};
}

/**
 * Typeahead done the obvious way: every name folded again at each keystroke, every match sorted
 * (those starting with the query, then the busiest, then by folded name and name as written).
 * The benchmark's naive peer, and what `searchNames` must equal.
 */
export function plainSearch(
	names: readonly string[],
	query: string,
	counts: ArrayLike<number>,
	limit: number
): { entries: number[]; total: number } {
	const q = foldName(query);
	const hits: { entry: number; rank: number; folded: string }[] = [];
	names.forEach((name, entry) => {
		const folded = foldName(name);
		const rank = folded.startsWith(q) ? 0 : folded.includes(` ${q}`) ? 1 : -1;
		if (rank >= 0) hits.push({ entry, rank, folded });
	});
	const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	hits.sort(
		(a, b) =>
			a.rank - b.rank ||
			(counts[b.entry] ?? 0) - (counts[a.entry] ?? 0) ||
			text(a.folded, b.folded) ||
			text(names[a.entry]!, names[b.entry]!) ||
			a.entry - b.entry
	);
	return { entries: hits.slice(0, limit).map((h) => h.entry), total: hits.length };
}

/**
 * The period (a month or a year, counted from year 0) a dated move is in: the one that holds both
 * ends of its range, each brought within the view's window (a move that overlaps the window but
 * begins before it is placed at its start); NaN for a range over two periods or more ("loose").
 */
function plainPeriod(m: Move, view: ViewState, unit: 'month' | 'year'): number {
	const monthOf = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
	const [lowest, highest] = [
		view.from ? monthOf(view.from) : -Infinity,
		view.to ? monthOf(view.to) : Infinity
	];
	const monthAt = (ms: number) =>
		Number.isFinite(ms) ? new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth() : ms;
	const keyOfMonth = (month: number) => {
		const placed = Math.min(Math.max(month, lowest), highest);
		return unit === 'month' ? placed : Math.floor(placed / 12);
	};
	const [first, last] = plainDateRange(m.date)!;
	const [a, b] = [keyOfMonth(monthAt(first)), keyOfMonth(monthAt(last))];
	return a === b ? a : NaN;
}

/**
 * The balance of the chosen organizations as a group: arrivals, departures, internal moves, their
 * sources and destinations (the busiest `top`, the rest as Other), per period, and each way between
 * two chosen ones.
 */
export function plainBalance(dataset: Dataset, view: ViewState, unit: 'month' | 'year', top = 5) {
	const moves = plainRows(dataset, view).map((i) => dataset.moves[i]!);
	const chosen = new Set(view.companies);
	const sum = (list: Move[]) => list.reduce((s, m) => s + weight(m), 0);
	const arrivals = moves.filter((m) => chosen.has(m.to) && !chosen.has(m.from));
	const departures = moves.filter((m) => chosen.has(m.from) && !chosen.has(m.to));
	const internal = moves.filter((m) => chosen.has(m.from) && chosen.has(m.to));
	const tallies = (list: Move[], end: 'from' | 'to') => {
		const counts = new Map<string, number>();
		for (const m of list) counts.set(m[end], (counts.get(m[end]) ?? 0) + weight(m));
		const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		const rest = sorted.slice(top);
		return {
			named: sorted.slice(0, top),
			other: { moves: rest.reduce((s, [, n]) => s + n, 0), organizations: rest.length }
		};
	};
	const key = (m: Move) => plainPeriod(m, view, unit);
	const dated = (list: Move[]) => list.filter((m) => plainDateRange(m.date) !== null);
	const placedIn = (list: Move[]) => dated(list).filter((m) => !Number.isNaN(key(m)));
	const keys = [...placedIn(arrivals), ...placedIn(departures)].map(key);
	const periods = [];
	for (let k = Math.min(...keys); k <= Math.max(...keys); k++) {
		const a = sum(placedIn(arrivals).filter((m) => key(m) === k));
		const d = sum(placedIn(departures).filter((m) => key(m) === k));
		periods.push({ key: k, arrivals: a, departures: d, net: a - d });
	}
	const loose = (list: Move[]) => sum(dated(list).filter((m) => Number.isNaN(key(m))));
	const [a, b] = view.companies;
	const between = (x?: string, y?: string) => sum(internal.filter((m) => m.from === x && m.to === y));
	const undated = (list: Move[]) => sum(list.filter((m) => plainDateRange(m.date) === null));
	const ab = between(a, b);
	const ba = between(b, a);
	return {
		arrivals: sum(arrivals),
		departures: sum(departures),
		net: sum(arrivals) - sum(departures),
		internal: sum(internal),
		sources: tallies(arrivals, 'from'),
		destinations: tallies(departures, 'to'),
		periods,
		undated: { arrivals: undated(arrivals), departures: undated(departures) },
		loose: { arrivals: loose(arrivals), departures: loose(departures) },
		pair: view.companies.length === 2 ? { ab, ba, ratio: ba > 0 ? ab / ba : null } : null
	};
}

/** The first and last day (days since 1970) a date allows, open ends unbounded; null for no date. */
function plainDays(date: FuzzyDate): [number, number] | null {
	const range = plainDateRange(date);
	return range && [Math.floor(range[0] / DAY), Math.floor(range[1] / DAY)];
}

/** The same date `years` later, by Date's own arithmetic (29 February rolls over to 1 March). */
function plainAnniversary(day: number, years: number): number {
	if (!Number.isFinite(day)) return day;
	const at = new Date(day * DAY);
	at.setUTCFullYear(at.getUTCFullYear() + years);
	return Math.floor(at.getTime() / DAY);
}

/**
 * Retention at each chosen organization: people who joined it (a dated move into it from elsewhere,
 * among the rows a view keeps) by year, and after 1 and 2 years whether they were still there,
 * from their next move out of it (over all their moves the view's `later` keeps), or else from the
 * end stated for their stay, with censoring at the data's last known day (its latest move or
 * stated end).
 */
export function plainRetention(dataset: Dataset, view: ViewState) {
	const kept = dataset.moves.map((m, i) => ({ m, i }));
	const placed = (m: Move) => {
		const days = plainDays(m.date)!;
		return Number.isFinite(days[0]) ? days[0] : days[1];
	};
	let lastDay = -Infinity;
	for (const { m } of kept)
		for (const date of [m.date, m.stayEnd]) {
			const days = date && plainDays(date);
			if (days) lastDay = Math.max(lastDay, Number.isFinite(days[1]) ? days[1] : days[0]);
		}
	const arrivals = plainRows(dataset, view).filter((i) => {
		const m = dataset.moves[i]!;
		return view.companies.includes(m.to) && m.from !== m.to;
	});
	const cohorts: { organization: string; year: number; joined: number; after: Record<string, number>[] }[] =
		[];
	const undated = new Map<string, number>();
	const loose = new Map<string, number>();
	for (const organization of view.companies)
		for (const i of arrivals) {
			const m = dataset.moves[i]!;
			if (m.to !== organization) continue;
			const arrival = plainDays(m.date);
			if (!arrival) {
				undated.set(organization, (undated.get(organization) ?? 0) + weight(m));
				continue;
			}
			const theirs = kept.filter((k) => k.m.person === m.person && plainShown(dataset, k.m, view.later));
			const sequence = theirs
				.filter((k) => plainDays(k.m.date) !== null)
				.sort((x, y) => placed(x.m) - placed(y.m) || x.i - y.i);
			const at = sequence.findIndex((k) => k.i === i);
			const departure = sequence.slice(at + 1).find((k) => k.m.from === organization)?.m;
			const undatedOut = theirs.some((k) => plainDays(k.m.date) === null && k.m.from === organization);
			// A move dated only to a span that runs over more than one year is in no year (its outcomes are told below
			// all the same, for the organization's total).
			const year = plainPeriod(m, view, 'year');
			if (Number.isNaN(year)) loose.set(organization, (loose.get(organization) ?? 0) + weight(m));
			let cohort = cohorts.find((c) => c.organization === organization && Object.is(c.year, year));
			if (!cohort) {
				const none = () => ({ stayed: 0, left: 0, censored: 0, unknown: 0 });
				cohorts.push((cohort = { organization, year, joined: 0, after: [none(), none()] }));
			}
			cohort.joined += weight(m);
			[1, 2].forEach((years, n) => {
				const earliest = plainAnniversary(arrival[0], years);
				const latest = plainAnniversary(arrival[1], years);
				// A stay's end, from a move out or else as stated: an end no source dates may be any day.
				const endedOn = ([d1, d2]: [number, number]) =>
					d2 < earliest ? 'left' : d1 >= latest ? 'stayed' : 'unknown';
				let outcome: string;
				if (departure) outcome = endedOn(plainDays(departure.date)!);
				else if (undatedOut) outcome = 'unknown';
				else if (m.stayEnd) outcome = endedOn(plainDays(m.stayEnd) ?? [-Infinity, Infinity]);
				else outcome = lastDay >= latest ? 'stayed' : 'censored';
				cohort.after[n]![outcome]! += weight(m);
			});
		}
	const order = (c: { organization: string; year: number }) => view.companies.indexOf(c.organization);
	const byOrganization = (counts: Map<string, number>) =>
		view.companies.filter((c) => counts.has(c)).map((c) => ({ organization: c, arrivals: counts.get(c)! }));
	return {
		cohorts: cohorts
			.filter((c) => !Number.isNaN(c.year))
			.sort((a, b) => order(a) - order(b) || a.year - b.year),
		/** Each organization's loose arrivals, as one cohort of no year: they count in its total. */
		looseCounts: cohorts.filter((c) => Number.isNaN(c.year)),
		undated: byOrganization(undated),
		loose: byOrganization(loose)
	};
}
