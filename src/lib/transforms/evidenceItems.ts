import type { Evidence } from '../schema/evidence';

/** One item of an evidence list: a piece of evidence, with every row of its file it stands for. */
export interface EvidenceItem {
	evidence: Evidence;
	/** For a row of an imported file, that row and the rows of the same file cited right after it, ascending. */
	rows: number[];
}

/**
 * A fact's evidence as a list reads it: rows of one imported file cited one after another make one
 * item (“careers.csv, rows 13 and 14”), rather than the file's name once per row. Everything else,
 * and the order of the items, stays as it is.
 */
export function evidenceItems(evidence: readonly Evidence[]): EvidenceItem[] {
	const items: EvidenceItem[] = [];
	for (const e of evidence) {
		const last = items.at(-1);
		if (e.basis === 'import' && last?.evidence.basis === 'import' && last.evidence.source === e.source)
			last.rows.push(e.row);
		else items.push({ evidence: e, rows: e.basis === 'import' ? [e.row] : [] });
	}
	// “rows 13 and 14”, whichever a move cites first (the position left may come later in the file).
	for (const item of items) item.rows.sort((a, b) => a - b);
	return items;
}
