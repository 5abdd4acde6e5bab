import type { BinUnit } from './timeline';

// The periods of the balance, apart from its arithmetic: the components that name them load with
// no more of the core than this.

/** The period key of a month (year × 12 + month index) in a unit. */
export function periodKey(month: number, unit: BinUnit): number {
	return unit === 'month' ? month : Math.floor(month / 12);
}

/** A period key as the address writes it: `2024` or `2024-03`. */
export function periodText(key: number, unit: BinUnit): string {
	if (unit === 'year') return String(key);
	return `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`;
}
