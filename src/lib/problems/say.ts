import type { Messages } from '../i18n/en';
import type { ProblemCode, ProblemMessage, ProblemParams, ProblemWordings } from './codes';
import type { Where } from './where';

// Only types come from the catalogs here: the page words problems with the catalog it loaded,
// the command line with the English one (english.ts).

/** A problem's message in the language of a catalog. */
export function sayProblem(m: Messages, problem: ProblemMessage): string {
	return wordWith(m.problem, problem);
}

function wordWith<C extends ProblemCode>(wordings: ProblemWordings, problem: ProblemMessage<C>): string {
	return (wordings[problem.code] as (params: ProblemParams[C]) => string)(problem.params);
}

/** Where a problem is, in the language of a catalog; column names and JSON paths as the file has them. */
export function sayWhere(m: Messages, where: Where): string {
	switch (where.at) {
		case 'row':
			return m.problemWhere.row(where.row, where.field ?? '');
		case 'path':
			return where.path === '' ? m.problemWhere.topLevel : where.path;
		default:
			return m.problemWhere[where.at];
	}
}
