// Transform timings at about 1k, 10k and 100k moves: the pure functions the page runs when its data
// or its filter changes, each timed alone in node (median of several runs after warm-up).
import type { Dataset } from '../../src/lib/schema/dataset';
import { buildCompanyIndex, filterByCompanies, placesInDataset } from '../../src/lib/transforms/filter';
import { buildFlowGraph, topOrganizations } from '../../src/lib/transforms/flowGraph';
import { layoutFlows } from '../../src/lib/transforms/flowLayout';
import { buildTimeline } from '../../src/lib/transforms/timeline';
import { binTimeline, binUnitFor, MAX_TIMELINE_ROWS } from '../../src/lib/transforms/timelineBins';
import { careersCsv, datasetOf, MOVE_SIZES } from './benchData';
import { timeMedian } from './stats';
import { format, infoRow, type BenchRow } from './table';

/** The budgets for the drawn charts. */
export const BUDGETS = { layoutMs: 30, links: 500, timelineMarks: 2_000 };

// What the story view does with a large dataset (StoryView.svelte): above 60 moves it names the
// 12 busiest organizations and groups the rest. Kept in step by hand; the browser rows check the
// page itself.
const NAMED_ORGANIZATIONS = 12;
const NAMING_THRESHOLD = 60;
// The flow diagram's size before the browser measures it (FlowDiagram.svelte: 560 px wide, less
// the room for the last column's labels, 220 px high).
const FLOW_SIZE = { width: 370, height: 220 };
// Open date ranges of an import run to the article's publication, as on the page.
const PUBLICATION = Date.UTC(2024, 3, 3);

/**
 * A copy of a dataset with new lists of the same facts, as a filter makes: nothing remembered for
 * the original lists answers for it, while each fact stays the same object.
 */
function freshLists(dataset: Dataset): Dataset {
	return {
		...dataset,
		sources: [...dataset.sources],
		organizations: [...dataset.organizations],
		people: [...dataset.people],
		moves: [...dataset.moves],
		aggregates: [...dataset.aggregates],
		events: [...dataset.events],
		reasons: [...dataset.reasons],
		trends: [...dataset.trends]
	};
}

/** Times filter, aggregate, layout and bin on one dataset, and checks what they draw. */
export function transformRows(dataset: Dataset, size: string): BenchRow[] {
	const n = `${size} (${dataset.moves.length.toLocaleString('en')} moves)`;
	const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
	const fresh = () => freshLists(dataset);

	const index = timeMedian(fresh, (d) => buildCompanyIndex(d));
	const busiest = index.result.choices[0]!.id;
	// As the page does: the index and the places of each move's people and organizations are made
	// once per dataset, before any filter; the timing is of a filter chosen for the first time.
	const filter = timeMedian(
		() => {
			const d = fresh();
			placesInDataset(d);
			return { d, index: buildCompanyIndex(d) };
		},
		({ d, index }) => filterByCompanies(d, index, [busiest])
	);

	const aggregate = timeMedian(fresh, (d) =>
		buildFlowGraph(d.moves, organizations, {
			shown: d.moves.length > NAMING_THRESHOLD ? topOrganizations(d.moves, NAMED_ORGANIZATIONS) : undefined
		})
	);
	const graph = aggregate.result;
	const layout = timeMedian(
		() => ({ nodes: [...graph.nodes], links: [...graph.links] }),
		(g) => layoutFlows(g, FLOW_SIZE)
	);
	const links = layout.result.links.length;

	const bin = timeMedian(fresh, (d) => {
		const timeline = buildTimeline(d, PUBLICATION);
		return timeline.items.length > MAX_TIMELINE_ROWS
			? binTimeline(timeline.items, binUnitFor(timeline.domain))
			: timeline.items;
	});
	const marks = bin.result.length;

	return [
		infoRow(`filter ${n}: company index (once per dataset)`, format(index.ms, 'ms')),
		infoRow(
			`filter ${n}: busiest company, first chosen (lookup + subset)`,
			`${format(filter.ms, 'ms')} · ${filter.result.moves.length.toLocaleString('en')} moves kept`
		),
		infoRow(
			`aggregate ${n}: top ${NAMED_ORGANIZATIONS} + Other, flow graph`,
			`${format(aggregate.ms, 'ms')} · ${aggregate.result.links.length} links`
		),
		{
			what: `layout ${n}: d3-sankey`,
			measured: `${format(layout.ms, 'ms')} · ${links} links drawn`,
			budget: `≤ ${BUDGETS.layoutMs} ms · ≤ ${BUDGETS.links} links`,
			pass: layout.ms <= BUDGETS.layoutMs && links <= BUDGETS.links
		},
		{
			what: `bin ${n}: timeline, binned when over ${MAX_TIMELINE_ROWS} rows`,
			measured: `${format(bin.ms, 'ms')} · ${marks.toLocaleString('en')} marks`,
			budget: `≤ ${BUDGETS.timelineMarks.toLocaleString('en')} marks`,
			pass: marks <= BUDGETS.timelineMarks
		}
	];
}

/** The transforms family: each size generated in memory, then timed. */
export async function transformsFamily(): Promise<BenchRow[]> {
	return MOVE_SIZES.flatMap(({ name, people }) =>
		transformRows(datasetOf(careersCsv(people), `careers-${name}.csv`), name)
	);
}
