import type { Dataset } from '../../../src/lib/schema/dataset';
import { buildStore } from '../../../src/lib/core/store';
import { compileSelection, selectRows } from '../../../src/lib/core/selection';
import { flowView } from '../../../src/lib/core/views/flow';
import { factsView } from '../../../src/lib/core/views/factLists';
import { organizationChoices } from '../../../src/lib/core/views/choices';
import { timelineOfSelection } from '../../../src/lib/core/views/timeline';
import { publicationEnd } from '../../../src/lib/transforms/timeline';
import { DEFAULT_VIEW, type ViewState } from '../../../src/lib/state/viewUrl';

/** The article's publication, where open spans end: the default of every test. */
export const PUBLISHED = '2024-04-03';

/**
 * Every view the page draws of a dataset under a view state, made as the dashboard state makes
 * them: the store, the selection, its rows, the flow graph, the facts, the choices and the timeline.
 * Later reporting is on unless the view says otherwise, so that tests see every move.
 */
export function viewsOf(dataset: Dataset, view: Partial<ViewState> = {}, published = PUBLISHED) {
	const store = buildStore(dataset);
	const selection = compileSelection(store, { ...DEFAULT_VIEW, later: true, ...view });
	const rows = selectRows(store, selection);
	return {
		store,
		selection,
		rows,
		flow: flowView(store, rows, { chosen: selection.organizations, named: view.named }),
		facts: factsView(store, rows, selection),
		choices: organizationChoices(store, selectRows(store, selection, 'organizations'), selection),
		timeline: timelineOfSelection(store, selection, publicationEnd(published))
	};
}

/** A dataset of the given moves, with just enough around them to be one. */
export function datasetOf(moves: Dataset['moves'], extra: Partial<Dataset> = {}): Dataset {
	const ids = (pick: (m: Dataset['moves'][number]) => string[]) => [...new Set(moves.flatMap(pick))];
	const evidence = [{ basis: 'import' as const, source: 'file', row: 2 }];
	return {
		schemaVersion: 1,
		title: { en: 'Test', fr: 'Test' },
		sources: [{ id: 'file', kind: 'import', title: 'test.csv', publisher: 'test' }],
		organizations: ids((m) => [m.from, m.to]).map((id) => ({ id, name: id, kind: 'unknown', evidence })),
		people: ids((m) => [m.person]).map((id) => ({ id, name: id, roles: [], evidence })),
		moves,
		aggregates: [],
		events: [],
		reasons: [],
		trends: [],
		...extra
	};
}
