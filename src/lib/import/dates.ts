import { problemOf, type ProblemMessage } from '../problems/codes';
import { isRealPartialDate } from '../schema/dates';

/**
 * A date cell as read: its value (`2024`, `2024-03` or `2024-03-26`) and how precisely it is known.
 * `unknown` is a date whose precision word says it is vaguer than a year ("decade", "multi-year",
 * "circa" a year): its value still orders a person's positions, but it dates nothing.
 */
export type CellDate = { value: string; precision: 'day' | 'month' | 'year' | 'unknown' } | null;

/** A date cell read, kept with the notices of what was read leniently, or refused with the reason. */
export type DateCellRead =
	{ ok: true; date: CellDate; notices?: ProblemMessage[] } | { ok: false; problem: ProblemMessage };

type Known = 'day' | 'month' | 'year';
type Coarsened = 'month' | 'year' | 'unknown';

const DIGITS = { year: 4, month: 7, day: 10 } as const;
const FINEST_FIRST = ['day', 'month', 'year', 'unknown'] as const;

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Year first with a month (and day) of one or two digits: `2024-9`, `2024-9-1`, `2024-09-1`. */
const UNPADDED = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
/** Day and month (in some order) before a four-digit year: `03/04/2024`, `3.4.2024`, `03-04-2024`. */
const DAY_AND_MONTH = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/**
 * Precision words the schema does not know, by what they make of a date: the precision they name
 * (the nearest one the schema knows that is no finer), or `coarser`, one step coarser than the date
 * as written (an approximate day is known to the month; an approximate year to nothing finer than
 * unknown). Compared in lower case, with spaces and underscores as hyphens.
 */
const PRECISION_WORDS: ReadonlyMap<string, Coarsened | 'coarser'> = new Map([
	...['week', 'weekly'].map((w) => [w, 'month'] as const),
	...['quarter', 'quarterly', 'season', 'semester', 'half-year', 'half'].map((w) => [w, 'year'] as const),
	...['multi-year', 'multiyear', 'years', 'several-years', 'decade', 'decades', 'century', 'unknown'].map(
		(w) => [w, 'unknown'] as const
	),
	...[
		'approximate',
		'approximately',
		'approx',
		'approx.',
		'approximative',
		'circa',
		'ca.',
		'c.',
		'about',
		'around',
		'estimate',
		'estimated',
		'est.',
		'rough',
		'roughly',
		'~'
	].map((w) => [w, 'coarser'] as const)
]);

const pad = (digits: string) => digits.padStart(2, '0');

/**
 * Reads a date cell: `2024`, `2024-03`, `2024-03-26` or empty (unknown). A month or day written
 * with one digit (`2024-9-1`) is read padded (`2024-09-01`), with a notice. A day and a month
 * before the year are refused, and when either could be the month (`03/04/2024`) the refusal says
 * that their order is unknown. An optional precision cell (`year`, `month`, `day`, in any case)
 * may make a date coarser (`2024-03-26` known only to the year becomes `2024`), never finer than
 * what is written; a precision word the schema does not know but whose meaning is plain
 * ("quarter", "approximate", "multi-year"…) makes it as coarse as the word says, with a notice.
 */
export function readDateCell(cell: string, precisionCell = ''): DateCellRead {
	const written = cell.trim();
	if (written === '') return { ok: true, date: null };
	let value = written;
	const notices: ProblemMessage[] = [];
	if (!ISO.test(written)) {
		const unpadded = UNPADDED.exec(written);
		if (unpadded) {
			const [, year, month, day] = unpadded;
			value = `${year}-${pad(month!)}${day === undefined ? '' : `-${pad(day)}`}`;
			notices.push(problemOf('dateUnpadded', { value: written, read: value }));
		} else return { ok: false, problem: notIsoProblem(written) };
	}
	if (!isRealPartialDate(value)) return { ok: false, problem: problemOf('notInCalendar', { value }) };
	const asWritten: Known = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
	const done = (date: CellDate): DateCellRead =>
		notices.length === 0 ? { ok: true, date } : { ok: true, date, notices };
	const precisionWritten = precisionCell.trim();
	const precision = precisionWritten.toLowerCase();
	if (precision === '') return done({ value, precision: asWritten });
	if (precision === 'year' || precision === 'month' || precision === 'day') {
		if (DIGITS[precision] > value.length)
			return { ok: false, problem: problemOf('precisionTooFine', { precision, value }) };
		return done({ value: value.slice(0, DIGITS[precision]), precision });
	}
	const word = PRECISION_WORDS.get(precision.replace(/[\s_-]+/g, '-'));
	if (word === undefined)
		return { ok: false, problem: problemOf('precisionUnknown', { precision: precision.slice(0, 20) }) };
	const step = FINEST_FIRST.indexOf(asWritten);
	const to: Coarsened =
		word === 'coarser'
			? (FINEST_FIRST[step + 1] as Coarsened)
			: (FINEST_FIRST[Math.max(step, FINEST_FIRST.indexOf(word))] as Coarsened);
	const read = to === 'unknown' ? value : value.slice(0, DIGITS[to]);
	notices.push(
		problemOf('precisionCoarsened', { precision: precisionWritten.slice(0, 20), value, to, read })
	);
	return done({ value: read, precision: to });
}

/**
 * Why a date not written year-month-day is refused: when a day and a month come before the year
 * and both could be the month, the file does not say which is which.
 */
function notIsoProblem(value: string): ProblemMessage {
	const dayAndMonth = DAY_AND_MONTH.exec(value);
	if (dayAndMonth) {
		const [, first, , second, year] = dayAndMonth;
		const a = Number(first);
		const b = Number(second);
		if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a !== b)
			return problemOf('dateAmbiguous', {
				value,
				dayFirst: `${year}-${pad(second!)}-${pad(first!)}`,
				monthFirst: `${year}-${pad(first!)}-${pad(second!)}`
			});
	}
	return problemOf('notADate', { value: value.slice(0, 30) });
}

/** True when a date read from a cell dates something (its precision is not `unknown`). */
export const isStated = (date: CellDate): date is Exclude<CellDate, null> =>
	date !== null && date.precision !== 'unknown';
