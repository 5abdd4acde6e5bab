import type { Article } from '../schema/article';
import type { Dataset } from '../schema/dataset';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { runWhenIdle } from '../browser/idleWork';
import { runInSlices } from '../browser/timeSlices';
import { indexDataset, type DatasetIndex } from '../transforms/describeFact';
import {
	articleEvents,
	factsById,
	factsBySentence,
	factsBySource,
	listFacts,
	listFactsInSlices
} from '../transforms/facts';
import { buildCompanyIndex, filterByCompanies, LISTED_FIRST, placesInDataset } from '../transforms/filter';
import { sentencesByFact } from '../transforms/linking';

/** What the page shows a dataset with: the article it sits beside, and the interface language. */
export interface ViewContext {
	article: Article;
	locale: Locale;
	m: Messages;
}

/** Runs one step of work, measured (performance.measure, "prepare: …") so a profile shows its cost. */
type Step = <T>(name: string, work: () => T) => T;

const step: Step = (name, work) => {
	const start = performance.now();
	const result = work();
	performance.measure(`prepare: ${name}`, { start, end: performance.now() });
	return result;
};

/** The charts' transforms: islands' code (src/lib/islands), fetched when an import is made. */
function chartTransforms() {
	return Promise.all([
		import('../transforms/flowGraph'),
		import('../transforms/chartLabels'),
		import('../transforms/timeline'),
		import('../transforms/timelineBins'),
		import('../transforms/timelineSummary')
	]).then(([flows, labels, timelines, bins, summary]) => ({ flows, labels, timelines, bins, summary }));
}
type ChartTransforms = Awaited<ReturnType<typeof chartTransforms>>;

/**
 * What the charts ask of the moves shown, `shown` being `whole` or a filter's part of it: the flow
 * graph with its labels and summary, and the timeline with its bars, their names and its summary.
 * An import does not quote the article, so every move is drawn.
 */
function* chartViews(
	shown: Dataset,
	whole: Dataset,
	index: DatasetIndex,
	charts: ChartTransforms,
	context: ViewContext
): Generator<void, void> {
	const { flows, labels, timelines, bins, summary } = charts;
	const { article, locale, m } = context;
	// FlowPanel.
	const flow = step('flow graph', () => flows.storyFlowGraph(shown.moves, index.organizations));
	yield;
	step('flow labels', () => labels.flowLabels(flow.graph, index, locale, m, flow.hiddenOrganizations));
	yield;
	step('flow summary', () => labels.flowSummary(shown.moves, index, locale, m));
	yield;
	// TimelinePanel and Timeline.
	const end = timelines.publicationEnd(article.published.date.start);
	const timeline = step('timeline', () =>
		timelines.storyTimeline(shown.moves, articleEvents(shown.events), shown.aggregates, end, whole.moves)
	);
	yield;
	const unit = bins.binUnitFor(timeline.domain);
	const bars = step('timeline bins', () => bins.binTimeline(timeline.items, unit));
	step('timeline bin labels', () => bins.binLabels(bars, unit, locale, m));
	yield;
	step('timeline summary', () => summary.timelineSummary(timeline, index, locale, m));
}

/**
 * Works out, a slice at a time, what the page derives from a newly imported dataset before it
 * shows it unfiltered: the indexes, the facts, the flow graph with its labels and the timeline with
 * its bins and summary. Each transform remembers its result (see `remember`), so when the page
 * then asks for the same views with the same arguments, it finds them made, and switching to the
 * import takes no long task. Steps here must ask exactly what the page's components ask.
 *
 * Given `shown` (true while the page shows this dataset), it then goes on, while the browser is
 * idle, with the views of the organizations the filter lists first (see `prepareFilterViews`).
 */
export async function prepareStoryViews(
	dataset: Dataset,
	context: ViewContext,
	shown?: () => boolean
): Promise<void> {
	const charts = await chartTransforms();
	function* steps(): Generator<void, void> {
		// StoryPage: the filter's index, the lookups, the facts (an import is shown unfiltered).
		step('company index', () => buildCompanyIndex(dataset));
		yield;
		// What the first filter would otherwise work out: where each move's person and
		// organizations sit in their lists.
		step('filter places', () => placesInDataset(dataset));
		yield;
		const index = step('lookups', () => indexDataset(dataset));
		yield;
		const listing = listFactsInSlices(dataset);
		let listed = step('facts', () => listing.next());
		while (!listed.done) {
			yield;
			listed = step('facts', () => listing.next());
		}
		const facts = listed.value;
		yield;
		step('facts by source', () => factsBySource(facts));
		// StoryState and StoryView.
		step('sentence links', () => [factsBySentence(facts), sentencesByFact(facts)]);
		yield;
		step('facts by id', () => factsById(facts));
		yield;
		step('filter places', () => charts.flows.movesAsNumbers(dataset.moves, index.organizations));
		yield;
		// The timeline's rows of the whole list, placed and sorted in slices; a filter takes its
		// rows from them.
		const end = charts.timelines.publicationEnd(context.article.published.date.start);
		const placing = charts.timelines.rowsOfMovesInSlices(dataset.moves, end);
		while (!step('timeline', () => placing.next()).done) yield;
		yield* chartViews(dataset, dataset, index, charts, context);
	}
	await runInSlices(steps());
	if (shown) {
		const choices = buildCompanyIndex(dataset).choices.slice(0, LISTED_FIRST);
		// Work done ahead of the reader: if it fails, the page makes those views itself when they
		// are asked for (behind its error boundaries), so the failure is not the reader's to see.
		prepareFilterViews(
			dataset,
			choices.map((c) => [c.id]),
			context,
			shown
		).catch(() => undefined);
	}
}

/** Below this many moves, a filter's views are made in a frame: nothing is worth preparing. */
export const PREPARE_FILTERS_FROM = 5_000;

/**
 * Makes, while the browser is idle, the views of the filters a reader of a large import is likely
 * to choose next (`choices`, each a list of organization ids: the ones the filter lists first), as
 * the page would ask for them. Choosing one then finds its part and views made, as a filter chosen
 * again does (see `filterByCompanies`). Stops as soon as `shown` says the page shows another
 * dataset. Gives the parts it made, in the order of `choices`.
 */
export async function prepareFilterViews(
	whole: Dataset,
	choices: readonly (readonly string[])[],
	context: ViewContext,
	shown: () => boolean
): Promise<Dataset[]> {
	const parts: Dataset[] = [];
	if (whole.moves.length < PREPARE_FILTERS_FROM) return parts;
	const charts = await chartTransforms();
	const companyIndex = buildCompanyIndex(whole);
	const index = indexDataset(whole);
	function* steps(): Generator<void, void> {
		for (const companies of choices) {
			const part = step('filter: part', () => filterByCompanies(whole, companyIndex, companies));
			parts.push(part);
			yield;
			const facts = step('filter: facts', () => listFacts(part, whole));
			step('filter: facts by source', () => factsBySource(facts));
			step('filter: sentence links', () => [factsBySentence(facts), sentencesByFact(facts)]);
			yield;
			yield* chartViews(part, whole, index, charts, context);
			yield;
		}
	}
	await runWhenIdle(steps(), () => !shown());
	return parts;
}
