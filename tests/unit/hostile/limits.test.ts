// Files at and over the limits of src/lib/import/limits.ts (rows, cell length, nesting depth; the
// size limit is checked before reading, in cli.test.ts and the end-to-end tests), and datasets as
// large as the limits allow, fed to the transforms that draw them.
import { describe, expect, it } from 'vitest';
import { importJson, inspectCsv } from '../../../src/lib/import/importFile';
import { IMPORT_LIMITS } from '../../../src/lib/import/limits';
import type { Move } from '../../../src/lib/schema/dataset';
import { NAMED_RANGE } from '../../../src/lib/core/views/flowNaming';
import { layoutFlows } from '../../../src/lib/transforms/flowLayout';
import { datasetOf, describeOutcome, importCsvText, movesOf, problemsOf, report, talentWith } from './feed';
import { inEnglish, problemLine, rowLine } from '../english';
import { datasetOf as datasetOfMoves, viewsOf } from '../core/viewsOf';

const LIMIT = IMPORT_LIMITS.cellLength;

describe('a CSV file at and over the limits', () => {
	it(`imports a name of exactly ${LIMIT} characters`, () => {
		const name = 'N'.repeat(LIMIT);
		const outcome = importCsvText(`person,from,to\n${name},Meta,Yutori\n`);
		report(`a ${LIMIT}-character name`, 'CSV import (moves)', describeOutcome(outcome));
		expect(datasetOf(outcome).people.map((p) => p.name)).toEqual([name]);
	});

	it.each([
		{
			name: `a ${LIMIT + 1}-character cell`,
			cells: `Ada,Meta,${'Y'.repeat(LIMIT + 1)}`,
			left: `row 2, to: is longer than ${LIMIT} characters`
		},
		{
			name: 'a row of 100,000 cells',
			cells: `Ada,Meta,Yutori${',x'.repeat(99_997)}`,
			left: 'row 2: has 100000 cells but the header names 3 columns'
		}
	])('leaves out $name, saying which row and column', ({ name, cells, left }) => {
		const outcome = importCsvText(`person,from,to\n${cells}\nBob,Meta,Yutori\n`);
		report(name, 'CSV import (moves)', describeOutcome(outcome));
		expect(outcome.ok && outcome.value.rejected.map(rowLine)).toEqual([left]);
		expect(movesOf(datasetOf(outcome))).toEqual(['Bob: Meta → Yutori (unknown no date)']);
	});

	it(`refuses a file of ${(IMPORT_LIMITS.rows + 1).toLocaleString('en')} rows as a whole, saying the limit`, () => {
		const outcome = importCsvText('person,from,to\n' + 'Ada,Meta,Yutori\n'.repeat(IMPORT_LIMITS.rows + 1));
		report(`${IMPORT_LIMITS.rows + 1} rows`, 'CSV import (moves)', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([
			`(file): the file has ${IMPORT_LIMITS.rows + 1} rows; the limit is 1,250,000`
		]);
	});

	it('imports a file of 10,000 columns, reading the three it knows', () => {
		const extra = Array.from({ length: 9_997 }, (_, i) => `extra ${i}`);
		const outcome = importCsvText(
			`person,from,to,${extra.join(',')}\nAda,Meta,Yutori,${extra.map(() => 'x').join(',')}\n`
		);
		report('10,000 columns', 'CSV import (moves)', describeOutcome(outcome));
		expect(movesOf(datasetOf(outcome))).toEqual(['Ada: Meta → Yutori (unknown no date)']);
	});

	// A header names its column in the mapping step and in every row problem: it is held to the cells' limit.
	it(`refuses a header cell longer than ${LIMIT} characters, naming the column`, () => {
		const inspected = inspectCsv(`person,from,${'T'.repeat(5000)}\nAda,Meta,Yutori\n`);
		report(
			'a 5,000-character header',
			'CSV inspection (mapping step)',
			inspected.ok
				? `read, with the header as a column of ${inspected.value.headers[2]!.length} characters`
				: inEnglish(inspected.problems[0]!)
		);
		expect(inspected.ok || inspected.problems.map(problemLine)).toEqual([
			`(file): the name of column 3 in the first row ("${'T'.repeat(40)}…") is longer than 1,000 characters`
		]);
	});
});

describe('a JSON file at and over the limits', () => {
	it.each([
		{
			name: `a ${LIMIT + 1}-character name`,
			text: talentWith((d) => (d.people[1].name = 'x'.repeat(LIMIT + 1))),
			problems: [`people[1].name: a text is longer than ${LIMIT} characters`]
		},
		{
			name: 'nesting 33 levels deep',
			text: '['.repeat(33) + ']'.repeat(33),
			problems: ['(file): the JSON is nested more than 32 levels deep']
		},
		{
			name: 'nesting 1,000,000 levels deep',
			text: '['.repeat(1_000_000) + ']'.repeat(1_000_000),
			problems: ['(file): the JSON is nested more than 32 levels deep']
		},
		{
			name: 'a 5,000-character unknown field',
			text: talentWith((d) => (d.title['k'.repeat(5000)] = 1)),
			problems: [`title.${'k'.repeat(40)}…: a field name is longer than ${LIMIT} characters`]
		},
		{
			name: '100,000 unknown fields in one object',
			text: talentWith((d) =>
				Object.assign(d.moves[0], Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x${i}`, i])))
			),
			problems: ['moves[0]: unknown fields "x0", "x1", "x2", "x3", "x4" and 99995 more']
		}
	])('refuses $name, saying where in a message of bounded length', ({ name, text, problems }) => {
		const outcome = importJson(text);
		report(name, 'JSON import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual(problems);
	});

	it(`accepts a name of exactly ${LIMIT} characters, and brackets inside texts at any depth`, () => {
		const name = 'x'.repeat(LIMIT);
		const text = talentWith((d) => {
			d.people[1].name = name;
			d.people[2].name = '[{'.repeat(200);
		});
		const outcome = importJson(text);
		report(`a ${LIMIT}-character name, and a name of 400 brackets`, 'JSON import', describeOutcome(outcome));
		expect(datasetOf(outcome).people[1]!.name).toBe(name);
	});

	// Keys are cut in locations, so that a message never repeats a key of thousands of characters.
	it('says where an over-long text is without repeating a 5,000-character key', () => {
		const outcome = importJson(`{"${'k'.repeat(5000)}": "${'v'.repeat(LIMIT + 1)}"}`);
		report('a 5,000-character key holding a 1,001-character text', 'JSON import', describeOutcome(outcome));
		for (const problem of problemsOf(outcome)) expect(problem.length).toBeLessThan(300);
	});
});

describe(`the transforms that draw, with ${IMPORT_LIMITS.rows.toLocaleString('en')} moves (as many as a file may hold rows)`, () => {
	const count = IMPORT_LIMITS.rows;
	const moves: Move[] = Array.from({ length: count }, (_, i) => ({
		id: `m${i}`,
		person: `p${i}`,
		from: `o${i % 300}`,
		to: `o${(i * 7 + 1) % 300}`,
		date: { precision: 'month', start: `${2000 + (i % 24)}-${String(1 + (i % 12)).padStart(2, '0')}` },
		certainty: 'stated',
		evidence: [{ basis: 'import', source: 'import', row: i + 2 }]
	}));
	const views = viewsOf(datasetOfMoves(moves));

	it('counts the moves on the timeline by year, without overflowing the call stack', () => {
		// The timeline once took the earliest date with Math.min(...dates), which throws a
		// RangeError beyond some 150,000 arguments: a large import then broke the page.
		const { timeline } = views;
		expect(timeline.domain.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
			'2000-01-01',
			'2024-04-03'
		]);
		// Too many to draw one by one: the moves of each of the 24 years, counted.
		expect(timeline.items).toEqual([]);
		expect(timeline.unit).toBe('year');
		expect(timeline.bins.map((bin) => new Date(bin.start).getUTCFullYear())).toEqual(
			Array.from({ length: 24 }, (_, i) => 2000 + i)
		);
		expect(timeline.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(count);
		expect(timeline.counts.move).toBe(count);
	}, 30_000);

	it('draws the twelve busiest organizations and groups the rest, with finite coordinates', () => {
		const { flow } = views;
		expect(flow.hiddenOrganizations).toBe(300 - NAMED_RANGE.default);
		const layout = layoutFlows(flow.graph, { width: 640, height: 480 });
		expect(layout.problems).toEqual([]);
		for (const stage of [0, 1])
			expect(layout.nodes.filter((n) => n.stage === stage).length).toBeLessThanOrEqual(
				NAMED_RANGE.default + 1
			);
		for (const node of layout.nodes)
			expect([node.x0, node.x1, node.y0, node.y1].every(Number.isFinite)).toBe(true);
		// Every move is drawn, or is one between two organizations grouped as "Other".
		expect(flow.otherToOther).toBeGreaterThan(0);
		expect(layout.links.reduce((sum, link) => sum + link.value, 0) + flow.otherToOther).toBe(count);
	}, 30_000);
});
