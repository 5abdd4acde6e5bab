import type { FuzzyDate } from '../schema/dates';
import type { Locale } from '../i18n/locales';
import type { DateInSentence } from '../i18n/en';
import type { Messages } from '../i18n/messages';
import type { MonthWindow } from './timeWindow';
import { utcTime } from './utcTime';

/**
 * Writes a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date in the reader's language, saying no more than
 * the date knows: a month stays a month. Dates are read as UTC so the day never shifts.
 */
// Building an Intl.DateTimeFormat costs far more than using one; a large import formats thousands
// of dates, so each locale and precision gets one formatter, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();
export function dateFormatter(locale: Locale, precision: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
	const key = `${locale}:${precision}`;
	let format = formatters.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions =
			precision === 'day'
				? { day: 'numeric', month: 'long', year: 'numeric' }
				: precision === 'month'
					? { month: 'long', year: 'numeric' }
					: { year: 'numeric' };
		format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
		formatters.set(key, format);
	}
	return format;
}

export function formatPartialDate(value: string, locale: Locale): string {
	const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
	// Intl writes the year 0 (1 BC) as "1": a date it cannot write truthfully is shown as written.
	if (year < 1) return value;
	const at = new Date(utcTime(year, (month ?? 1) - 1, day ?? 1));
	const text = dateFormatter(
		locale,
		day !== undefined ? 'day' : month !== undefined ? 'month' : 'year'
	).format(at);
	// French writes the first of a month as an ordinal, « 1er juin 2026 », which Intl does not.
	return locale === 'fr' && day === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** Writes a fuzzy date as a point, a span or an open span, in the reader's language. */
export function formatFuzzyDate(date: FuzzyDate, locale: Locale, m: Messages): string {
	const start = date.start && formatPartialDate(date.start, locale);
	const end = date.end && formatPartialDate(date.end, locale);
	if (date.precision === 'unknown' || (!start && !end)) return m.dateUnknown;
	if (start && end) return m.dateRange(start, end);
	if (date.precision === 'range')
		return start ? m.dateSince(start) : m.dateUntil(dateInSentence(date.end!, locale));
	return start as string;
}

/**
 * A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date as a sentence uses it: its words and how precise it is,
 * which decides the words around it ("on" or "in", "jusqu’au" or "jusqu’en").
 */
export function dateInSentence(value: string, locale: Locale): DateInSentence {
	const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
	return { text: formatPartialDate(value, locale), precision };
}

/**
 * A time window's months in words, an open end said as such ("from April 2024 on"): the timeline's
 * line and the balance's both say it.
 */
export function windowInWords(window: MonthWindow, locale: Locale, m: Messages): string {
	const from = window.from && formatPartialDate(window.from, locale);
	const to = window.to && formatPartialDate(window.to, locale);
	if (from && to) return m.dateRange(from, to);
	return from ? m.windowFrom(from) : m.windowUpTo(to as string);
}
