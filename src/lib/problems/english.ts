import { enProblems } from '../i18n/problems/en';
import type { ProblemMessage } from './codes';
import { sayProblem, sayWhere } from './say';
import type { Problem, Where } from './where';

// The command line, the build's own checks of data/ and the tests read problems in English.

/** A problem's message in English. */
export const inEnglish = (problem: ProblemMessage): string => sayProblem(enProblems, problem);

/** Where a problem is, in English: "(file)", "row 12, start", "moves[3].date.start". */
export const whereInEnglish = (where: Where): string => sayWhere(enProblems, where);

/** One line per problem, "where: what", for a terminal. */
export function englishLines(problems: readonly Problem[]): string[] {
	return problems.map((p) => `${whereInEnglish(p.where)}: ${inEnglish(p)}`);
}
