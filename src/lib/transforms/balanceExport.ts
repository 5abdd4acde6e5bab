import { csvFormatRow } from 'd3';
import type { BalanceView, OtherTally, Tally } from '../core/views/balance';
import { periodText } from '../core/views/periods';
import type { MoveStore } from '../core/store';
import { OTHER_ORGANIZATIONS } from '../state/movesFocus';
import { neutralizeFormula } from './exports';

/** The columns of the balance CSV, in order. */
export const BALANCE_CSV_COLUMNS = [
	'measure',
	'from',
	'from_name',
	'to',
	'to_name',
	'period',
	'moves'
] as const;

/** What a balance file says about the view it was made from. */
export interface BalanceContext {
	/** An organization's display name by id (and "Other (n organizations)" for `_other`). */
	name: (id: string, others?: number) => string;
	/** The time window, as the address writes it, or null for every date. */
	window: { from?: string; to?: string } | null;
	/** Whether moves known only from other reporting were counted. */
	later: boolean;
}

/**
 * The balance as a file of its own (JSON): the chosen organizations, the window, the totals, the
 * sources and destinations (with Other), the net per period and each way between two chosen ones.
 */
export function balanceToJson(balance: BalanceView, store: MoveStore, context: BalanceContext): string {
	const id = (k: number) => store.organizationIds[k]!;
	const tallies = (list: readonly Tally[], other: OtherTally) => [
		...list.map((t) => ({ id: id(t.organization), name: context.name(id(t.organization)), moves: t.moves })),
		...(other.organizations > 0
			? [
					{
						id: OTHER_ORGANIZATIONS,
						name: context.name(OTHER_ORGANIZATIONS, other.organizations),
						moves: other.moves,
						organizations: other.organizations
					}
				]
			: [])
	];
	const [a, b] = balance.organizations.map(id);
	const file = {
		organizations: balance.organizations.map((k) => ({ id: id(k), name: context.name(id(k)) })),
		window: context.window,
		otherReporting: context.later,
		arrivals: balance.arrivals,
		departures: balance.departures,
		net: balance.net,
		internal: balance.internal,
		sources: tallies(balance.sources, balance.otherSources),
		destinations: tallies(balance.destinations, balance.otherDestinations),
		unit: balance.unit,
		periods: balance.periods.map((p) => ({
			period: periodText(p.key, balance.unit),
			arrivals: p.arrivals,
			departures: p.departures,
			net: p.net
		})),
		undated: balance.undated,
		loose: balance.loose,
		...(balance.pair ? { pair: { from: a, to: b, ...balance.pair } } : {})
	};
	return JSON.stringify(file, null, '\t') + '\n';
}

/**
 * The balance as a long table (RFC 4180 CSV, CRLF): one row per figure, named by its measure
 * (arrivals, departures, net, internal), the organizations at either end when it has them, and its
 * period when it is one period's. Totals come first, then sources, destinations, each way between
 * two chosen organizations, and the periods (`undated` for moves with no date, `loose` for those
 * dated only to a span wider than one period).
 */
export function balanceToCsv(balance: BalanceView, store: MoveStore, context: BalanceContext): string {
	const id = (k: number) => store.organizationIds[k]!;
	const rows: (string | number)[][] = [];
	const row = (measure: string, from: string, to: string, period: string, moves: number, others = 0) =>
		rows.push([
			measure,
			from,
			from && context.name(from, others),
			to,
			to && context.name(to, others),
			period,
			moves
		]);
	row('arrivals', '', '', '', balance.arrivals);
	row('departures', '', '', '', balance.departures);
	row('net', '', '', '', balance.net);
	row('internal', '', '', '', balance.internal);
	for (const t of balance.sources) row('arrivals', id(t.organization), '', '', t.moves);
	if (balance.otherSources.organizations > 0)
		row(
			'arrivals',
			OTHER_ORGANIZATIONS,
			'',
			'',
			balance.otherSources.moves,
			balance.otherSources.organizations
		);
	for (const t of balance.destinations) row('departures', '', id(t.organization), '', t.moves);
	if (balance.otherDestinations.organizations > 0)
		row(
			'departures',
			'',
			OTHER_ORGANIZATIONS,
			'',
			balance.otherDestinations.moves,
			balance.otherDestinations.organizations
		);
	if (balance.pair) {
		const [a, b] = balance.organizations.map(id) as [string, string];
		row('internal', a, b, '', balance.pair.ab);
		row('internal', b, a, '', balance.pair.ba);
	}
	for (const p of balance.periods) {
		const period = periodText(p.key, balance.unit);
		row('arrivals', '', '', period, p.arrivals);
		row('departures', '', '', period, p.departures);
		row('net', '', '', period, p.net);
	}
	if (balance.undated.arrivals + balance.undated.departures > 0) {
		row('arrivals', '', '', 'undated', balance.undated.arrivals);
		row('departures', '', '', 'undated', balance.undated.departures);
	}
	if (balance.loose.arrivals + balance.loose.departures > 0) {
		row('arrivals', '', '', 'loose', balance.loose.arrivals);
		row('departures', '', '', 'loose', balance.loose.departures);
	}
	return [[...BALANCE_CSV_COLUMNS], ...rows]
		.map((cells) =>
			// A net below zero is a number, not a formula: only text is neutralised.
			csvFormatRow(cells.map((cell) => (typeof cell === 'number' ? String(cell) : neutralizeFormula(cell))))
		)
		.join('\r\n')
		.concat('\r\n');
}
