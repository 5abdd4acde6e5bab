import { Article } from '../schema/article';
import { Dataset } from '../schema/dataset';
import type { z } from 'zod';
import { problemOf } from '../problems/codes';
import { IN_FILE } from '../problems/where';
import { atPath, type Checked, type Problem } from './problems';
import { checkReferences } from './references';
import { checkSourcing } from './sourcing';
import { issueProblem } from './zodIssues';

/**
 * Runs a zod schema and turns its issues into located problems, by code. Each issue keeps the input
 * it was about, which its message names ("found a list").
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Checked<T> {
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) return { ok: true, value: result.data };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => ({ where: atPath(issue.path), ...issueProblem(issue) }))
	};
}

/** The line and column of a JSON syntax error, when the engine's message gives them. */
function placeOf(detail: string): { line?: number; column?: number } {
	const found = /line (\d+) column (\d+)/.exec(detail);
	return found ? { line: Number(found[1]), column: Number(found[2]) } : {};
}

/**
 * Reads the text of a JSON file, with its own message for an empty file, for text that is not
 * UTF-8 (UTF-16 without a byte-order mark reads as letters between NUL characters) and for
 * broken JSON. A byte-order mark, as Windows editors write, is allowed.
 */
export function parseJsonText(text: string): Checked<unknown> {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, problems: [{ where: IN_FILE, ...problemOf('fileEmpty') }] };
	if (body.includes('\u0000'))
		return { ok: false, problems: [{ where: IN_FILE, ...problemOf('jsonNotUtf8') }] };
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (error) {
		const detail = error instanceof SyntaxError ? error.message : String(error);
		return {
			ok: false,
			problems: [{ where: IN_FILE, ...problemOf('invalidJson', { detail, ...placeOf(detail) }) }]
		};
	}
}

/**
 * Checks any value against the dataset format: shape first, then references and, when the article
 * is given, the quotes against its text; then that other reporting can be found and that no move is
 * dated more precisely than its evidence.
 */
export function validateDataset(input: unknown, article?: Article): Checked<Dataset> {
	const parsed = parseWith(Dataset, input);
	if (!parsed.ok) return parsed;
	const problems: Problem[] = [...checkReferences(parsed.value, article), ...checkSourcing(parsed.value)];
	return problems.length === 0 ? parsed : { ok: false, problems };
}

/** Checks a value against the article format. */
export function validateArticle(input: unknown): Checked<Article> {
	return parseWith(Article, input);
}
