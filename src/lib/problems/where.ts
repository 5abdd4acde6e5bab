import type { ProblemMessage } from './codes';

/**
 * Where a problem is: the whole file, the column mapping, the import itself, a row of a CSV file
 * (and its column, as the file names it) or a path in a JSON file (`moves[3].date.start`, written
 * as the file's keys are; empty for the top level). Only the words around these are translated.
 */
export type Where =
	| { at: 'file' | 'columns' | 'import' }
	| { at: 'row'; row: number; field?: string }
	| { at: 'path'; path: string };

/** One thing wrong with an input, where it is and what. */
export type Problem = { where: Where } & ProblemMessage;

export const IN_FILE: Where = { at: 'file' };
