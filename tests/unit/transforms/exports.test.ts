import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import type { FuzzyDate } from '../../../src/lib/schema/dates';
import {
	datasetToJson,
	exportFileName,
	MOVES_CSV_COLUMNS,
	movesToCsv,
	neutralizeFormula
} from '../../../src/lib/transforms/exports';
import { validateDataset } from '../../../src/lib/validation/validateDataset';

const cite = (row: number) => ({ basis: 'import' as const, source: 'import', row });

/** A valid dataset of imported facts: one person per name, each moving from the first to the second organization. */
function datasetOf(
	personNames: string[],
	organizationNames = ['Meta', 'Yutori'],
	date: FuzzyDate = { precision: 'month', start: '2024-03' }
): Dataset {
	const organizations = organizationNames.map((name, i) => ({
		id: `org-${i}`,
		name,
		kind: 'unknown' as const,
		evidence: [cite(2)]
	}));
	const people = personNames.map((name, i) => ({
		id: `person-${i}`,
		name,
		roles: [],
		evidence: [cite(i + 2)]
	}));
	const moves: Move[] = people.map((p, i) => ({
		id: `move-${i}`,
		person: p.id,
		from: 'org-0',
		to: 'org-1',
		date,
		certainty: 'stated',
		evidence: [cite(i + 2)]
	}));
	return {
		schemaVersion: 1,
		title: { en: 'Test', fr: 'Test' },
		sources: [{ id: 'import', kind: 'import', title: 'test.csv', publisher: 'A test' }],
		organizations,
		people,
		moves,
		aggregates: [],
		events: [],
		reasons: [],
		trends: []
	};
}

/** The cells of the data rows of a moves CSV, as a spreadsheet would read them, by column name. */
function readBack(csv: string): Record<(typeof MOVES_CSV_COLUMNS)[number], string>[] {
	const [header, ...rows] = csvParseRows(csv);
	return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!])) as never);
}

describe('neutralizeFormula', () => {
	it.each([
		{ input: '=1+1', expected: "'=1+1" },
		{ input: '=HYPERLINK("x")', expected: '\'=HYPERLINK("x")' },
		{ input: '+1', expected: "'+1" },
		{ input: '-2', expected: "'-2" },
		{ input: '@SUM(A1)', expected: "'@SUM(A1)" },
		{ input: '\tx', expected: "'\tx" },
		{ input: '\rx', expected: "'\rx" },
		{ input: '', expected: '' },
		{ input: 'Meta', expected: 'Meta' },
		{ input: 'a=b', expected: 'a=b' },
		{ input: '2024-03', expected: '2024-03' },
		{ input: "'already text", expected: "'already text" },
		{ input: '<img src=x onerror=alert(1)>', expected: '<img src=x onerror=alert(1)>' }
	])('$input → $expected', ({ input, expected }) => {
		expect(neutralizeFormula(input)).toBe(expected);
	});
});

describe('movesToCsv', () => {
	it('starts with a header row of MOVES_CSV_COLUMNS, in order', () => {
		const [header] = csvParseRows(movesToCsv(datasetOf(['Ada'])));
		expect(header).toEqual([...MOVES_CSV_COLUMNS]);
	});

	it('writes only a header row for a dataset without moves', () => {
		expect(movesToCsv(datasetOf([]))).toBe(`${MOVES_CSV_COLUMNS.join(',')}\r\n`);
	});

	it('ends every line, the last included, with CRLF and never a bare LF or CR', () => {
		const csv = movesToCsv(datasetOf(['Ada', 'Bob', 'Chloé']));
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
		expect(csv.split('\r\n')).toHaveLength(1 + 3 + 1);
	});

	it('writes each move as one row of cells a spreadsheet reads back', () => {
		const dataset = datasetOf(['Ada Lovelace'], ['Meta', 'Yutori'], {
			precision: 'range',
			start: '2024-01',
			end: '2024-03-26',
			wording: 'au début de 2024'
		});
		expect(readBack(movesToCsv(dataset))).toEqual([
			{
				id: 'move-0',
				person: 'person-0',
				person_name: 'Ada Lovelace',
				from: 'org-0',
				from_name: 'Meta',
				to: 'org-1',
				to_name: 'Yutori',
				date_precision: 'range',
				date_start: '2024-01',
				date_end: '2024-03-26',
				date_wording: 'au début de 2024',
				certainty: 'stated',
				evidence: 'row 2',
				sources: 'import'
			}
		]);
	});

	it.each([
		{ date: { precision: 'day', start: '2024-03-26' }, expected: ['day', '2024-03-26', ''] },
		{ date: { precision: 'month', start: '2024-03' }, expected: ['month', '2024-03', ''] },
		{ date: { precision: 'year', start: '2024' }, expected: ['year', '2024', ''] },
		{ date: { precision: 'range', end: '2024-04' }, expected: ['range', '', '2024-04'] },
		{ date: { precision: 'unknown' }, expected: ['unknown', '', ''] }
	] as { date: FuzzyDate; expected: string[] }[])(
		'writes a $date.precision date as precision, start and end: $expected',
		({ date, expected }) => {
			const [row] = readBack(movesToCsv(datasetOf(['Ada'], ['Meta', 'Yutori'], date)));
			expect([row!.date_precision, row!.date_start, row!.date_end]).toEqual(expected);
		}
	);

	it.each([
		{ name: 'Yutori, Inc.', expected: '"Yutori, Inc."' },
		{ name: 'The "AI" Lab', expected: '"The ""AI"" Lab"' },
		{ name: '"quoted"', expected: '"""quoted"""' },
		{ name: 'two\nlines', expected: '"two\nlines"' },
		{ name: 'two\r\nlines', expected: '"two\r\nlines"' },
		{ name: 'Plain Name', expected: 'Plain Name' },
		{ name: 'semi;colon', expected: 'semi;colon' }
	])('quotes "$name" per RFC 4180 as $expected, and reads it back unchanged', ({ name, expected }) => {
		const csv = movesToCsv(datasetOf([name], ['Meta', name]));
		expect(csv).toContain(`,${expected},org-0,`);
		expect(csv).toContain(`,org-1,${expected},`);
		const [row] = readBack(csv);
		expect([row!.person_name, row!.to_name]).toEqual([name, name]);
	});

	it.each([
		{ name: '=HYPERLINK("x")', raw: '"\'=HYPERLINK(""x"")"' },
		{ name: '+1', raw: "'+1" },
		{ name: '-2', raw: "'-2" },
		{ name: '@SUM(A1)', raw: "'@SUM(A1)" },
		{ name: '\tx', raw: "'\tx" },
		{ name: '\rx', raw: '"\'\rx"' }
	])('neutralises the formula-looking name $name with a leading apostrophe', ({ name, raw }) => {
		const csv = movesToCsv(datasetOf([name], [name, 'Meta']));
		expect(csv).toContain(`,person-0,${raw},org-0,${raw},`);
		const [row] = readBack(csv);
		expect([row!.person_name, row!.from_name]).toEqual([`'${name}`, `'${name}`]);
	});

	it('neutralises formula-looking text in every column, the date wording included', () => {
		const dataset = datasetOf(['Ada'], ['Meta', 'Yutori'], {
			precision: 'unknown',
			wording: '-in recent weeks'
		});
		const [row] = readBack(movesToCsv(dataset));
		expect(row!.date_wording).toBe("'-in recent weeks");
		const formulaLike = /^[=+\-@\t\r]/;
		for (const cells of csvParseRows(movesToCsv(datasetOf(['=1', '+2'], ['@a', '-b']))))
			for (const cell of cells) expect(cell).not.toMatch(formulaLike);
	});

	it.each([
		{ name: '<img src=x onerror=alert(1)>' },
		{ name: '<script>alert("x")</script>' },
		{ name: '&lt;b&gt; &amp;' },
		{ name: 'Zoë \u202Eevil' }
	])('keeps $name as plain text, neither escaped nor stripped', ({ name }) => {
		const [row] = readBack(movesToCsv(datasetOf([name])));
		expect(row!.person_name).toBe(name);
	});

	it('joins the evidence and its distinct sources of a move', () => {
		const dataset = datasetOf(['Ada']);
		dataset.moves[0]!.evidence = [cite(2), cite(5)];
		const [row] = readBack(movesToCsv(dataset));
		expect([row!.evidence, row!.sources]).toEqual(['row 2 | row 5', 'import']);
	});

	it('does not mutate its input', () => {
		const dataset = datasetOf(['=HYPERLINK("x")', 'Ada, "the first"'], ['Meta', 'Yutori\nInc']);
		const copy = structuredClone(dataset);
		movesToCsv(dataset);
		expect(dataset).toEqual(copy);
	});
});

describe('datasetToJson', () => {
	it.each([
		{ name: 'a small imported dataset', dataset: datasetOf(['Ada', '=1'], ['Meta', 'Café "Lab"']) },
		{ name: 'an empty one', dataset: datasetOf([]) }
	])('writes $name as tab-indented JSON that parses back equal and valid', ({ dataset }) => {
		const json = datasetToJson(dataset);
		expect(json.endsWith('}\n')).toBe(true);
		expect(json).toMatch(/^\{\n\t"schemaVersion": 1,\n/);
		expect(JSON.parse(json)).toEqual(dataset);
		expect(validateDataset(JSON.parse(json)).ok).toBe(true);
	});

	it('does not mutate its input', () => {
		const dataset = datasetOf(['Ada']);
		const copy = structuredClone(dataset);
		datasetToJson(dataset);
		expect(dataset).toEqual(copy);
	});
});

describe('exportFileName', () => {
	it.each([
		{ input: ['moves', [], 'csv'], expected: 'talent-flows-moves-all.csv' },
		{ input: ['moves', ['meta'], 'csv'], expected: 'talent-flows-moves-meta.csv' },
		{ input: ['moves', ['meta', 'yutori'], 'csv'], expected: 'talent-flows-moves-meta-yutori.csv' },
		{ input: ['dataset', [], 'json'], expected: 'talent-flows-dataset-all.json' },
		{ input: ['flow-diagram', ['x.ai'], 'svg'], expected: 'talent-flows-flow-diagram-x-ai.svg' },
		{
			input: ['timeline', ['a', 'b', 'c', 'd'], 'png'],
			expected: 'talent-flows-timeline-a-b-c-and-more.png'
		},
		{ input: ['moves', ['../../etc/passwd'], 'csv'], expected: 'talent-flows-moves-etc-passwd.csv' },
		{
			input: ['moves', ['a b\\c:d*e?f"g<h>i|j'], 'csv'],
			expected: 'talent-flows-moves-a-b-c-d-e-f-g-h-i-j.csv'
		},
		{ input: ['moves', ['meta'], 'csv', 'from:openai'], expected: 'talent-flows-moves-meta-from-openai.csv' },
		{ input: ['view', ['meta'], 'json', 'net@2024-03'], expected: 'talent-flows-view-meta-net-2024-03.json' }
	] as { input: [string, string[], string, string?]; expected: string }[])(
		'$input → $expected',
		({ input, expected }) => {
			expect(exportFileName(...input)).toBe(expected);
		}
	);

	it.each([
		{
			name: 'many long ids',
			companies: Array.from({ length: 40 }, (_, i) => `organization-${i}-${'x'.repeat(100)}`)
		},
		{ name: 'one absurdly long id', companies: ['y'.repeat(5000)] },
		{ name: 'hostile text', companies: ['<script>alert(1)</script>', '\u0000\u202E', '%00', '__proto__'] }
	])('keeps to safe characters and a bounded length with $name', ({ companies }) => {
		for (const extension of ['csv', 'json', 'svg', 'png']) {
			const name = exportFileName('moves', companies, extension);
			expect(name).toMatch(/^talent-flows-moves-[A-Za-z0-9-]+\.[a-z]+$/);
			expect(name.length).toBeLessThanOrEqual('talent-flows-'.length + 80 + '.json'.length);
		}
	});

	it('does not mutate its input', () => {
		const companies = ['meta', 'yutori', 'x.ai', 'mistral-ai'];
		exportFileName('moves', companies, 'csv');
		expect(companies).toEqual(['meta', 'yutori', 'x.ai', 'mistral-ai']);
	});
});
