import type { Locale } from '../i18n/locales';

// Building an Intl.NumberFormat costs far more than using one, and counts are formatted in every
// label of a large import: each locale and style gets one formatter, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}:${style}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, options);
		formatters.set(key, format);
	}
	return format;
}

/** A count in the reader's language, grouped by thousands ("12,345" in English, "12 345" in French). */
export function formatCount(value: number, locale: Locale): string {
	// Below a thousand both languages write a whole number as its plain digits; a page of the article's
	// small counts then builds no formatter while it hydrates.
	if (Number.isInteger(value) && (value > 0 || Object.is(value, 0)) && value < 1000) return String(value);
	return formatter(locale, 'count', { maximumFractionDigits: 0 }).format(value);
}

/**
 * A row number of a file, in the reader's digits but never grouped: it is an address the reader
 * looks up in a spreadsheet or editor, which shows "12345", not "12,345".
 */
export function formatRowNumber(value: number, locale: Locale): string {
	return formatter(locale, 'row', { maximumFractionDigits: 0, useGrouping: false }).format(value);
}

/** A measure with one decimal ("1.5" in English, "1,5" in French), such as seconds or megabytes. */
export function formatDecimal(value: number, locale: Locale): string {
	return formatter(locale, 'decimal', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A share as a percentage ("30%" in English, "30 %" in French), to one decimal at most. */
export function formatPercent(value: number, locale: Locale): string {
	// A file may hold -0, which Intl writes "-0%"; adding 0 turns it into 0 and changes nothing else.
	return formatter(locale, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(value + 0);
}

/** Any bound a message states ("at most 1", "at least 0.5"), in the reader's digits, grouped. */
export function formatNumber(value: number, locale: Locale): string {
	return formatter(locale, 'number', { maximumFractionDigits: 6 }).format(value);
}
