import type { z } from 'zod';
import { problemOf, SCHEMA_CODES, type Found, type ProblemMessage, type SchemaCode } from '../problems/codes';

// zod's own messages are English written for developers ("Invalid input: expected string, received
// undefined"). Each issue becomes a problem code with the values it names instead, worded by the
// reader's catalog; zod's words never reach the page.

/** An issue as zod reports it, with the input it was about (parse with `reportInput`). */
type Issue = z.core.$ZodIssue & { input?: unknown };

const quote = (value: unknown) => JSON.stringify(value);

/** A key from the file, quoted and cut short: a hostile file may hold keys of any length. */
const quoteKey = (key: string) => quote(key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** The most unknown keys a message names; a file may hold thousands in one object. */
const KEYS_NAMED = 5;

/** A value of the file as a message names it; a text is JSON-quoted and cut short. */
export function describeFound(value: unknown): Found {
	if (value === null) return { kind: 'null' };
	if (Array.isArray(value)) return { kind: 'list' };
	if (typeof value === 'object') return { kind: 'object' };
	if (typeof value === 'string')
		return { kind: 'text', text: quote(value.length > 40 ? value.slice(0, 40) + '…' : value) };
	if (typeof value === 'number')
		return Number.isFinite(value)
			? { kind: 'number', number: value }
			: { kind: 'other', name: String(value) };
	if (typeof value === 'boolean') return { kind: 'boolean' };
	if (value === undefined) return { kind: 'nothing' };
	return { kind: 'other', name: typeof value };
}

const isSchemaCode = (message: string): message is SchemaCode =>
	(SCHEMA_CODES as readonly string[]).includes(message);

/** A bound as a number (zod may state one as a bigint or a date). */
const bound = (value: unknown) => Number(value);

/** The problem an issue of zod stands for. */
export function issueProblem(issue: Issue): ProblemMessage {
	// The schema's own errors are codes already; a custom issue carries its values as params.
	if (isSchemaCode(issue.message))
		return {
			code: issue.message,
			params: (issue.code === 'custom' ? issue.params : undefined) ?? {}
		} as ProblemMessage;
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? problemOf('missing', { expected: issue.expected })
				: problemOf('wrongType', { expected: issue.expected, found: describeFound(issue.input) });
		case 'unrecognized_keys':
			return problemOf('unknownFields', {
				keys: issue.keys.slice(0, KEYS_NAMED).map(quoteKey),
				count: issue.keys.length
			});
		case 'invalid_value':
			return problemOf('wrongValue', {
				values: issue.values.map(quote),
				found: describeFound(issue.input)
			});
		case 'invalid_union': {
			// A discriminated union names the field it switches on and the values it accepts.
			const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
			if (discriminator && options) {
				const found = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
				return problemOf('wrongValue', {
					values: options.map(quote),
					found: describeFound(found)
				});
			}
			return problemOf('noShapeMatches');
		}
		case 'too_small': {
			const minimum = bound(issue.minimum);
			if (issue.origin === 'array') return problemOf('tooFewItems', { minimum });
			if (issue.origin === 'string')
				return minimum === 1 ? problemOf('emptyText') : problemOf('tooFewCharacters', { minimum });
			// `positive()` is "more than 0", not "at least 0".
			return problemOf('tooSmall', { minimum, inclusive: issue.inclusive !== false });
		}
		case 'too_big': {
			const maximum = bound(issue.maximum);
			if (issue.origin === 'array') return problemOf('tooManyItems', { maximum });
			if (issue.origin === 'string') return problemOf('tooLong', { limit: maximum });
			return problemOf('tooBig', { maximum, inclusive: issue.inclusive !== false });
		}
		case 'invalid_format':
			return issue.format === 'url'
				? problemOf('webAddress')
				: problemOf('wrongFormat', { format: issue.format });
		default:
			return problemOf('invalid', { detail: issue.message });
	}
}
