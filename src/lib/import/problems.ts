import type { ProblemMessage } from '../problems/codes';

/** A row of an imported file that was left out, and why: where (row, field) and what, by code. */
export type RowProblem = {
	/** The row's number in the file, the header being row 1. */
	row: number;
	/** The column at fault, as the file names it, when there is one. */
	field?: string;
} & ProblemMessage;

/** A problem with the whole file: nothing of it can be imported. */
export type FileProblem = ProblemMessage;

/**
 * What was read leniently on a row that is kept (a date written `2024-9-1`, a precision of
 * "multi-year"): where and what, by code, like a row left out. A notice is not a refusal.
 */
export type RowNotice = RowProblem;
