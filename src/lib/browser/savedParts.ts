/**
 * A record cut into parts for IndexedDB: its large columns (typed arrays and long texts) each
 * stored apart, and the rest with a mark where each was. IndexedDB copies a value in full, in
 * one task, the moment it is written (and again as it is read back): the columns of a 511,267-move
 * import, written as one value, held the page for 169 ms. Written one part per task, no task
 * copies more than one column.
 */

/** Where a part was taken out: its number among the parts. */
export interface PartMark {
	savedPart: number;
}

/** Columns from this size (bytes of a typed array, characters of a text) are stored apart. */
export const PART_FROM = 1 << 16;

/** An object of fields, as JSON has: not an array, a typed array, a date, a map or a blob. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
	if (typeof value !== 'object' || value === null) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
};

const isLarge = (value: unknown, from: number) =>
	ArrayBuffer.isView(value) ? value.byteLength >= from : typeof value === 'string' && value.length >= from;

/**
 * The record with each large column found in its plain objects replaced by a mark, and those
 * columns in order. Arrays are kept whole: a dataset of objects (a JSON import) has no column.
 */
export function splitParts(record: unknown, from = PART_FROM): { head: unknown; parts: unknown[] } {
	const parts: unknown[] = [];
	const walk = (value: unknown): unknown => {
		if (isLarge(value, from)) {
			parts.push(value);
			return { savedPart: parts.length - 1 } satisfies PartMark;
		}
		if (!isPlainObject(value)) return value;
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
	};
	return { head: walk(record), parts };
}

const isMark = (value: unknown): value is PartMark =>
	isPlainObject(value) &&
	Object.keys(value).length === 1 &&
	Number.isInteger(value.savedPart) &&
	(value.savedPart as number) >= 0;

/** How many parts a stored head calls for: one more than its highest mark (0 when it has none). */
export function partsCalledFor(head: unknown): number {
	if (isMark(head)) return head.savedPart + 1;
	if (!isPlainObject(head)) return 0;
	return Math.max(0, ...Object.values(head).map(partsCalledFor));
}

/**
 * The record again, each mark replaced by its part. A part that is missing leaves `undefined`
 * where it was, which the checks of the record then refuse, as they refuse any damaged record.
 */
export function joinParts(head: unknown, parts: readonly unknown[]): unknown {
	if (isMark(head)) return parts[head.savedPart];
	if (!isPlainObject(head)) return head;
	return Object.fromEntries(Object.entries(head).map(([key, item]) => [key, joinParts(item, parts)]));
}
