/**
 * Milliseconds since the epoch of midnight UTC on a day of the proleptic Gregorian calendar.
 * `Date.UTC` reads the years 0 to 99 as 1900 to 1999, so a file dated `0050` would be drawn and
 * written as 1950; this takes the year as it is. Months and days overflow as `Date.UTC`'s do.
 */
export function utcTime(year: number, monthIndex = 0, day = 1): number {
	// Date.UTC itself for the years it reads as written: no Date object per call (a timeline of
	// 100,000 moves asks this several times per move).
	if (year >= 100) return Date.UTC(year, monthIndex, day);
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime();
}
