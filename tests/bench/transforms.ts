// The core's timings at about 1k, 10k and 100k moves, in node: the column store (once per dataset),
// then random selections (1–5 organizations, a time window, a person, other reporting on or off),
// each compiled and answered with every view the page draws; and the flow layout. Medians after
// warm-up, over selections drawn at random, never the same case twice.
import type { Dataset } from '../../src/lib/schema/dataset';
import { buildStore, type MoveStore } from '../../src/lib/core/store';
import { compileSelection, selectRows } from '../../src/lib/core/selection';
import { flowView } from '../../src/lib/core/views/flow';
import { factsView } from '../../src/lib/core/views/factLists';
import { organizationChoices } from '../../src/lib/core/views/choices';
import { MAX_TIMELINE_ROWS, timelineOfSelection } from '../../src/lib/core/views/timeline';
import { balanceView } from '../../src/lib/core/views/balance';
import { careerPath } from '../../src/lib/core/views/careerPath';
import { retentionView } from '../../src/lib/core/views/retention';
import { Stays } from '../../src/lib/core/views/stays';
import { layoutFlows } from '../../src/lib/transforms/flowLayout';
import type { ViewState } from '../../src/lib/state/viewUrl';
import { careersCsv, datasetOf, MOVE_SIZES } from './benchData';
import { random } from './generate';
import { median, percentile, timeMedian } from './stats';
import { format, infoRow, type BenchRow } from './table';
import { typeaheadRows } from './typeahead';

/** The budgets for the drawn charts. */
export const BUDGETS = { layoutMs: 30, links: 500, timelineMarks: 2_000 };

// The flow diagram's plot before the browser measures it (FlowDiagram.svelte: 560 px less the
// names' room, 220 px high).
const FLOW_SIZE = { width: 370, height: 220 };
const PUBLICATION = Date.UTC(2024, 3, 3);
const SELECTIONS = 60;

/** A random view: 1–5 organizations among the busiest 40, a window of months, a person, later on or off. */
export function randomView(store: MoveStore, next: () => number): ViewState {
	const { offsets } = store.byOrganization;
	const busiest = store.organizationIds
		.map((id, k) => ({ id, n: offsets[k + 1]! - offsets[k]! }))
		.sort((a, b) => b.n - a.n)
		.slice(0, 40);
	const companies = [
		...new Set(
			Array.from(
				{ length: 1 + Math.floor(next() * 5) },
				() => busiest[Math.floor(next() * busiest.length)]!.id
			)
		)
	];
	const month = () =>
		`${2015 + Math.floor(next() * 10)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
	const [a, b] = [month(), month()].sort();
	const view: ViewState = { companies: next() < 0.8 ? companies : [], later: next() < 0.5 };
	if (next() < 0.6) Object.assign(view, { from: a, to: b });
	if (next() < 0.15) view.person = store.personIds[Math.floor(next() * store.personIds.length)];
	return view;
}

/**
 * Every view the page makes of one selection: what a filter change costs before drawing. Where the
 * stays at each organization ended is kept per dataset and setting of `later`, as the page's state
 * keeps it (`stays`, one per setting).
 */
export function answer(store: MoveStore, view: ViewState, stays: Record<'true' | 'false', Stays>) {
	const selection = compileSelection(store, view);
	const rows = selectRows(store, selection);
	const flow = flowView(store, rows, { chosen: selection.organizations });
	factsView(store, rows, selection);
	organizationChoices(store, selectRows(store, selection, 'organizations'), selection);
	const timeline = timelineOfSelection(store, selection, PUBLICATION);
	// The balance and retention of the organizations chosen, and the path of the person chosen.
	if (selection.organizations.length > 0) {
		balanceView(store, rows, selection.organizations, timeline.unit);
		retentionView(store, rows, selection, stays[`${selection.later}`].at(selection.organizations));
	}
	if (selection.person >= 0) careerPath(store, selection.person, selection.later);
	return { rows, flow, timeline };
}

/** Times the store, random selections and the layout on one dataset, and checks what they draw. */
export function transformRows(dataset: Dataset, size: string): BenchRow[] {
	const n = `${size} (${dataset.moves.length.toLocaleString('en')} moves)`;
	const built = timeMedian(
		() => dataset,
		(d) => buildStore(d),
		{ warmup: 1, runs: 3 }
	);
	const store = built.result;
	const next = random(7);
	const stays = { true: new Stays(store, true), false: new Stays(store, false) };
	const times: number[] = [];
	for (let i = 0; i < SELECTIONS + 5; i++) {
		const view = randomView(store, next);
		const started = performance.now();
		answer(store, view, stays);
		if (i >= 5) times.push(performance.now() - started);
	}
	const all = answer(store, { companies: [], later: true }, stays);
	const graph = all.flow.graph;
	const layout = timeMedian(
		() => graph,
		(g) => layoutFlows(g, FLOW_SIZE)
	);
	const links = layout.result.links.length;
	const marks = all.timeline.bins.length + all.timeline.items.length;
	return [
		infoRow(`store ${n}: columns built (once per dataset)`, format(built.ms, 'ms')),
		infoRow(
			`select ${n}: every view of a random selection, median · p95 of ${SELECTIONS}`,
			`${format(median(times), 'ms')} · ${format(percentile(times, 0.95), 'ms')}`
		),
		{
			what: `layout ${n}: d3-sankey, no filter`,
			measured: `${format(layout.ms, 'ms')} · ${links} links drawn`,
			budget: `≤ ${BUDGETS.layoutMs} ms · ≤ ${BUDGETS.links} links`,
			pass: layout.ms <= BUDGETS.layoutMs && links <= BUDGETS.links
		},
		{
			what: `timeline ${n}: rows, or bars when over ${MAX_TIMELINE_ROWS}`,
			measured: `${marks.toLocaleString('en')} marks`,
			budget: `≤ ${BUDGETS.timelineMarks.toLocaleString('en')} marks`,
			pass: marks <= BUDGETS.timelineMarks
		}
	];
}

/** The transforms family: each size generated in memory, then timed; then the typeahead. */
export async function transformsFamily(): Promise<BenchRow[]> {
	return [
		...MOVE_SIZES.flatMap(({ name, people }) =>
			transformRows(datasetOf(careersCsv(people), `careers-${name}.csv`), name)
		),
		...typeaheadRows()
	];
}
