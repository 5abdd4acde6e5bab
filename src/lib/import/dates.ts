import { problemOf, type ProblemMessage } from '../problems/codes';
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
): { ok: true; date: CellDate } | { ok: false; problem: ProblemMessage } {
	const value = cell.trim();
	const precision = precisionCell.trim().toLowerCase();
	if (value === '') return { ok: true, date: null };
	if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
		return { ok: false, problem: problemOf('notADate', { value: value.slice(0, 30) }) };
	if (!isRealPartialDate(value)) return { ok: false, problem: problemOf('notInCalendar', { value }) };
	const written = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
	if (precision === '') return { ok: true, date: { value, precision: written } };
	if (precision !== 'year' && precision !== 'month' && precision !== 'day')
		return { ok: false, problem: problemOf('precisionUnknown', { precision: precision.slice(0, 20) }) };
	if (DIGITS[precision] > value.length)
		return { ok: false, problem: problemOf('precisionTooFine', { precision, value }) };
	return { ok: true, date: { value: value.slice(0, DIGITS[precision]), precision } };
}
