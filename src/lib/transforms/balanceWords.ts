import type { BinUnit } from '../core/views/timeline';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import type { BalanceMessages } from '../i18n/balance/en';
import type { FuzzyDate } from '../schema/dates';
import { OTHER_ORGANIZATIONS, type MovesFocus } from '../state/movesFocus';
import { dateInSentence, formatPartialDate } from './formatDates';
import { periodText } from '../core/views/periods';
import { listOf } from './formatLists';

/** A period of the balance in words: "March 2024", "2024". */
export function periodName(key: number, unit: BinUnit, locale: Locale): string {
	return formatPartialDate(periodText(key, unit), locale);
}

const signed: { [L in Locale]?: Intl.NumberFormat } = {};

/**
 * A difference with its sign ("+3", "−2", "0"), as a net is read. The minus is the minus sign
 * (U+2212), as print sets it and screen readers say it: Intl writes a hyphen in English and French.
 */
export function formatSigned(value: number, locale: Locale): string {
	signed[locale] ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
	return signed[locale].format(value + 0).replace('-', '\u2212');
}

/**
 * What the moves behind a number are, in words: "arrivals at Meta from OpenAI, in March 2024".
 * `name` gives an organization's display name by id; `group` names the chosen organizations.
 */
export function describeFocus(
	focus: MovesFocus,
	group: string,
	name: (id: string) => string,
	locale: Locale,
	w: BalanceMessages
): string {
	const organization = (id: string | undefined) =>
		id === OTHER_ORGANIZATIONS ? w.focusOther : name(id ?? '');
	const what = {
		arrivals: () => w.focusArrivals(group),
		departures: () => w.focusDepartures(group),
		net: () => w.focusNet(group),
		internal: () => w.focusInternal(group),
		from: () => w.focusFrom(group, organization(focus.organization)),
		to: () => w.focusTo(group, organization(focus.organization)),
		pair: () => w.focusPair(organization(focus.organization), organization(focus.other)),
		stayed: () => w.focusStayed(focus.organization ? name(focus.organization) : group, focus.years ?? 1),
		left: () => w.focusLeft(focus.organization ? name(focus.organization) : group, focus.years ?? 1)
	}[focus.kind]();
	if (focus.period === undefined) return what;
	if (focus.period === 'undated') return w.focusUndated(what);
	return w.focusIn(what, dateInSentence(focus.period, locale));
}

/**
 * When a move happened, as precisely as its source says and in a phrase that reads on its own
 * after "Joined" or "Left": "in March 2024", "by 3 April 2024", "in March 2024 or later".
 */
export function moveDateWords(date: FuzzyDate, locale: Locale, m: Messages, w: BalanceMessages): string {
	if (date.precision === 'unknown' || (!date.start && !date.end)) return m.dateUnknown;
	if (date.precision !== 'range') return formatPartialDate(date.start!, locale);
	if (date.start && date.end)
		return w.dateBetween(formatPartialDate(date.start, locale), formatPartialDate(date.end, locale));
	return date.end
		? w.dateBy(dateInSentence(date.end, locale))
		: w.dateFrom(dateInSentence(date.start!, locale));
}

/**
 * The periods of the largest gain (`sign` 1) or loss (-1), in order: every one of them when several
 * tie, so that a summary never names one alone. Empty when no period's net has that sign.
 */
export function largestNets<T extends { net: number }>(periods: readonly T[], sign: 1 | -1): T[] {
	let extreme = 0;
	for (const p of periods) extreme = Math.max(extreme, p.net * sign);
	return extreme === 0 ? [] : periods.filter((p) => p.net * sign === extreme);
}

/**
 * The net per period in words: its span, and the periods of the largest gain and loss, each tie
 * named up to three and the rest counted ("2004, 2006, 2009, and 3 others (+2)").
 */
export function netSummary(
	periods: readonly { key: number; arrivals: number; departures: number; net: number }[],
	unit: BinUnit,
	locale: Locale,
	m: Messages,
	w: BalanceMessages
): string {
	const drawn = periods.filter((p) => p.arrivals + p.departures > 0);
	if (drawn.length === 0) return w.balanceNetEmpty;
	const name = (p: { key: number }) => periodName(p.key, unit, locale);
	const say = (tied: typeof drawn) => {
		if (tied.length === 0) return w.balanceNetNone;
		const names = tied.slice(0, 3).map(name);
		if (tied.length > 3) names.push(m.othersCount(tied.length - 3));
		return `${listOf(names, locale)} (${formatSigned(tied[0]!.net, locale)})`;
	};
	return w.balanceNetSummary(
		name(periods[0]!),
		name(periods[periods.length - 1]!),
		say(largestNets(drawn, 1)),
		say(largestNets(drawn, -1))
	);
}
