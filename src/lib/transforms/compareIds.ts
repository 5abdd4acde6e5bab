/**
 * Orders two ids by their code units. Ids are codes, not words a reader sorts by, so they need no
 * collation; and the first `localeCompare` of a page builds a collator, a cost paid while the page
 * hydrates on a slow phone, only to break ties.
 */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
