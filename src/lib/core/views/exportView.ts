import type { Dataset } from '../../schema/dataset';
import type { Evidence } from '../../schema/evidence';
import type { MoveStore } from '../store';
import { withRefinedRows, type FactsView } from './factLists';

/**
 * The dataset a selection shows, as a file of its own: the facts listed, every person and
 * organization they name (so that it validates and imports again), and the sources they cite.
 * Its moves are the rows and, unless `refined` is false (a table of the moves counted), the
 * article's moves they refine, which the lists of facts show too.
 */
export function viewDataset(store: MoveStore, rows: Int32Array, facts: FactsView, refined = true): Dataset {
	const whole = store.dataset;
	const listed = new Set<string>();
	for (const list of [facts.article, facts.others])
		for (const f of list.slice(0, list.length)) listed.add(f.id);
	const moves = Array.from(refined ? withRefinedRows(store, rows) : rows, (row) => whole.moves[row]!);
	const events = whole.events.filter((e) => listed.has(e.id));
	const aggregates = whole.aggregates.filter((a) => listed.has(a.id));
	const trends = whole.trends.filter((t) => listed.has(t.id));
	const reasons = whole.reasons.filter((r) => listed.has(r.id));
	const named = new Set(listed);
	for (const m of moves) named.add(m.person).add(m.from).add(m.to);
	for (const e of events) for (const id of [...e.people, ...e.organizations]) named.add(id);
	for (const a of aggregates) named.add(a.organization);
	for (const t of trends) for (const id of t.organizations) named.add(id);
	const people = whole.people.filter((p) => named.has(p.id));
	for (const p of people) for (const r of p.roles) named.add(r.organization);
	const organizations = whole.organizations.filter((o) => named.has(o.id));
	const cited = new Set<string>();
	const cite = (evidence: readonly Evidence[]) => {
		for (const e of evidence) cited.add(e.source);
	};
	for (const list of [moves, events, aggregates, trends, reasons, organizations])
		for (const f of list) cite(f.evidence);
	for (const p of people) {
		cite(p.evidence);
		for (const r of p.roles) cite(r.evidence);
	}
	return {
		...whole,
		sources: whole.sources.filter((s) => cited.has(s.id) || s.kind === 'article'),
		organizations,
		people,
		moves,
		aggregates,
		events,
		reasons,
		trends
	};
}
