import type { ProblemCode, ProblemMessage, ProblemParams, ProblemWordings } from './codes';
import type { Where } from './where';

/**
 * How a language words problems: each code's message, and the places around the file's own names.
 * Each language's loads apart from the page's catalog, with the import dialog (i18n/problems/).
 */
export interface ProblemCatalog {
	problem: ProblemWordings;
	problemWhere: {
		file: string;
		columns: string;
		import: string;
		topLevel: string;
		/** A row of a CSV file, and its column as the file names it (empty for none). */
		row: (row: number, field: string) => string;
	};
}

/** A problem's message in the language of a problem catalog. */
export function sayProblem(words: ProblemCatalog, problem: ProblemMessage): string {
	return wordWith(words.problem, problem);
}

function wordWith<C extends ProblemCode>(wordings: ProblemWordings, problem: ProblemMessage<C>): string {
	return (wordings[problem.code] as (params: ProblemParams[C]) => string)(problem.params);
}

/** Where a problem is, in the language of a problem catalog; column names and JSON paths as the file has them. */
export function sayWhere(words: ProblemCatalog, where: Where): string {
	switch (where.at) {
		case 'row':
			return words.problemWhere.row(where.row, where.field ?? '');
		case 'path':
			return where.path === '' ? words.problemWhere.topLevel : where.path;
		default:
			return words.problemWhere[where.at];
	}
}
