import { describe, expect, it } from 'vitest';
import { balanceView } from '../../../src/lib/core/views/balance';
import { periodText } from '../../../src/lib/core/views/periods';
import { movesBehind } from '../../../src/lib/core/views/movesBehind';
import type { Dataset } from '../../../src/lib/schema/dataset';
import type { MovesFocus } from '../../../src/lib/state/movesFocus';
import type { ViewState } from '../../../src/lib/state/viewUrl';
import talentJson from '../../../data/talent.json';
import { move } from './testMoves';
import { datasetOf, viewsOf } from './viewsOf';

// Meta gains from Google, OpenAI and a startup, and loses to OpenAI and another startup; one move
// stays inside Meta, and one arrival has no date.
const moves = [
	move('ann', 'google', 'meta', '2023-01-10'),
	move('bob', 'openai', 'meta', '2023-02'),
	move('cy', 'meta', 'openai', '2023-02-15'),
	move('di', 'meta', 's1', '2024'),
	move('ed', 's2', 'meta', '?'),
	move('flo', 'meta', 'meta', '2023-06'),
	move('gus', 'meta', 'openai', '2024-05-01'),
	move('hal', 'google', 's1', '2023-03')
];
const dataset = datasetOf(moves);

/** The balance and the moves behind its numbers, for a view of the dataset. */
function balanceOf(d: Dataset, view: Partial<ViewState>, unit: 'month' | 'year' = 'year', top = 5) {
	const { store, rows, selection } = viewsOf(d, view);
	const balance = balanceView(store, rows, selection.organizations, unit, top, selection.window);
	const id = (k: number) => store.organizationIds[k];
	const behind = (focus: MovesFocus) =>
		[...movesBehind(store, rows, balance, focus)].map((row) => d.moves[row]!.person);
	return { balance, id, behind };
}

describe('balanceView', () => {
	it('places a move in no period when its dates spread over more than one: "in recent weeks" up to 3 April is in no month, but in March within a window of March', () => {
		const talent = talentJson as Dataset;
		const months = (b: ReturnType<typeof balanceOf>['balance']) =>
			b.periods.map((p) => [periodText(p.key, 'month'), p.net]);
		// Placed in April (by its last day) or in March (the window's last month), it would be dated
		// more precisely than the article dates it.
		for (const view of [{}, { to: '2024-03' }]) {
			const { balance } = balanceOf(talent, { companies: ['meta'], later: false, ...view }, 'month');
			expect(months(balance)).toEqual([]);
			expect(balance.loose).toEqual({ arrivals: 0, departures: 3 });
		}
		const march = balanceOf(
			talent,
			{ companies: ['meta'], from: '2024-03', to: '2024-03', later: false },
			'month'
		);
		expect(months(march.balance)).toEqual([['2024-03', -3]]);
		expect(march.balance.loose).toEqual({ arrivals: 0, departures: 0 });
		expect(march.behind({ kind: 'net', period: '2024-03' })).toHaveLength(3);
	});

	it('counts arrivals, departures and net of one organization; a move within it is internal, in neither', () => {
		const { balance } = balanceOf(dataset, { companies: ['meta'] });
		expect(balance).toMatchObject({ arrivals: 3, departures: 3, net: 0, internal: 1, pair: null });
	});

	it('names the sources and destinations, busiest first (ties by id), and counts the rest as Other', () => {
		const { balance, id } = balanceOf(dataset, { companies: ['meta'] }, 'year', 2);
		expect(balance.sources.map((t) => [id(t.organization), t.moves])).toEqual([
			['google', 1],
			['openai', 1]
		]);
		expect(balance.otherSources).toEqual({ moves: 1, organizations: 1 });
		expect(balance.destinations.map((t) => [id(t.organization), t.moves])).toEqual([
			['openai', 2],
			['s1', 1]
		]);
		expect(balance.otherDestinations).toEqual({ moves: 0, organizations: 0 });
	});

	it('counts the net per year, and the undated arrival apart', () => {
		const { balance } = balanceOf(dataset, { companies: ['meta'] }, 'year');
		expect(balance.periods).toEqual([
			{ key: 2023, arrivals: 2, departures: 1, net: 1 },
			{ key: 2024, arrivals: 0, departures: 2, net: -2 }
		]);
		expect(balance.undated).toEqual({ arrivals: 1, departures: 0 });
	});

	it('counts the net per month, with every month between the first and the last, empty ones at zero, and a year-dated move in none', () => {
		const { balance } = balanceOf(dataset, { companies: ['meta'] }, 'month');
		expect(balance.periods).toHaveLength(17);
		expect(
			balance.periods
				.filter((p) => p.arrivals + p.departures > 0)
				.map((p) => [periodText(p.key, 'month'), p.net])
		).toEqual([
			['2023-01', 1],
			['2023-02', 0],
			['2024-05', -1]
		]);
		// Di left in 2024, in no month the source gives: in no bar, and not in January.
		expect(balance.loose).toEqual({ arrivals: 0, departures: 1 });
	});

	it('with two organizations chosen, counts the moves each way and their ratio, as internal to the pair', () => {
		const { balance } = balanceOf(dataset, { companies: ['meta', 'openai'] });
		expect(balance.pair).toEqual({ ab: 2, ba: 1, ratio: 2 });
		expect(balance).toMatchObject({ arrivals: 2, departures: 1, internal: 4 });
		// The other way round, the ratio turns over.
		expect(balanceOf(dataset, { companies: ['openai', 'meta'] }).balance.pair).toEqual({
			ab: 1,
			ba: 2,
			ratio: 0.5
		});
	});

	it('has no ratio when no move goes back', () => {
		const { balance } = balanceOf(dataset, { companies: ['meta', 's1'] });
		expect(balance.pair).toEqual({ ab: 1, ba: 0, ratio: null });
	});

	it('sums weights: a flow of 8 moves one way and 1 the other reads 8 to 1', () => {
		const flows = datasetOf([
			move('all', 'anthropic', 'openai', '2024-01', 8),
			move('all', 'openai', 'anthropic', '2024-02', 1),
			move('all', 'google', 'openai', '2024-02', 5),
			move('all', 'openai', 'google', '2024-03', 2)
		]);
		expect(balanceOf(flows, { companies: ['anthropic', 'openai'] }).balance.pair).toEqual({
			ab: 8,
			ba: 1,
			ratio: 8
		});
		const { balance } = balanceOf(flows, { companies: ['openai'] }, 'month');
		expect(balance).toMatchObject({ arrivals: 13, departures: 3, net: 10 });
		expect(balance.periods.map((p) => p.net)).toEqual([8, 4, -2]);
	});

	it('counts only the rows the selection keeps: a window leaves out what falls outside it', () => {
		const { balance } = balanceOf(dataset, { companies: ['meta'], from: '2024-01', to: '2024-12' });
		expect(balance).toMatchObject({ arrivals: 0, departures: 2, net: -2, internal: 0 });
	});

	it('does not change the rows it is given', () => {
		const { store, rows, selection } = viewsOf(dataset, { companies: ['meta'] });
		const before = [...rows];
		balanceView(store, rows, selection.organizations, 'year');
		expect([...rows]).toEqual(before);
	});
});

describe('movesBehind', () => {
	it('lists the moves behind each number of the balance', () => {
		const { behind } = balanceOf(dataset, { companies: ['meta'] }, 'year', 1);
		expect(behind({ kind: 'arrivals' })).toEqual(['ann', 'bob', 'ed']);
		expect(behind({ kind: 'departures' })).toEqual(['cy', 'di', 'gus']);
		expect(behind({ kind: 'net' })).toEqual(['ann', 'bob', 'cy', 'di', 'ed', 'gus']);
		expect(behind({ kind: 'internal' })).toEqual(['flo']);
		expect(behind({ kind: 'from', organization: 'google' })).toEqual(['ann']);
		// With one source named (Google), Other holds the rest.
		expect(behind({ kind: 'from', organization: '_other' })).toEqual(['bob', 'ed']);
		expect(behind({ kind: 'to', organization: '_other' })).toEqual(['di']);
	});

	it('narrows to a year, a month, or the undated', () => {
		const { behind } = balanceOf(dataset, { companies: ['meta'] });
		expect(behind({ kind: 'net', period: '2024' })).toEqual(['di', 'gus']);
		expect(behind({ kind: 'net', period: '2023-02' })).toEqual(['bob', 'cy']);
		expect(behind({ kind: 'arrivals', period: 'undated' })).toEqual(['ed']);
	});

	it('lists the moves one way between two chosen organizations', () => {
		const { behind } = balanceOf(dataset, { companies: ['meta', 'openai'] });
		expect(behind({ kind: 'pair', organization: 'meta', other: 'openai' })).toEqual(['cy', 'gus']);
		expect(behind({ kind: 'pair', organization: 'openai', other: 'meta' })).toEqual(['bob']);
	});

	it('lists nothing for an organization the data does not know', () => {
		const { behind } = balanceOf(dataset, { companies: ['meta'] });
		expect(behind({ kind: 'from', organization: 'nowhere' })).toEqual([]);
	});
});
