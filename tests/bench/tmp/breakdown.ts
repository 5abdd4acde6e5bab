import { buildStore } from '../../../src/lib/core/store';
import { compileSelection, selectRows } from '../../../src/lib/core/selection';
import { flowView } from '../../../src/lib/core/views/flow';
import { factsView } from '../../../src/lib/core/views/factLists';
import { organizationChoices } from '../../../src/lib/core/views/choices';
import { timelineOfSelection } from '../../../src/lib/core/views/timeline';
import { flowSummary } from '../../../src/lib/transforms/chartLabels';
import { indexDataset } from '../../../src/lib/transforms/datasetIndex';
import { en } from '../../../src/lib/i18n/en';
import { careersCsv, datasetOf, MOVE_SIZES } from '../benchData';
import { random } from '../generate';
import { randomView } from '../transforms';
import { median } from '../stats';
const size = MOVE_SIZES.find((s) => s.name === '100k')!;
const dataset = datasetOf(careersCsv(size.people), 'x.csv');
const store = buildStore(dataset);
const index = indexDataset(dataset);
const next = random(3);
const t: Record<string, number[]> = {};
const time = (k: string, f: () => unknown) => {
	const s = performance.now();
	const r = f();
	(t[k] ??= []).push(performance.now() - s);
	return r;
};
for (let i = 0; i < 80; i++) {
	const view = randomView(store, next);
	const sel = compileSelection(store, view);
	const rows = time('rows', () => selectRows(store, sel)) as Int32Array;
	time('rowsNoOrg', () => selectRows(store, sel, 'organizations'));
	time('flow', () => flowView(store, rows, { chosen: sel.organizations }));
	time('facts', () => factsView(store, rows, sel));
	time('choices', () => organizationChoices(store, selectRows(store, sel, 'organizations'), sel));
	time('timeline', () => timelineOfSelection(store, sel, Date.UTC(2024, 3, 3)));
	time('summary', () => flowSummary(store, rows, index, 'en', en));
}
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(10), median(v.slice(10)).toFixed(2));
