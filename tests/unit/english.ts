// Problems are codes with values; the tests read them in English, as the command line prints them,
// so that each assertion still states the words a reader gets.
import { locateRow } from '../../src/lib/import/importFile';
import type { RowProblem } from '../../src/lib/import/problems';
import type { ProblemMessage } from '../../src/lib/problems/codes';
import { englishLines, inEnglish, whereInEnglish } from '../../src/lib/problems/english';
import type { Problem } from '../../src/lib/problems/where';

export { inEnglish, whereInEnglish };

/** A located problem as "where" and "message" in English, as the import dialog lists it. */
export const englishFailure = (p: Problem) => ({ where: whereInEnglish(p.where), message: inEnglish(p) });

/** A problem of the validator as its path and English message. */
export const englishProblem = (p: Problem) => ({ path: whereInEnglish(p.where), message: inEnglish(p) });

/** A row left out, with its message in English. */
export const englishRow = ({ row, field, ...problem }: RowProblem) => ({
	row,
	...(field === undefined ? {} : { field }),
	message: inEnglish(problem as ProblemMessage)
});

/** An outcome with its problems, if any, in English. */
export function inEnglishOutcome<T extends { ok: boolean }>(
	outcome: T
): T | { ok: false; problems: { where: string; message: string }[] } {
	if (outcome.ok || !('problems' in outcome)) return outcome;
	return { ok: false, problems: (outcome.problems as Problem[]).map(englishFailure) };
}

/** A refusal of a whole file (`readCsv`) with its problem's message in English. */
export function englishRead<T extends { ok: boolean }>(
	result: T
): T | { ok: false; problem: { message: string } } {
	if (result.ok || !('problem' in result)) return result;
	return { ok: false, problem: { message: inEnglish(result.problem as ProblemMessage) } };
}

/** A refusal of a cell or of bytes (`readDateCell`, `decodeText`) as its English message. */
export function englishRefusal<T extends { ok: boolean }>(result: T): T | { ok: false; message: string } {
	if (result.ok || !('problem' in result)) return result;
	return { ok: false, message: inEnglish(result.problem as ProblemMessage) };
}

/** A located problem as the command line prints it: "where: message". */
export const problemLine = (p: Problem): string => englishLines([p])[0]!;

/** A row left out as the command line prints it: "row 12, start: message". */
export const rowLine = (r: RowProblem): string => problemLine(locateRow(r));

/** A check of the validator with its problems, if any, as paths and English messages. */
export function englishChecked<T extends { ok: boolean }>(
	checked: T
): T | { ok: false; problems: { path: string; message: string }[] } {
	if (checked.ok || !('problems' in checked)) return checked;
	return { ok: false, problems: (checked.problems as Problem[]).map(englishProblem) };
}
