import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from './runCli';
import talentJson from '../../../data/talent.json';
import { validateDataset } from '../../../src/lib/validation/validateDataset';

const cli = cliHarness('src/cli/import.ts');
const { dir, file } = cli;
/** Runs `npm run import -- <args>` the way a user would, without npm's banner. */
const runImport = cli.run;

const CAREERS = [
	'Name;Company;Role;Start Date;End Date',
	'Ann Lee;Meta;Engineer;2019-02;2022-06',
	'Ann Lee;Meta;Senior Engineer;2021;2023-01',
	'Ann Lee;"Acme; Inc";CTO;2023-02;',
	'Bob;Google;Researcher;2020;2024-02-30',
	'Carl;Google;;2018;2020',
	'Carl;Meta;;2020-05;2022'
].join('\r\n');

describe('npm run import', { timeout: 30_000 }, () => {
	it('turns career histories into a valid dataset and reports each row left out', () => {
		const out = join(dir, 'careers.json');
		const run = runImport(file('careers.csv', CAREERS), '--out', out);
		expect(run.code).toBe(0);
		expect(run.out).toContain('reading careers.csv as career histories');
		expect(run.out).toContain('✓ 5 rows read: 2 moves');
		expect(run.out).toContain('1 row left out:');
		expect(run.out).toContain('row 5, End Date: 2024-02-30 does not exist in the calendar');
		const dataset = JSON.parse(readFileSync(out, 'utf8'));
		expect(validateDataset(dataset).ok).toBe(true);
		expect(dataset.moves.map((m: { from: string; to: string }) => `${m.from}→${m.to}`)).toEqual([
			'meta→acme-inc',
			'google→meta'
		]);
	});

	it('lists the rows kept with a notice apart from the rows left out, and --strict keeps them', () => {
		const csv = file(
			'messy.csv',
			[
				'person,organization,start,start_precision,end',
				'Ann,Meta,2019-9-1,,2021',
				'Ann,Acme,2021,multi-year,',
				'Bob,Meta,03/04/2024,,'
			].join('\n')
		);
		const run = runImport(csv, '--out', join(dir, 'messy.json'), '--strict');
		expect(run.code).toBe(1);
		expect(run.out).toContain(
			[
				'  1 row left out:',
				'  row 4, start: "03/04/2024" could be 2024-04-03 (day first) or 2024-03-04 (month first), and the file does not say which comes first; write it year first, as 2024-04-03 or 2024-03-04',
				'  2 rows kept with a notice:',
				'  row 2, start: "2019-9-1" is read as 2019-09-01 (month and day written with two digits)',
				'  row 3, start_precision: precision "multi-year" is vaguer than a year: the date 2021 is kept with an unknown precision, so no move is dated by it'
			].join('\n')
		);
		const kept = runImport(
			file('kept.csv', 'person,organization,start\nAnn,Meta,2019-9\nAnn,Acme,2021-1\n'),
			'--out',
			join(dir, 'kept.json'),
			'--strict'
		);
		expect(kept.code).toBe(0);
		expect(kept.out).toContain('2 rows kept with a notice:');
	});

	it('takes column overrides by header name or number, and a kind', () => {
		const csv = file('moves.csv', 'who,left,joined,when\nAnn,Meta,Acme,2024-03\n');
		const run = runImport(
			csv,
			'--out',
			'-',
			'--kind',
			'moves',
			'--person',
			'who',
			'--from',
			'2',
			'--to',
			'joined',
			'--date',
			'when'
		);
		expect(run.code).toBe(0);
		expect(run.out).toContain('"from": "meta"');
		expect(run.out).toContain('"start": "2024-03"');
	});

	it('fails with --strict when rows are left out, writing nothing', () => {
		const out = join(dir, 'strict.json');
		const run = runImport(file('careers2.csv', CAREERS), '--out', out, '--strict');
		expect(run.code).toBe(1);
		expect(run.out).toContain('--strict: rows were left out, so nothing was written');
	});

	it('imports this project’s JSON back unchanged', () => {
		const out = join(dir, 'talent.json');
		expect(runImport('data/talent.json', '--out', out).code).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(talentJson);
	});

	it.each([
		{
			name: 'a missing file',
			args: () => [join(dir, 'nope.csv'), '--out', 'x.json'],
			message: 'no such file',
			code: 1
		},
		{
			name: 'an empty file',
			args: () => [file('empty.csv', ''), '--out', 'x.json'],
			message: 'the file is empty',
			code: 1
		},
		{
			name: 'an unterminated quote',
			args: () => [file('quote.csv', 'person,organization\n"Ann,Meta\n'), '--out', 'x.json'],
			message: 'a quoted field is never closed',
			code: 1
		},
		{
			name: 'an unknown column',
			args: () => [
				file('ok.csv', 'person,organization\nAnn,Meta\n'),
				'--out',
				'x.json',
				'--start',
				'Beginning'
			],
			message: '--start: no column is named "Beginning"',
			code: 2
		},
		{
			name: 'no --out',
			args: () => [file('ok2.csv', 'person,organization\n')],
			message: 'usage: npm run import',
			code: 2
		}
	])('explains $name in plain words, without a stack trace', ({ args, message, code }) => {
		const run = runImport(...args());
		expect(run.code).toBe(code);
		expect(run.out).toContain(message);
		expect(run.out).not.toMatch(/\n\s+at /);
	});
});
