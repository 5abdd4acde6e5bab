import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { englishFailure, englishRow, inEnglish, inEnglishOutcome } from '../english';
import talentJson from '../../../data/talent.json';
import {
	checkJsonSize,
	readsAsJson,
	checkSize,
	importCsv,
	importJson,
	inspectCsv,
	jsonDepth,
	looksLikeJson,
	type Outcome,
	type Imported
} from '../../../src/lib/import/importFile';
import { IMPORT_LIMITS } from '../../../src/lib/import/limits';
import { guessMapping } from '../../../src/lib/import/mapping';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { datasetToJson, movesToCsv } from '../../../src/lib/transforms/exports';
import { validateDataset } from '../../../src/lib/validation/validateDataset';

const talentText = readFileSync(new URL('../../../data/talent.json', import.meta.url), 'utf8');
const talent = talentJson as Dataset;

/** The dataset of a successful import, checked to pass validateDataset on its own. */
function datasetOf(outcome: Outcome<Imported>): Dataset {
	if (!outcome.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(outcome.problems)}`);
	expect(validateDataset(outcome.value.dataset).ok).toBe(true);
	return outcome.value.dataset;
}

/** Imports CSV text with the kind and mapping the import dialog guesses. */
function importGuessed(text: string) {
	const inspected = inspectCsv(text);
	if (!inspected.ok) return inspected;
	return importCsv(text, 'test.csv', inspected.value.kind, inspected.value.mapping);
}

/** Moves as (person name, from name, to name, date without its note) tuples. */
function tuples(dataset: Dataset) {
	const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name;
	return dataset.moves.map((m) => {
		const date = { ...m.date };
		delete date.note;
		return [
			name(dataset.people, m.person),
			name(dataset.organizations, m.from),
			name(dataset.organizations, m.to),
			date
		];
	});
}

describe('looksLikeJson', () => {
	it.each([
		{ input: ['talent.json', ''], expected: true },
		{ input: ['TALENT.JSON', 'a,b'], expected: true },
		{ input: ['data.csv', '{"a":1}'], expected: true },
		{ input: ['data', '  [1]'], expected: true },
		{ input: ['data.txt', '\ufeff{"a":1}'], expected: true },
		{ input: ['data.csv', 'person,organization'], expected: false },
		{ input: ['data.json.csv', 'person,organization'], expected: false },
		{ input: ['', ''], expected: false }
	] as { input: [string, string]; expected: boolean }[])('$input → $expected', ({ input, expected }) => {
		expect(looksLikeJson(...input)).toBe(expected);
	});
});

describe('jsonDepth', () => {
	it.each([
		{ input: '', expected: 0 },
		{ input: '42', expected: 0 },
		{ input: '{}', expected: 1 },
		{ input: '[[], {}]', expected: 2 },
		{ input: '{"a": [{"b": []}]}', expected: 4 },
		{ input: '"[[[{{{"', expected: 0 },
		{ input: '["\\"[[["]', expected: 1 },
		{ input: '["\\\\", [1]]', expected: 2 },
		{ input: '['.repeat(33) + ']'.repeat(33), expected: 33 }
	])('$input → $expected', ({ input, expected }) => {
		expect(jsonDepth(input)).toBe(expected);
	});
});

describe('checkSize', () => {
	it.each([
		{ input: 1, expected: { ok: true, value: null } },
		{ input: IMPORT_LIMITS.bytes, expected: { ok: true, value: null } },
		{ input: 0, expected: { ok: false, problems: [{ where: '(file)', message: 'the file is empty' }] } },
		{
			input: 130_000_000,
			expected: {
				ok: false,
				problems: [{ where: '(file)', message: 'the file is 130.0 MB; the limit is 75 MB' }]
			}
		}
	])('$input bytes → $expected', ({ input, expected }) => {
		expect(inEnglishOutcome(checkSize(input))).toEqual(expected);
	});

	it('refuses a file one byte over the limit', () => {
		expect(checkSize(IMPORT_LIMITS.bytes + 1).ok).toBe(false);
	});

	it('tells a file past the limit by less than a tenth of a megabyte in bytes, so that its size never reads as the limit', () => {
		expect(inEnglishOutcome(checkSize(75_000_321))).toEqual({
			ok: false,
			problems: [
				{
					where: '(file)',
					message: 'the file is 75,000,321 bytes; the limit is 75 MB (75,000,000 bytes)'
				}
			]
		});
		expect(inEnglishOutcome(checkSize(75_060_000))).toEqual({
			ok: false,
			problems: [{ where: '(file)', message: 'the file is 75.1 MB; the limit is 75 MB' }]
		});
		expect(inEnglishOutcome(checkJsonSize(64_000_001))).toEqual({
			ok: false,
			problems: [
				{
					where: '(file)',
					message: 'the JSON file is 64,000,001 bytes; the limit for JSON is 64 MB (64,000,000 bytes)'
				}
			]
		});
	});
});

describe('checkJsonSize: a JSON file, parsed whole and checked object by object, has a lower limit', () => {
	it('takes a JSON file of the limit, and refuses one a byte past it, saying both sizes', () => {
		expect(checkJsonSize(IMPORT_LIMITS.jsonBytes).ok).toBe(true);
		expect(inEnglishOutcome(checkJsonSize(0))).toEqual({
			ok: false,
			problems: [{ where: '(file)', message: 'the file is empty' }]
		});
		expect(IMPORT_LIMITS.jsonBytes).toBeLessThan(IMPORT_LIMITS.bytes);
		expect(inEnglishOutcome(checkJsonSize(70_000_000))).toEqual({
			ok: false,
			problems: [{ where: '(file)', message: 'the JSON file is 70.0 MB; the limit for JSON is 64 MB' }]
		});
		// Past the limit for any file too, it is still told the one for JSON.
		expect(inEnglishOutcome(checkJsonSize(100_000_000))).toEqual({
			ok: false,
			problems: [{ where: '(file)', message: 'the JSON file is 100.0 MB; the limit for JSON is 64 MB' }]
		});
	});
});

describe('readsAsJson: a file read is JSON by its name or first character, and then held to the JSON limit', () => {
	it('takes a CSV of any size within the general limit as not JSON', () => {
		expect(readsAsJson('moves.csv', 'person,from,to\n', 70_000_000)).toEqual({ ok: true, value: false });
	});
	it('takes a JSON file within its limit as JSON, named so or not', () => {
		expect(readsAsJson('data.json', '{}', 1_000)).toEqual({ ok: true, value: true });
		expect(readsAsJson('data.txt', ' [1]', 1_000)).toEqual({ ok: true, value: true });
	});
	it('refuses a file that turns out to be JSON past the JSON limit, saying so', () => {
		expect(inEnglishOutcome(readsAsJson('data.txt', '[', 70_000_000))).toEqual({
			ok: false,
			problems: [{ where: '(file)', message: 'the JSON file is 70.0 MB; the limit for JSON is 64 MB' }]
		});
	});
});

describe('importJson', () => {
	it('imports the committed data/talent.json back equal to itself', () => {
		const result = importJson(talentText);
		expect(datasetOf(result)).toEqual(talentJson);
		expect(result).toMatchObject({
			ok: true,
			value: { format: 'json', rejected: [], accepted: 6, undated: [] }
		});
	});

	it('counts the moves as the page does: a departure told twice (a move and the one refining it) once', () => {
		// Six moves: the article's three departures, and three of other reporting refining them.
		expect(importJson(talentText)).toMatchObject({ ok: true, value: { accepted: 6, moves: 3, refined: 3 } });
	});

	it('imports the exported JSON of the committed dataset back equal to it', () => {
		expect(datasetOf(importJson(datasetToJson(talent)))).toEqual(talentJson);
	});

	it('accepts a byte-order mark before the JSON', () => {
		expect(datasetOf(importJson(`\ufeff${talentText}`))).toEqual(talentJson);
	});

	it.each([
		{ name: 'an empty file', text: '', where: '(file)', message: 'the file is empty' },
		{ name: 'a file of blanks', text: '\ufeff \n\t', where: '(file)', message: 'the file is empty' },
		{
			name: 'broken JSON',
			text: '{"moves": [',
			where: '(file)',
			message: expect.stringMatching(/^this is not valid JSON \(.+\)$/)
		},
		{
			name: 'JSON with a trailing comma',
			text: '{"a": 1,}',
			where: '(file)',
			message: expect.stringMatching(/^this is not valid JSON \(.+\)$/)
		},
		{
			name: 'nesting 33 levels deep',
			text: '['.repeat(33) + ']'.repeat(33),
			where: '(file)',
			message: 'the JSON is nested more than 32 levels deep'
		},
		{
			name: 'nesting 100,000 levels deep',
			text: '['.repeat(100_000) + ']'.repeat(100_000),
			where: '(file)',
			message: 'the JSON is nested more than 32 levels deep'
		},
		{
			name: 'a list instead of a dataset',
			text: '[]',
			where: '(top level)',
			message: expect.stringContaining('expected an object')
		},
		{
			name: 'null',
			text: 'null',
			where: '(top level)',
			message: expect.stringContaining('expected an object')
		}
	])('fails on $name, with a message', ({ text, where, message }) => {
		const result = importJson(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && englishFailure(result.problems[0]!)).toEqual({ where, message });
	});

	it('reports a text longer than the limit, saying where', () => {
		const copy = structuredClone(talentJson) as any;
		copy.people[1].name = 'x'.repeat(IMPORT_LIMITS.cellLength + 1);
		expect(inEnglishOutcome(importJson(JSON.stringify(copy)))).toEqual({
			ok: false,
			problems: [
				{ where: 'people[1].name', message: `a text is longer than ${IMPORT_LIMITS.cellLength} characters` }
			]
		});
	});

	it('passes nesting of exactly 32 levels on to the schema', () => {
		const result = importJson('['.repeat(32) + ']'.repeat(32));
		expect(result.ok).toBe(false);
		expect(!result.ok && inEnglish(result.problems[0]!)).not.toMatch(/nested/);
	});

	it('reports the schema problems of a broken dataset, located', () => {
		const copy = structuredClone(talentJson) as any;
		copy.moves[3].date.start = '2024-02-30';
		expect(inEnglishOutcome(importJson(JSON.stringify(copy)))).toEqual({
			ok: false,
			problems: [{ where: 'moves[3].date.start', message: 'this date does not exist in the calendar' }]
		});
	});
});

describe('inspectCsv', () => {
	it.each([
		{
			name: 'career histories in French, with semicolons',
			text: '\ufeffNom;Entreprise;Poste;Début;Fin\r\nAda;Meta;Ingénieure;2018;2024\r\n',
			expected: {
				headers: ['Nom', 'Entreprise', 'Poste', 'Début', 'Fin'],
				kind: 'careers',
				mapping: { person: 0, organization: 1, title: 2, start: 3, end: 4 },
				preview: [['Ada', 'Meta', 'Ingénieure', '2018', '2024']],
				rowCount: 1,
				delimiter: ';'
			}
		},
		{
			name: 'moves with tabs, one row too long',
			text: 'person\tfrom\tto\nAda\tMeta\tYutori\nBob\tMeta\tYutori\textra\n',
			expected: {
				headers: ['person', 'from', 'to'],
				kind: 'moves',
				mapping: { person: 0, from: 1, to: 2 },
				preview: [['Ada', 'Meta', 'Yutori']],
				rowCount: 2,
				delimiter: '\t'
			}
		}
	])('guesses the kind and mapping of $name', ({ text, expected }) => {
		expect(inEnglishOutcome(inspectCsv(text))).toEqual({ ok: true, value: expected });
	});

	it('previews at most five rows', () => {
		const text = 'person,organization\n' + 'Ada,Meta\n'.repeat(9);
		const inspected = inspectCsv(text);
		expect(inspected.ok && [inspected.value.preview.length, inspected.value.rowCount]).toEqual([5, 9]);
	});

	it.each([
		{ text: '', message: 'the file is empty' },
		{
			text: 'person,organization\n"Ada,Meta\n',
			message: 'a quoted field is never closed: check for a stray " character'
		}
	])('fails on "$text" with "$message"', ({ text, message }) => {
		expect(inEnglishOutcome(inspectCsv(text))).toEqual({
			ok: false,
			problems: [{ where: '(file)', message }]
		});
	});
});

describe('importCsv', () => {
	it('imports career histories with a BOM, CRLF, semicolons and quoted fields', () => {
		const text =
			'\ufeffname;company;role;start_date;end_date\r\n' +
			'"Parikh; Devi";Meta;"Research ""Director""";2016;2024-03\r\n' +
			'"Parikh; Devi";Yutori;Co-founder;2024-03-26;\r\n';
		const result = importGuessed(text);
		const dataset = datasetOf(result);
		expect(tuples(dataset)).toEqual([
			['Parikh; Devi', 'Meta', 'Yutori', { precision: 'day', start: '2024-03-26' }]
		]);
		expect(dataset.people[0]!.roles.map((r) => r.title)).toEqual(['Research "Director"', 'Co-founder']);
		expect(result.ok && result.value).toMatchObject({
			format: 'careers',
			accepted: 2,
			rejected: [],
			undated: []
		});
	});

	it('imports a file with some rows rejected, and lists each with its row and field', () => {
		const text = [
			'person,organization,start,end',
			'Ada,Meta,2018,2024',
			'Ada,Yutori,2024-02-30,',
			'Ada,Google,,',
			`Bob,${'x'.repeat(5000)},2020,`,
			'Bob,Meta,2020,,',
			'Ada,Yutori,2024-04,'
		].join('\n');
		const result = importGuessed(text);
		expect(tuples(datasetOf(result))).toEqual([
			['Ada', 'Meta', 'Yutori', { precision: 'month', start: '2024-04' }]
		]);
		expect(result.ok && result.value.rejected.map(englishRow)).toEqual([
			{ row: 3, field: 'start', message: '2024-02-30 does not exist in the calendar' },
			{ row: 5, field: 'organization', message: `is longer than ${IMPORT_LIMITS.cellLength} characters` },
			{ row: 6, message: 'has 5 cells but the header names 4 columns' }
		]);
		expect(result.ok && [result.value.accepted, result.value.undated]).toEqual([3, [4]]);
	});

	it.each([
		{ name: 'an empty file', text: '', problems: [{ where: '(file)', message: 'the file is empty' }] },
		{
			name: 'a header-only file',
			text: 'person,organization,start\r\n',
			problems: [{ where: '(file)', message: 'no row could be imported' }]
		},
		{
			name: 'an unterminated quote',
			text: 'person,organization\nAda,"Meta\nBob,Yutori\n',
			problems: [
				{ where: '(file)', message: 'a quoted field is never closed: check for a stray " character' }
			]
		},
		{
			name: 'UTF-16 text',
			text: 'p\u0000e\u0000r\u0000s\u0000o\u0000n\u0000',
			problems: [
				{
					where: '(file)',
					message: 'the file is not plain text (it may be UTF-16 or binary); save it as UTF-8 CSV'
				}
			]
		},
		{
			name: 'no usable row',
			text: 'person,organization,start\nAda,,2024\n,Meta,2024\nBob,Meta,2024-02-30\n',
			problems: [
				{ where: '(file)', message: 'no row could be imported' },
				{ where: 'row 2, organization', message: 'no organization is named' },
				{ where: 'row 3, person', message: 'no person is named' },
				{ where: 'row 4, start', message: '2024-02-30 does not exist in the calendar' }
			]
		}
	])('fails as a whole on $name', ({ text, problems }) => {
		expect(inEnglishOutcome(importGuessed(text))).toEqual({ ok: false, problems });
	});

	it('imports a file where someone leaves for a company of their own name', () => {
		const result = importGuessed('person,from,to,date\nJane Doe,Meta,Jane Doe,2024-03\n');
		expect(tuples(datasetOf(result))).toEqual([
			['Jane Doe', 'Meta', 'Jane Doe', { precision: 'month', start: '2024-03' }]
		]);
	});

	it('fails when a required field has no column, naming it', () => {
		expect(inEnglishOutcome(importCsv('who,where\nAda,Meta\n', 'x.csv', 'careers', {}))).toEqual({
			ok: false,
			problems: [
				{
					where: '(columns)',
					message: 'no column is chosen for person, organization; pick one in the mapping step'
				}
			]
		});
	});

	it('lists at most twenty rejected rows when no row can be used', () => {
		const text = 'person,organization\n' + ',Meta\n'.repeat(50);
		const result = importGuessed(text);
		expect(!result.ok && result.problems).toHaveLength(21);
	});

	it('re-imports the moves CSV of the committed dataset with the same people, organizations and dates', () => {
		const csv = movesToCsv(talent);
		const [headers] = csvParseRows(csv);
		const result = importCsv(csv, 'moves.csv', 'moves', guessMapping(headers!, 'moves'));
		expect(tuples(datasetOf(result))).toEqual(tuples(talent));
		expect(datasetOf(result).moves.map((m) => m.certainty)).toEqual(talent.moves.map((m) => m.certainty));
	});

	it('re-imports an exported move dated by a range with a start', () => {
		const dataset = structuredClone(talent);
		dataset.moves[0]!.date = { precision: 'range', start: '2024-03', end: '2024-04-03', wording: 'en mars' };
		const csv = movesToCsv(dataset);
		const [headers] = csvParseRows(csv);
		const result = importCsv(csv, 'moves.csv', 'moves', guessMapping(headers!, 'moves'));
		expect(result.ok && result.value.rejected.map(englishRow)).toEqual([]);
		expect(tuples(datasetOf(result))).toEqual(tuples(dataset));
	});

	it('re-imports exported formula-looking names without the apostrophe the export added', () => {
		const dataset = structuredClone(talent);
		dataset.people[0]!.name = '=HYPERLINK("x")';
		dataset.organizations[0]!.name = '@SUM(A1)';
		const csv = movesToCsv(dataset);
		const [headers] = csvParseRows(csv);
		const result = importCsv(csv, 'moves.csv', 'moves', guessMapping(headers!, 'moves'));
		expect(tuples(datasetOf(result))).toEqual(tuples(dataset));
	});
});
