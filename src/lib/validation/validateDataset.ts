import { Article } from '../schema/article';
import { Dataset } from '../schema/dataset';
import type { z } from 'zod';
import { plainMessage } from './plainMessages';
import { formatPath, type Checked, type Problem } from './problems';
import { checkReferences } from './references';

/** Runs a zod schema and turns its issues into located, plain-language problems. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Checked<T> {
	const result = schema.safeParse(input, { error: plainMessage });
	if (result.success) return { ok: true, value: result.data };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
	};
}

/**
 * Reads the text of a JSON file, with its own message for an empty file, for text that is not
 * UTF-8 (UTF-16 without a byte-order mark reads as letters between NUL characters) and for
 * broken JSON. A byte-order mark, as Windows editors write, is allowed.
 */
export function parseJsonText(text: string): Checked<unknown> {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, problems: [{ path: '(file)', message: 'the file is empty' }] };
	if (body.includes('\u0000'))
		return {
			ok: false,
			problems: [
				{
					path: '(file)',
					message: 'the file is not UTF-8 text (it may be UTF-16 or binary); save it as UTF-8'
				}
			]
		};
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (error) {
		const detail = error instanceof SyntaxError ? error.message : String(error);
		return { ok: false, problems: [{ path: '(file)', message: `this is not valid JSON (${detail})` }] };
	}
}

/**
 * Checks any value against the dataset format: shape first, then references and, when the article
 * is given, the quotes against its text.
 */
export function validateDataset(input: unknown, article?: Article): Checked<Dataset> {
	const parsed = parseWith(Dataset, input);
	if (!parsed.ok) return parsed;
	const problems: Problem[] = checkReferences(parsed.value, article);
	return problems.length === 0 ? parsed : { ok: false, problems };
}

/** Checks a value against the article format. */
export function validateArticle(input: unknown): Checked<Article> {
	return parseWith(Article, input);
}
