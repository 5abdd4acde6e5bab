import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const quote = (value: unknown) => JSON.stringify(value);

/** A key from the file, quoted and cut short: a hostile file may hold keys of any length. */
const quoteKey = (key: string) => quote(key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** The most unknown keys a message names; a file may hold thousands in one object. */
const KEYS_NAMED = 5;

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string')
		return `the text ${quote(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
	if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
	return typeof value;
}

const article: Record<string, string> = {
	string: 'a text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	object: 'an object',
	array: 'a list',
	literal: 'a fixed value'
};

/**
 * Zod's default messages are written for developers ("Invalid input: expected string, received
 * undefined"); these say the same in words a person editing a data file can act on.
 */
export function plainMessage(issue: RawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type': {
			const wanted = article[issue.expected] ?? issue.expected;
			if (issue.input === undefined) return `missing: expected ${wanted}`;
			return `expected ${wanted}, found ${describe(issue.input)}`;
		}
		case 'unrecognized_keys': {
			const { keys } = issue;
			const named = keys.slice(0, KEYS_NAMED).map(quoteKey).join(', ');
			const more = keys.length > KEYS_NAMED ? ` and ${keys.length - KEYS_NAMED} more` : '';
			return `unknown field${keys.length > 1 ? 's' : ''} ${named}${more}`;
		}
		case 'invalid_value':
			return issue.values.length === 1
				? `expected ${quote(issue.values[0])}, found ${describe(issue.input)}`
				: `expected one of ${issue.values.map(quote).join(', ')}, found ${describe(issue.input)}`;
		case 'invalid_union': {
			// A discriminated union names the field it switches on and the values it accepts.
			const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
			if (discriminator && options) {
				const found = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
				return `expected one of ${options.map(quote).join(', ')}, found ${describe(found)}`;
			}
			return 'does not match any of the accepted shapes';
		}
		case 'too_small':
			if (issue.origin === 'array')
				return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
			if (issue.origin === 'string')
				return issue.minimum === 1 ? 'must not be empty' : `needs at least ${issue.minimum} characters`;
			// `positive()` is "more than 0", not "at least 0".
			return issue.inclusive === false
				? `must be more than ${issue.minimum}`
				: `must be at least ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
			if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
			return issue.inclusive === false
				? `must be less than ${issue.maximum}`
				: `must be at most ${issue.maximum}`;
		case 'invalid_format':
			if (issue.format === 'url') return 'expected a web address starting with https://';
			return `is not in the expected format (${issue.format})`;
		default:
			return undefined;
	}
}
