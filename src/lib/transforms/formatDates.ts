import type { FuzzyDate } from '../schema/dates';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';

/**
 * Writes a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date in the reader's language, saying no more than
 * the date knows: a month stays a month. Dates are read as UTC so the day never shifts.
 */
export function formatPartialDate(value: string, locale: Locale): string {
	const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
	const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
	const options: Intl.DateTimeFormatOptions =
		day !== undefined
			? { day: 'numeric', month: 'long', year: 'numeric' }
			: month !== undefined
				? { month: 'long', year: 'numeric' }
				: { year: 'numeric' };
	return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
}

/** Writes a fuzzy date as a point, a span or an open span, in the reader's language. */
export function formatFuzzyDate(date: FuzzyDate, locale: Locale, m: Messages): string {
	const start = date.start && formatPartialDate(date.start, locale);
	const end = date.end && formatPartialDate(date.end, locale);
	if (date.precision === 'unknown' || (!start && !end)) return m.dateUnknown;
	if (start && end) return m.dateRange(start, end);
	if (date.precision === 'range') return start ? m.dateSince(start) : m.dateUntil(end as string);
	return start as string;
}
