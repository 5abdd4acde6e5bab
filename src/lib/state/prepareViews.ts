import type { Article } from '../schema/article';
import type { Dataset } from '../schema/dataset';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { runInSlices } from '../browser/timeSlices';
import { indexDataset } from '../transforms/describeFact';
import { basisOf, factsById, factsBySentence, listFactsInSlices } from '../transforms/facts';
import { buildCompanyIndex, placesInDataset } from '../transforms/filter';
import { sentencesByFact } from '../transforms/linking';

/** What the page shows a dataset with: the article it sits beside, and the interface language. */
export interface ViewContext {
	article: Article;
	locale: Locale;
	m: Messages;
}

/**
 * Works out, a slice at a time, what the page derives from a newly imported dataset before it
 * shows it unfiltered: the indexes, the facts, the flow graph with its labels and the timeline with
 * its bins and summary. Each transform remembers its result (see `remember`), so when the page
 * then asks for the same views with the same arguments, it finds them made, and switching to the
 * import takes no long task. Steps here must ask exactly what the page's components ask.
 */
export async function prepareStoryViews(dataset: Dataset, context: ViewContext): Promise<void> {
	// The charts' transforms are islands' code (src/lib/islands): fetched here, not on first load.
	const [flows, labels, timelines, bins, summary] = await Promise.all([
		import('../transforms/flowGraph'),
		import('../transforms/chartLabels'),
		import('../transforms/timeline'),
		import('../transforms/timelineBins'),
		import('../transforms/timelineSummary')
	]);
	const { article, locale, m } = context;
	// Each step is measured (performance.measure, "prepare: …"), so that a profile of a large
	// import shows which view costs what.
	const step = <T>(name: string, work: () => T): T => {
		const start = performance.now();
		const result = work();
		performance.measure(`prepare: ${name}`, { start, end: performance.now() });
		return result;
	};
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
		// StoryState and StoryView.
		step('sentence links', () => [factsBySentence(facts), sentencesByFact(facts)]);
		yield;
		step('facts by id', () => factsById(facts));
		yield;
		// FlowPanel: an import does not quote the article, so every move is drawn.
		const { moves } = dataset;
		const flow = step('flow graph', () => flows.storyFlowGraph(moves, index.organizations));
		yield;
		step('filter places', () => flows.movesAsNumbers(moves, index.organizations));
		yield;
		step('flow labels', () => labels.flowLabels(flow.graph, index, locale, m, flow.hiddenOrganizations));
		yield;
		step('flow summary', () => labels.flowSummary(moves, index, locale, m));
		yield;
		// TimelinePanel, with later reporting off (the default view).
		const events = dataset.events.filter(
			(e) => basisOf(e.evidence) === 'article' || e.kind === 'publication'
		);
		const end = timelines.publicationEnd(article.published.date.start);
		const placing = timelines.rowsOfMovesInSlices(moves, end);
		while (!step('timeline', () => placing.next()).done) yield;
		const timeline = step('timeline', () =>
			timelines.storyTimeline(moves, events, dataset.aggregates, end, moves)
		);
		yield;
		step('timeline bins', () => bins.binTimeline(timeline.items, bins.binUnitFor(timeline.domain)));
		yield;
		step('timeline summary', () => summary.timelineSummary(timeline, index, locale, m));
	}
	await runInSlices(steps());
}
