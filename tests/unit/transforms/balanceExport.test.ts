import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { balanceView } from '../../../src/lib/core/views/balance';
import { balanceToCsv, balanceToJson, BALANCE_CSV_COLUMNS } from '../../../src/lib/transforms/balanceExport';
import { move } from '../core/testMoves';
import { datasetOf, viewsOf } from '../core/viewsOf';

const dataset = datasetOf([
	move('ann', 'google', 'meta', '2024-01-10'),
	move('bob', 'openai', 'meta', '2024-02', 3),
	move('cy', 'meta', 'openai', '2024-02-15'),
	move('di', '=cmd', 'meta', '?'),
	move('ed', 'meta', 'openai', '2024-04')
]);
const context = {
	name: (id: string, others = 0) => (id === '_other' ? `Other (${others} organizations)` : id.toUpperCase()),
	window: null,
	later: true
};

function balanceOf(companies: string[], top = 5) {
	const { store, rows, selection } = viewsOf(dataset, { companies });
	return { store, balance: balanceView(store, rows, selection.organizations, 'month', top) };
}

describe('balanceToCsv', () => {
	it('writes one row per figure: totals, sources with Other, destinations, periods and the undated', () => {
		const { store, balance } = balanceOf(['meta'], 1);
		const text = balanceToCsv(balance, store, context);
		expect(text.split('\r\n')[0]).toBe(BALANCE_CSV_COLUMNS.join(','));
		expect(text.endsWith('\r\n')).toBe(true);
		const rows = csvParse(text).map((r) => [r.measure, r.from, r.to, r.period, r.moves]);
		expect(rows).toEqual([
			['arrivals', '', '', '', '5'],
			['departures', '', '', '', '2'],
			['net', '', '', '', '3'],
			['internal', '', '', '', '0'],
			['arrivals', 'openai', '', '', '3'],
			['arrivals', '_other', '', '', '2'],
			['departures', '', 'openai', '', '2'],
			['arrivals', '', '', '2024-01', '1'],
			['departures', '', '', '2024-01', '0'],
			['net', '', '', '2024-01', '1'],
			['arrivals', '', '', '2024-02', '3'],
			['departures', '', '', '2024-02', '1'],
			['net', '', '', '2024-02', '2'],
			['arrivals', '', '', '2024-03', '0'],
			['departures', '', '', '2024-03', '0'],
			['net', '', '', '2024-03', '0'],
			['arrivals', '', '', '2024-04', '0'],
			['departures', '', '', '2024-04', '1'],
			['net', '', '', '2024-04', '-1'],
			['arrivals', '', '', 'undated', '1'],
			['departures', '', '', 'undated', '0']
		]);
		expect(csvParse(text)[5]!.from_name).toBe('Other (2 organizations)');
	});

	it('neutralises a name that reads as a formula, but leaves a negative net a number', () => {
		const { store, balance } = balanceOf(['meta'], 5);
		const text = balanceToCsv(balance, store, context);
		expect(text).toContain(",'=CMD,");
		expect(text).toContain('net,,,,,2024-04,-1\r\n');
	});

	it('writes each way between two chosen organizations', () => {
		const { store, balance } = balanceOf(['meta', 'openai']);
		const rows = csvParse(balanceToCsv(balance, store, context)).filter(
			(r) => r.measure === 'internal' && r.from
		);
		expect(rows.map((r) => [r.from, r.to, r.moves])).toEqual([
			['meta', 'openai', '2'],
			['openai', 'meta', '3']
		]);
	});
});

describe('balanceToJson', () => {
	it('holds the same figures, with names, the window and each way between two', () => {
		const { store, balance } = balanceOf(['meta', 'openai']);
		const file = JSON.parse(balanceToJson(balance, store, { ...context, window: { from: '2024-01' } }));
		expect(file).toMatchObject({
			organizations: [
				{ id: 'meta', name: 'META' },
				{ id: 'openai', name: 'OPENAI' }
			],
			window: { from: '2024-01' },
			arrivals: 2,
			departures: 0,
			net: 2,
			internal: 5,
			sources: [
				{ id: '=cmd', name: '=CMD', moves: 1 },
				{ id: 'google', name: 'GOOGLE', moves: 1 }
			],
			pair: { from: 'meta', to: 'openai', ab: 2, ba: 3, ratio: 2 / 3 },
			undated: { arrivals: 1, departures: 0 }
		});
		expect(file.periods[0]).toEqual({ period: '2024-01', arrivals: 1, departures: 0, net: 1 });
	});
});
