import { schemaError } from '../problems/codes';
import { z } from './zod';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string names a day, month or year that exists. */
export function isRealPartialDate(value: string): boolean {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	// Counted rather than asked of Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
	const y = Number(year);
	const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	const daysInMonth = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
	const d = Number(day);
	return d >= 1 && d <= daysInMonth;
}

/** A calendar date known to the year, the month or the day: `2024`, `2024-03` or `2024-03-26`. */
export const PartialDate = z
	.string({ error: schemaError('dateShape') })
	.regex(PARTIAL_DATE, { error: schemaError('dateShape'), abort: true })
	.refine(isRealPartialDate, { error: schemaError('dateNotReal') });
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * How precisely a source dates something. `range` is a period whose ends may themselves be vague
 * ("in the last weeks before publication", "since the start of 2023"); `unknown` means no date is given.
 */
export const DatePrecision = z.enum(['day', 'month', 'year', 'range', 'unknown']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * A date as honest as its source: a precision, the bounds it allows, and the source's own words.
 * A day is never invented: "in recent weeks" stays a range.
 */
export const FuzzyDate = z
	.strictObject({
		precision: DatePrecision,
		/** Earliest the thing can have happened (absent when unknown or open). */
		start: PartialDate.optional(),
		/** Latest it can have happened (absent for a single day, month or year). */
		end: PartialDate.optional(),
		/** The source's own wording of the date, verbatim, when it has one. */
		wording: z.string().min(1).optional(),
		/** Why the bounds are what they are, when they are inferred (in English). */
		note: z.string().min(1).optional()
	})
	.superRefine((date, ctx) => {
		const digits = { day: 10, month: 7, year: 4 } as const;
		if (date.precision === 'unknown') {
			if (date.start || date.end)
				ctx.addIssue({ code: 'custom', path: ['precision'], message: schemaError('unknownDateBounded') });
			return;
		}
		if (date.precision === 'range') {
			if (!date.start && !date.end)
				ctx.addIssue({ code: 'custom', path: ['start'], message: schemaError('rangeNeedsBound') });
			if (date.start && date.end && endsBeforeStart(date.start, date.end))
				ctx.addIssue({ code: 'custom', path: ['end'], message: schemaError('rangeEndsBeforeStart') });
			return;
		}
		if (!date.start) {
			ctx.addIssue({
				code: 'custom',
				path: ['start'],
				message: schemaError('precisionNeedsStart'),
				params: { precision: date.precision }
			});
		} else if (date.start.length !== digits[date.precision]) {
			const example = { day: '2024-03-26', month: '2024-03', year: '2024' }[date.precision];
			ctx.addIssue({
				code: 'custom',
				path: ['start'],
				message: schemaError('precisionShape'),
				params: { precision: date.precision, example }
			});
		}
		if (date.end)
			ctx.addIssue({
				code: 'custom',
				path: ['end'],
				message: schemaError('onlyRangeHasEnd')
			});
	});
export type FuzzyDate = z.infer<typeof FuzzyDate>;

/**
 * Whether a period's end bound is certainly earlier than its start bound: the last day the end can
 * mean comes before the first day the start can mean. A period from 2015-01-02 to "2015" is sound,
 * since "2015" reaches to 31 December; one from 2015-06 to 2015-05-31 is not.
 */
export function endsBeforeStart(start: string, end: string): boolean {
	const shared = Math.min(start.length, end.length);
	return end.slice(0, shared) < start.slice(0, shared);
}

/** Orders two partial dates by the first day each can mean, so that 2024-03 comes before 2024-03-26. */
export function compareBounds(a: string, b: string): number {
	const first = (d: string) => (d + '-01-01').slice(0, 10);
	return first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0;
}
