// Properties over hostile inputs, with fast-check: any CSV text, any JSON value and any name. Runs
// follow the FC_RUNS convention of tests/unit/properties/arbitraries.ts (200 by default;
// `FC_RUNS=5000 npx vitest run tests/unit/hostile` for more).
import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/import/decode';
import { importCsv, importJson, inspectCsv } from '../../../src/lib/import/importFile';
import { guessMapping, type CsvKind } from '../../../src/lib/import/mapping';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { VISIBLE_CHARACTER } from '../../../src/lib/schema/text';
import { datasetToJson, movesToCsv } from '../../../src/lib/transforms/exports';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { csvTextArbitrary, datasetArbitrary, numRuns, timeout } from '../properties/arbitraries';
import { englishProblem, inEnglish, whereInEnglish } from '../english';
import { problemsFor } from '../../../src/lib/i18n/messages';
import { sayProblem } from '../../../src/lib/problems/say';

const kinds: CsvKind[] = ['careers', 'moves'];

/** How many lines a text has, however its lines end: no row of a CSV can lie beyond them. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('the CSV import of any text', () => {
	it(
		'never throws, and names a row within the file and a column of its header for every row it leaves out',
		() => {
			fc.assert(
				fc.property(csvTextArbitrary, (text) => {
					const inspected = inspectCsv(text);
					if (!inspected.ok) {
						expect(inspected.problems.map((p) => whereInEnglish(p.where))).toEqual(['(file)']);
						return;
					}
					const { headers } = inspected.value;
					const lines = lineCount(text);
					for (const kind of kinds) {
						const outcome = importCsv(text, 'x.csv', kind, guessMapping(headers, kind));
						const rows = outcome.ok
							? outcome.value.rejected
							: outcome.problems.flatMap(({ where }) => (where.at === 'row' ? [where] : []));
						if (!outcome.ok)
							for (const { where } of outcome.problems)
								expect(whereInEnglish(where)).toMatch(/^(\(file\)|\(columns\)|row \d+)/);
						for (const { row, field } of rows) {
							expect(row).toBeGreaterThanOrEqual(2);
							expect(row).toBeLessThanOrEqual(lines);
							if (field !== undefined) expect(headers).toContain(field);
						}
					}
				}),
				{ numRuns }
			);
		},
		timeout
	);
});

/** Every path into a value, as the keys that lead there: `[]`, `['moves']`, `['moves', 0, 'id']`… */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	const here = [path];
	if (Array.isArray(value)) return here.concat(...value.map((item, i) => pathsOf(item, [...path, i])));
	if (value && typeof value === 'object')
		return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...path, key])));
	return here;
}

/** A copy of a value with the thing at `path` replaced, removed, or given an extra hostile key. */
function spoil(
	value: unknown,
	path: (string | number)[],
	how: 'replace' | 'remove' | 'add',
	junk: unknown,
	key: string
) {
	const copy = structuredClone(value) as Record<string | number, unknown>;
	if (path.length === 0) return how === 'replace' ? junk : copy;
	const parent = path.slice(0, -1).reduce<any>((at, k) => at[k], copy);
	const last = path[path.length - 1]!;
	if (how === 'replace') parent[last] = junk;
	else if (how === 'remove') {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete parent[last];
	} else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last]))
		Object.defineProperty(parent[last], key, {
			value: junk,
			enumerable: true,
			writable: true,
			configurable: true
		});
	return copy;
}

/** A valid dataset spoiled in one place, or any JSON value at all. */
const spoiledJson = fc.oneof(
	{
		arbitrary: fc
			.record({
				dataset: datasetArbitrary({ minMoves: 1 }),
				at: fc.nat(),
				how: fc.constantFrom('replace', 'remove', 'add'),
				junk: fc.oneof(
					fc.jsonValue({ maxDepth: 3 }),
					fc.constantFrom(-1, 0, 1e308, -0, '', '\u200b', '2024-02-30')
				),
				key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'x', 'id')
			})
			.map(({ dataset, at, how, junk, key }) => {
				const paths = pathsOf(dataset);
				return spoil(dataset, paths[at % paths.length]!, how as 'replace' | 'remove' | 'add', junk, key);
			}),
		weight: 4
	},
	{ arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 1 }
);

/** Whether a problem's path leads into the value: every step but the last exists (the last may be missing). */
function pointsInto(value: unknown, path: string): boolean {
	if (path === '(top level)') return true;
	const steps = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
		m[2] !== undefined ? Number(m[2]) : m[1]!
	);
	let at: any = value;
	for (const step of steps.slice(0, -1)) {
		if (at === null || typeof at !== 'object' || !Object.hasOwn(at, step)) return false;
		at = at[step];
	}
	return at !== null && typeof at === 'object';
}

describe('validateDataset on any JSON value', () => {
	it(
		'never throws, and locates every problem with a path into the value and a plain message',
		() => {
			fc.assert(
				fc.property(spoiledJson, (value) => {
					const checked = validateDataset(value);
					if (checked.ok) return;
					expect(checked.problems.length).toBeGreaterThan(0);
					for (const problem of checked.problems) {
						const { path, message } = englishProblem(problem);
						expect(pointsInto(value, path), `${path}: ${message}`).toBe(true);
						expect(message).not.toMatch(/^Invalid|^$/);
						// zod's own English never reaches a French reader, whatever the file holds.
						expect(sayProblem(problemsFor('fr'), problem)).not.toMatch(/^Invalid|^$/);
					}
					// The browser's import of the same file agrees that it is not a dataset, and never throws.
					expect(importJson(JSON.stringify(value) ?? '').ok).toBe(false);
				}),
				{ numRuns }
			);
		},
		timeout
	);
});

/**
 * A name as the CSV import keeps it: Unicode NFC, without the invisible characters it removes,
 * single spaces, trimmed. Built from whole graphemes of any script and the pieces hostile files use.
 */
const canonicalName = fc
	.string({
		unit: fc.oneof(
			{ arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 3 },
			{
				arbitrary: fc.constantFrom(
					'=',
					'+',
					'-',
					'@',
					"'",
					'"',
					',',
					';',
					' ',
					'\t',
					'\r\n',
					'é',
					'e\u0301',
					'\u202e',
					'\u200b',
					'<',
					'&',
					'__proto__'
				),
				weight: 2
			}
		),
		minLength: 1,
		maxLength: 12
	})
	.map((name) =>
		name
			.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
			.normalize('NFC')
			.replace(/\s+/g, ' ')
			.trim()
	)
	.filter((name) => VISIBLE_CHARACTER.test(name));

/** Each move as (person, from, to) names, sorted. */
function moveNames(dataset: Dataset): string[] {
	const names = new Map([...dataset.people, ...dataset.organizations].map((x) => [x.id, x.name]));
	return dataset.moves
		.map((m) => JSON.stringify([names.get(m.person), names.get(m.from), names.get(m.to)]))
		.sort();
}

/** Text written to a file as UTF-8 and read back as the command-line tools read it. */
function throughFile(text: string): string {
	const decoded = decodeText(new TextEncoder().encode(text));
	if (!decoded.ok) expect.fail(inEnglish(decoded.problem));
	return decoded.text;
}

describe('any name, exported and imported back', () => {
	it(
		'comes back unchanged through the JSON export, written to a file as UTF-8',
		() => {
			const anyName = fc
				.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
				.filter((n) => VISIBLE_CHARACTER.test(n));
			fc.assert(
				fc.property(datasetArbitrary({ name: anyName }), (dataset) => {
					const imported = importJson(throughFile(datasetToJson(dataset)));
					expect(imported.ok && imported.value.dataset).toEqual(dataset);
				}),
				{ numRuns }
			);
		},
		timeout
	);

	it(
		'comes back unchanged through the moves CSV, written to a file as UTF-8, when written as the CSV import keeps names',
		() => {
			fc.assert(
				fc.property(datasetArbitrary({ name: canonicalName, minMoves: 1 }), (dataset) => {
					const csv = throughFile(movesToCsv(dataset));
					const imported = importCsv(csv, 'x.csv', 'moves', guessMapping(csvParseRows(csv)[0]!, 'moves'));
					if (!imported.ok) expect.fail(JSON.stringify(imported.problems));
					expect(imported.value.rejected).toEqual([]);
					expect(moveNames(imported.value.dataset)).toEqual(moveNames(dataset));
				}),
				{ numRuns }
			);
		},
		timeout
	);
});
