import { isRealPartialDate } from '../schema/dates';

export type CellDate = { value: string; precision: 'day' | 'month' | 'year' } | null;

const DIGITS = { year: 4, month: 7, day: 10 } as const;

/**
 * Reads a date cell: `2024`, `2024-03`, `2024-03-26` or empty (unknown). An optional precision cell
 * (`year`, `month`, `day`) may make a date coarser (`2024-03-26` known only to the year becomes
 * `2024`), never finer than what is written.
 */
export function readDateCell(
	cell: string,
	precisionCell = ''
): { ok: true; date: CellDate } | { ok: false; message: string } {
	const value = cell.trim();
	const precision = precisionCell.trim().toLowerCase();
	if (value === '') return { ok: true, date: null };
	if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
		return { ok: false, message: `"${value.slice(0, 30)}" is not a date like 2024, 2024-03 or 2024-03-26` };
	if (!isRealPartialDate(value)) return { ok: false, message: `${value} does not exist in the calendar` };
	const written = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
	if (precision === '') return { ok: true, date: { value, precision: written } };
	if (precision !== 'year' && precision !== 'month' && precision !== 'day')
		return { ok: false, message: `precision "${precision.slice(0, 20)}" should be year, month or day` };
	if (DIGITS[precision] > value.length)
		return { ok: false, message: `precision "${precision}" is finer than the date ${value}` };
	return { ok: true, date: { value: value.slice(0, DIGITS[precision]), precision } };
}
