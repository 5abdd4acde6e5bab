import { OTHER_ORGANIZATIONS as OTHER, type MovesFocus } from '../../state/movesFocus';
import { NO_DAY } from '../days';
import type { MoveStore } from '../store';
import { chosenMarks, Side, sideOf, type BalanceView } from './balance';
import { RETENTION_YEARS } from './stays';
import { placedPeriod } from './periods';
import type { BinUnit } from './timeline';

/** A period of the address (`2024`, `2024-03`) as a period key, with its unit. */
function periodOf(period: string): { key: number; unit: BinUnit } {
	const [year, monthOfYear] = period.split('-').map(Number) as [number, number?];
	return monthOfYear === undefined
		? { key: year, unit: 'year' }
		: { key: year * 12 + monthOfYear - 1, unit: 'month' };
}

/**
 * The rows behind one number of a balance, in the order of the rows given: the table shows these
 * when the address names the number (`?moves=`). "Other" sources or destinations are those the
 * balance does not name. A focus the balance cannot hold (an organization the store does not know)
 * selects nothing. The arrivals retention counts as still there or gone (`stayed`, `left`) are read
 * from the outcomes of every stay (`stayOutcomes`), which only those two need.
 */
export function movesBehind(
	store: MoveStore,
	rows: Int32Array,
	balance: BalanceView,
	focus: MovesFocus,
	stays: Uint8Array | null = null
): Int32Array {
	const marks = chosenMarks(store, balance.organizations);
	const number = (id: string | undefined) =>
		id === undefined ? -1 : (store.organizationNumber.get(id) ?? -2);
	const named = new Set(
		(focus.kind === 'from' ? balance.sources : balance.destinations).map((t) => t.organization)
	);
	const target = focus.organization === OTHER ? -1 : number(focus.organization);
	const other = number(focus.other);
	const { from, to, month } = store;
	// Retention's arrivals: into the organization named (any chosen one when none is) from elsewhere.
	const YEARS = RETENTION_YEARS.length;
	const anniversary = RETENTION_YEARS.findIndex((n) => n === focus.years);
	const outcome = focus.kind === 'stayed' ? 0 : 1;
	const joined = (row: number) =>
		stays !== null &&
		from[row] !== to[row] &&
		(focus.organization === undefined ? marks[to[row]!] === 1 : to[row] === target) &&
		stays[row * YEARS + anniversary] === outcome;
	/** Whether an organization is the one the focus names (or, for "Other", one the balance does not name). */
	const matches = (k: number) => (focus.organization === OTHER ? !named.has(k) : k === target);
	const keeps = (row: number): boolean => {
		const side = sideOf(store, row, marks);
		switch (focus.kind) {
			case 'arrivals':
				return side === Side.Arrival;
			case 'departures':
				return side === Side.Departure;
			case 'net':
				return side === Side.Arrival || side === Side.Departure;
			case 'internal':
				return side === Side.Internal;
			case 'from':
				return side === Side.Arrival && matches(from[row]!);
			case 'to':
				return side === Side.Departure && matches(to[row]!);
			case 'pair':
				return side === Side.Internal && from[row] === target && to[row] === other;
			case 'stayed':
			case 'left':
				return joined(row);
		}
	};
	// The period as the balance and retention count it (see `placedPeriod`).
	const period = focus.period;
	const wanted = period === undefined || period === 'undated' ? null : periodOf(period);
	const inPeriod = (row: number): boolean => {
		if (period === undefined) return true;
		if (period === 'undated') return month[row] === NO_DAY;
		if (month[row] === NO_DAY || wanted === null) return false;
		return placedPeriod(store, row, balance.months, wanted.unit) === wanted.key;
	};
	const out: number[] = [];
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		if (inPeriod(row) && keeps(row)) out.push(row);
	}
	return Int32Array.from(out);
}
