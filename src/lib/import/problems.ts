/** A row of an imported file that was left out, and why: where (row, field) and what, in plain words. */
export interface RowProblem {
	/** The row's number in the file, the header being row 1. */
	row: number;
	/** The column (or JSON path) at fault, when there is one. */
	field?: string;
	message: string;
}

/** A problem with the whole file: nothing of it can be imported. */
export interface FileProblem {
	message: string;
}
