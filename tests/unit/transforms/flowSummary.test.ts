// The sentence over the flow diagram of a file of flows (which names no one): the busiest origins by
// the moves they count, and for each the three places most of them went, ties in the order the rows
// first name them.
import { describe, expect, it } from 'vitest';
import { flowsDataset } from '../../../src/cli/aggregate/toDataset';
import { buildStore } from '../../../src/lib/core/store';
import { compileSelection, selectRows } from '../../../src/lib/core/selection';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { DEFAULT_VIEW } from '../../../src/lib/state/viewUrl';
import { flowSummary } from '../../../src/lib/transforms/chartLabels';
import { indexDataset } from '../../../src/lib/transforms/datasetIndex';

const organizations = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map((name, i) => ({
	key: name.toLowerCase(),
	name,
	firstRow: i + 2
}));
const month = { precision: 'month', start: '2024-03' } as const;
/** Flows in the order of the file's rows: [from, to, moves]. */
const flows = (
	[
		['alpha', 'delta', 5],
		['alpha', 'gamma', 3],
		['alpha', 'beta', 5],
		['alpha', 'epsilon', 3],
		['beta', 'alpha', 4],
		['gamma', 'alpha', 1],
		['delta', 'epsilon', 1],
		['epsilon', 'alpha', 1]
	] as const
).map(([fromKey, toKey, weight]) => ({ fromKey, toKey, weight, date: month, certainty: 'stated' as const }));
const provenance = {
	file: 'flows.csv',
	rows: 30,
	sha256: 'ab'.repeat(32),
	query: 'talent-flows-sql/3+0123456789ab'
};

function summary(locale: 'en' | 'fr', companies: string[] = []) {
	const dataset = flowsDataset('flows.csv', provenance, flows, organizations);
	const store = buildStore(dataset);
	const rows = selectRows(store, compileSelection(store, { ...DEFAULT_VIEW, companies }));
	return flowSummary(store, rows, indexDataset(dataset, store.personNumber), locale, messagesFor(locale));
}

describe('the summary of a file of flows', () => {
	it('names the three busiest origins by moves, each with where most went; equal counts keep the rows’ order', () => {
		expect(summary('en')).toBe(
			'16 moves left Alpha, for Delta (5), Beta (5), and Gamma (3). 4 moves left Beta, for Alpha (4). ' +
				'1 move left Gamma, for Alpha (1). Moves from 2 more organizations are drawn too.'
		);
	});

	it('follows the filter, and reads in French', () => {
		expect(summary('en', ['epsilon'])).toBe(
			'3 moves left Alpha, for Epsilon (3). 1 move left Delta, for Epsilon (1). 1 move left Epsilon, for Alpha (1).'
		);
		expect(summary('fr')).toMatch(/^16 départs d’Alpha, vers Delta \(5\), Beta \(5\) et Gamma \(3\)\./);
	});
});
