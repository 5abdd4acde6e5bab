import { describe, expect, it } from 'vitest';
import { englishRow, inEnglish } from '../english';
import { buildDataset, cleanName, foldName, idRegistry } from '../../../src/lib/import/buildDataset';
import { readCsv, type CsvTable } from '../../../src/lib/import/csv';
import { IMPORT_LIMITS } from '../../../src/lib/import/limits';
import { guessMapping, type CsvKind } from '../../../src/lib/import/mapping';
import { Id } from '../../../src/lib/schema/evidence';
import { validateDataset } from '../../../src/lib/validation/validateDataset';

function tableOf(text: string): CsvTable {
	const read = readCsv(text);
	if (!read.ok) throw new Error(inEnglish(read.problem));
	return read.table;
}

/** Builds a dataset from CSV text with the guessed mapping, as the import dialog does by default. */
function build(text: string, kind: CsvKind) {
	const table = tableOf(text);
	return buildDataset(table, kind, guessMapping(table.headers, kind), 'test.csv');
}

const careers = (rows: string[]) =>
	build(['person,organization,title,start,end', ...rows].join('\n'), 'careers');
const moves = (rows: string[], header = 'person,from,to,date,date_end,precision,wording,certainty') =>
	build([header, ...rows].join('\n'), 'moves');

/** What validateDataset finds wrong with a dataset: nothing, for a dataset built from usable rows. */
function problemsOf(dataset: unknown) {
	const checked = validateDataset(dataset);
	return checked.ok ? [] : checked.problems;
}

/** Moves as readable tuples: person name, from name, to name, date. */
function tuples(built: ReturnType<typeof build>) {
	const { people, organizations } = built.dataset;
	const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name;
	return built.dataset.moves.map((m) => [
		name(people, m.person),
		name(organizations, m.from),
		name(organizations, m.to),
		m.date
	]);
}

describe('cleanName', () => {
	it.each([
		{ input: 'Meta', expected: 'Meta' },
		{ input: '  Meta  ', expected: 'Meta' },
		{ input: 'Mistral\t \u00a0AI', expected: 'Mistral AI' },
		{ input: 'two\nlines', expected: 'two lines' },
		{ input: 'Cafe\u0301', expected: 'Caf\u00e9' },
		{ input: 'Caf\u00e9', expected: 'Caf\u00e9' },
		{ input: 'Me\u200bta', expected: 'Meta' },
		{ input: '\ufeffMeta\u200d', expected: 'Meta' },
		{ input: '\u202eateM', expected: 'ateM' },
		{ input: 'Meta\u2060', expected: 'Meta' },
		{ input: '\'=HYPERLINK("x")', expected: '=HYPERLINK("x")' },
		{ input: "'+1", expected: '+1' },
		{ input: "'-2", expected: '-2' },
		{ input: "'@SUM(A1)", expected: '@SUM(A1)' },
		{ input: "'plain", expected: "'plain" },
		{ input: "O'Brien", expected: "O'Brien" },
		{ input: '<img src=x onerror=alert(1)>', expected: '<img src=x onerror=alert(1)>' },
		{ input: '\u200b \u200b', expected: '' },
		{ input: '', expected: '' },
		{ input: "'\t=1+1", expected: '=1+1' },
		{ input: " '=1", expected: "'=1" }
	])('$input → $expected', ({ input, expected }) => {
		expect(cleanName(input)).toBe(expected);
	});
});

describe('foldName', () => {
	it.each([
		{ a: 'Meta', b: 'META', same: true },
		{ a: 'Ada Okafor', b: 'ada okafor', same: true },
		{ a: 'Straße', b: 'STRASSE', same: true },
		{ a: 'ΟΔΥΣΣΕΥΣ', b: 'Οδυσσευς', same: true },
		{ a: 'Café', b: 'CAFÉ', same: true },
		{ a: 'Meta', b: 'M\u0435ta', same: false },
		{ a: 'Meta', b: 'Ｍｅｔａ', same: false }
	])('$a and $b are one name: $same', ({ a, b, same }) => {
		expect(foldName(a) === foldName(b)).toBe(same);
	});
});

describe('idRegistry', () => {
	it.each([
		{ input: ['Meta'], expected: ['meta'] },
		{ input: ['Meta', 'Meta'], expected: ['meta', 'meta'] },
		{ input: ['Meta', 'META', 'meta'], expected: ['meta', 'meta-2', 'meta-3'] },
		{ input: ['Café', 'Cafe'], expected: ['cafe', 'cafe-2'] },
		{ input: ['Mistral AI', 'x.ai', '  --Yutori--  '], expected: ['mistral-ai', 'x-ai', 'yutori'] },
		{ input: ['北京', '上海'], expected: ['organization', 'organization-2'] },
		{
			input: ['北京', '上海', 'Organization 2'],
			expected: ['organization', 'organization-2', 'organization-2-2']
		},
		{ input: ['__proto__', 'constructor'], expected: ['proto', 'constructor'] },
		{ input: [`${'a'.repeat(59)} b`], expected: ['a'.repeat(59)] }
	])('gives the organizations $input the ids $expected', ({ input, expected }) => {
		const ids = idRegistry();
		expect(input.map((name) => ids.named('organization', name))).toEqual(expected);
	});

	it.each([
		{
			name: 'a person and an organization of the same name',
			input: (ids: ReturnType<typeof idRegistry>) => [
				ids.named('person', 'Jane Doe'),
				ids.named('organization', 'Jane Doe'),
				ids.named('person', 'Jane Doe')
			],
			expected: ['jane-doe', 'jane-doe-2', 'jane-doe']
		},
		{
			name: 'a reserved id',
			input: (ids: ReturnType<typeof idRegistry>) => [ids.named('organization', 'Import')],
			expected: ['import-2']
		},
		{
			name: 'a generated id that a name already took',
			input: (ids: ReturnType<typeof idRegistry>) => [ids.named('person', 'Move 1'), ids.fresh('move-1')],
			expected: ['move-1', 'move-1-2']
		},
		{
			name: 'a name that looks like a generated id',
			input: (ids: ReturnType<typeof idRegistry>) => [ids.fresh('move-1'), ids.named('person', 'Move 1')],
			expected: ['move-1', 'move-1-2']
		},
		{
			name: 'numbered ids handed out at once, then a name that looks like one',
			input: (ids: ReturnType<typeof idRegistry>) => [
				...ids.sequence('move', 3),
				ids.named('person', 'Move 2'),
				ids.named('person', 'Move 4'),
				ids.fresh('move-3')
			],
			expected: ['move-1', 'move-2', 'move-3', 'move-2-2', 'move-4', 'move-3-2']
		},
		{
			name: 'numbered ids handed out at once after a name took one of them',
			input: (ids: ReturnType<typeof idRegistry>) => [
				ids.named('person', 'Move 2'),
				...ids.sequence('move', 3)
			],
			expected: ['move-2', 'move-1', 'move-2-2', 'move-3']
		}
	])('keeps ids unique across kinds, with $name', ({ input, expected }) => {
		expect(input(idRegistry(['import']))).toEqual(expected);
	});

	it.each([
		{ input: 'x'.repeat(1000) },
		{ input: '<script>alert(1)</script>' },
		{ input: '---' },
		{ input: '\u0000' },
		{ input: 'Ünïcödé Ltd.' }
	])('makes a valid id of $input', ({ input }) => {
		const id = idRegistry().named('person', input);
		expect(Id.safeParse(id).success).toBe(true);
		expect(id.length).toBeLessThanOrEqual(60);
	});
});

describe('buildDataset (career histories)', () => {
	it('builds people, organizations, roles and the moves between consecutive positions, citing rows', () => {
		const built = careers(['Ada,Meta,Engineer,2018,2024-03', 'Ada,Yutori,Founder,2024-04,']);
		expect(built.rejected).toEqual([]);
		expect(built.accepted).toBe(2);
		expect(built.undated).toEqual([]);
		const cite = (row: number) => ({ basis: 'import', source: 'import', row });
		expect(built.dataset.people).toEqual([
			{
				id: 'ada',
				name: 'Ada',
				roles: [
					{ title: 'Engineer', organization: 'meta', evidence: [cite(2)] },
					{ title: 'Founder', organization: 'yutori', evidence: [cite(3)] }
				],
				evidence: [cite(2)]
			}
		]);
		expect(built.dataset.organizations).toEqual([
			{ id: 'meta', name: 'Meta', kind: 'unknown', evidence: [cite(2)] },
			{ id: 'yutori', name: 'Yutori', kind: 'unknown', evidence: [cite(3)] }
		]);
		expect(built.dataset.moves).toEqual([
			{
				id: 'move-1',
				person: 'ada',
				from: 'meta',
				to: 'yutori',
				date: { precision: 'month', start: '2024-04' },
				certainty: 'stated',
				evidence: [cite(2), cite(3)]
			}
		]);
		expect(built.dataset.sources).toEqual([
			expect.objectContaining({ id: 'import', kind: 'import', title: 'test.csv' })
		]);
		expect(validateDataset(built.dataset).ok).toBe(true);
	});

	it.each([
		{
			name: 'a change of title at the same organization is not a move',
			rows: ['Ada,Meta,Engineer,2018,2021', 'Ada,Meta,Director,2021,'],
			expected: []
		},
		{
			name: 'overlapping positions still make a move, at the new start',
			rows: ['Ada,Meta,,2018,2024-06', 'Ada,Yutori,,2024-03,'],
			expected: [['Ada', 'Meta', 'Yutori', { precision: 'month', start: '2024-03' }]]
		},
		{
			name: 'a gap changes nothing',
			rows: ['Ada,Meta,,2010,2012', 'Ada,Yutori,,2020-01-15,'],
			expected: [['Ada', 'Meta', 'Yutori', { precision: 'day', start: '2020-01-15' }]]
		},
		{
			name: 'a return to a past employer makes two moves',
			rows: ['Ada,Meta,,2015,2018', 'Ada,Google,,2018,2021', 'Ada,Meta,,2021,'],
			expected: [
				['Ada', 'Meta', 'Google', { precision: 'year', start: '2018' }],
				['Ada', 'Google', 'Meta', { precision: 'year', start: '2021' }]
			]
		},
		{
			name: 'a move without any date is kept as of unknown date',
			rows: ['Ada,Meta,,2015,', 'Ada,Yutori,,,2025'],
			expected: [['Ada', 'Meta', 'Yutori', { precision: 'unknown' }]]
		},
		{
			name: 'composed and decomposed "Café" are one organization',
			rows: ['Ada,Caf\u00e9,,2015,', 'Ada,Yutori,,2020,', 'Bob,Cafe\u0301,,2016,', 'Bob,Yutori,,2021,'],
			expected: [
				['Ada', 'Caf\u00e9', 'Yutori', { precision: 'year', start: '2020' }],
				['Bob', 'Caf\u00e9', 'Yutori', { precision: 'year', start: '2021' }]
			]
		},
		{
			name: 'a zero-width space does not make another organization',
			rows: ['Ada,Meta,,2015,', 'Ada,Me\u200bta,,2018,', 'Ada,Yutori,,2020,'],
			expected: [['Ada', 'Meta', 'Yutori', { precision: 'year', start: '2020' }]]
		}
	])('$name', ({ rows, expected }) => {
		const built = careers(rows);
		expect(built.rejected).toEqual([]);
		expect(tuples(built)).toEqual(expected);
		expect(validateDataset(built.dataset).ok).toBe(true);
	});

	it('carries the end of a last position as the end of the stay its move begins, at its precision', () => {
		const built = build(
			[
				'person,organization,title,start,end,end_precision',
				'Ada,Meta,Engineer,2018,2020-06,',
				'Ada,Yutori,Engineer,2020-07,2021-12,',
				'Ada,Yutori,Director,2022-01,2023-05-20,year',
				'Bob,Meta,,2019,2021,',
				'Bob,Google,,2021-05,2023,circa',
				'Cy,Meta,,2019,2021,',
				'Cy,Google,,2021-05,,'
			].join('\n'),
			'careers'
		);
		expect(built.rejected).toEqual([]);
		const cite = (row: number) => ({ basis: 'import', source: 'import', row });
		expect(
			built.dataset.moves.map(({ person, stayEnd, evidence }) => ({ person, stayEnd, evidence }))
		).toEqual([
			// Known to the year only, as its precision column says; the later title (row 4) states it,
			// and the move cites the two positions it joins.
			{ person: 'ada', stayEnd: { precision: 'year', start: '2023' }, evidence: [cite(2), cite(3)] },
			// "circa" a year: the position ended, on a day no one can place.
			{ person: 'bob', stayEnd: { precision: 'unknown' }, evidence: [cite(5), cite(6)] },
			// Still held: no end, and no key.
			{ person: 'cy', stayEnd: undefined, evidence: [cite(7), cite(8)] }
		]);
		expect('stayEnd' in built.dataset.moves[2]!).toBe(false);
		expect(validateDataset(built.dataset).ok).toBe(true);
	});

	it('makes composed and decomposed names one organization and one person', () => {
		const built = careers(['Zo\u00eb,Caf\u00e9,,2015,', 'Zoe\u0308,Cafe\u0301,,2016,']);
		expect(built.dataset.organizations.map((o) => o.name)).toEqual(['Caf\u00e9']);
		expect(built.dataset.people.map((p) => p.name)).toEqual(['Zo\u00eb']);
	});

	it('reads precision columns that make a date coarser', () => {
		const built = build(
			[
				'person,organization,start,start_precision,end,end_precision',
				'Ada,Meta,2015-06-01,year,2024-03-20,month',
				'Ada,Yutori,2024-03-26,month,,'
			].join('\n'),
			'careers'
		);
		expect(built.rejected).toEqual([]);
		expect(built.dataset.moves.map((m) => m.date)).toEqual([{ precision: 'month', start: '2024-03' }]);
	});

	it('leaves out a position with neither start nor end from the moves, and lists its row in undated', () => {
		const built = careers(['Ada,Meta,,2015,', 'Ada,Google,,,', 'Ada,Yutori,,2020,']);
		expect(built.undated).toEqual([3]);
		expect(built.accepted).toBe(3);
		expect(built.rejected).toEqual([]);
		expect(tuples(built)).toEqual([['Ada', 'Meta', 'Yutori', { precision: 'year', start: '2020' }]]);
		expect(built.dataset.organizations.map((o) => o.name)).toEqual(['Meta', 'Google', 'Yutori']);
	});

	it.each([
		{
			name: 'an impossible start date',
			row: 'Ada,Meta,,2024-02-30,',
			problem: { row: 2, field: 'start', message: '2024-02-30 does not exist in the calendar' }
		},
		{
			name: 'an impossible end date',
			row: 'Ada,Meta,,2024-01,2024-13',
			problem: { row: 2, field: 'end', message: '2024-13 does not exist in the calendar' }
		},
		{
			name: 'a date in words',
			row: 'Ada,Meta,,March 2024,',
			problem: {
				row: 2,
				field: 'start',
				message: '"March 2024" is not a date like 2024, 2024-03 or 2024-03-26'
			}
		},
		{
			name: 'an end before the start',
			row: 'Ada,Meta,,2024-03-26,2024-03-01',
			problem: { row: 2, field: 'end', message: 'ends (2024-03-01) before it starts (2024-03-26)' }
		},
		{
			name: 'an end year before the start month',
			row: 'Ada,Meta,,2024-03,2023',
			problem: { row: 2, field: 'end', message: 'ends (2023) before it starts (2024-03)' }
		},
		{
			name: 'no person',
			row: ' ,Meta,,2024,',
			problem: { row: 2, field: 'person', message: 'no person is named' }
		},
		{
			name: 'no organization',
			row: 'Ada,\u200b,,2024,',
			problem: { row: 2, field: 'organization', message: 'no organization is named' }
		},
		{
			name: 'a 5,000-character name',
			row: `${'A'.repeat(5000)},Meta,,2024,`,
			problem: { row: 2, field: 'person', message: `is longer than ${IMPORT_LIMITS.cellLength} characters` }
		}
	])('rejects a row with $name, saying row and field', ({ row, problem }) => {
		const built = careers([row, 'Bob,Meta,,2020,']);
		expect(built.rejected.map(englishRow)).toEqual([problem]);
		expect(built.accepted).toBe(1);
		expect(built.dataset.people.map((p) => p.name)).toEqual(['Bob']);
	});

	it.each([
		{ name: 'the same month', row: 'Ada,Meta,,2024-03,2024-03' },
		{ name: 'a year end within the start year', row: 'Ada,Meta,,2024-03,2024' },
		{ name: 'an end month coarser than the start day', row: 'Ada,Meta,,2024-03-26,2024-03' }
	])('accepts a position ending in $name', ({ row }) => {
		expect(careers([row]).rejected).toEqual([]);
	});

	it('names the header of the mapped column in a problem', () => {
		const built = build('Nom;Entreprise;Début\nAda;Meta;2024-02-30\n', 'careers');
		expect(built.rejected.map(englishRow)).toEqual([
			{ row: 2, field: 'Début', message: '2024-02-30 does not exist in the calendar' }
		]);
	});

	it('sorts rejected rows by row number, table problems included', () => {
		const built = careers(['Ada,Meta,,2024-02-30,', 'Bob,Meta,,2020,,,,', 'Chloé,,,2020,']);
		expect(built.rejected.map((r) => r.row)).toEqual([2, 3, 4]);
	});

	it.each([
		{
			name: 'a person and an organization of the same name',
			rows: ['Jane Doe,Meta,,2015,', 'Jane Doe,Jane Doe,,2020,']
		},
		{ name: 'an organization named like the import source', rows: ['Ada,Import,,2015,', 'Ada,Meta,,2020,'] },
		{ name: 'a person named like a move', rows: ['Move 1,Meta,,2015,', 'Move 1,Yutori,,2020,'] },
		{ name: 'two names without Latin letters', rows: ['北京,上海,,2015,', '北京,深圳,,2020,'] }
	])('gives every fact its own id across the dataset, with $name', ({ rows }) => {
		const built = careers(rows);
		expect(built.rejected).toEqual([]);
		expect(problemsOf(built.dataset)).toEqual([]);
	});

	it('does not mutate its input', () => {
		const table = tableOf('person,organization,start\nAda,Meta,2015\nAda,Yutori,2020\n');
		const copy = structuredClone(table);
		buildDataset(table, 'careers', guessMapping(table.headers, 'careers'), 'test.csv');
		expect(table).toEqual(copy);
	});
});

describe('buildDataset (moves)', () => {
	it('builds one move per row, citing its row', () => {
		const built = moves(['Ada,Meta,Yutori,2024-03,,,in March,implied']);
		expect(built.rejected).toEqual([]);
		expect(built.dataset.moves).toEqual([
			{
				id: 'move-1',
				person: 'ada',
				from: 'meta',
				to: 'yutori',
				date: { precision: 'month', start: '2024-03', wording: 'in March' },
				certainty: 'implied',
				evidence: [{ basis: 'import', source: 'import', row: 2 }]
			}
		]);
		expect(validateDataset(built.dataset).ok).toBe(true);
	});

	it.each([
		{ cells: ',,,,', expected: { precision: 'unknown' } },
		{ cells: '2024,,,,', expected: { precision: 'year', start: '2024' } },
		{ cells: '2024-03,,,,', expected: { precision: 'month', start: '2024-03' } },
		{ cells: '2024-03-26,,,,', expected: { precision: 'day', start: '2024-03-26' } },
		{ cells: '2024-03-26,,month,,', expected: { precision: 'month', start: '2024-03' } },
		{ cells: '2024-01,2024-03,,,', expected: { precision: 'range', start: '2024-01', end: '2024-03' } },
		{ cells: '2024-03,2024-03-26,,,', expected: { precision: 'range', start: '2024-03', end: '2024-03-26' } },
		{ cells: ',2024-04,,,', expected: { precision: 'range', end: '2024-04' } },
		{ cells: '2024-03-26,2024-06,year,,', expected: { precision: 'range', start: '2024', end: '2024-06' } },
		// A day to the year that holds it: "2015" reaches to 31 December, so the period is sound.
		{ cells: '2015-01-02,2015,,,', expected: { precision: 'range', start: '2015-01-02', end: '2015' } },
		{
			cells: ',,,au début de 2024,',
			expected: { precision: 'unknown', wording: 'au début de 2024' }
		}
	])('reads the date cells "$cells" as $expected', ({ cells, expected }) => {
		const built = moves([`Ada,Meta,Yutori,${cells}`]);
		expect(built.rejected).toEqual([]);
		expect(built.dataset.moves[0]!.date).toEqual(expected);
		expect(validateDataset(built.dataset).ok).toBe(true);
	});

	it.each([
		{ cell: '', expected: 'stated' },
		{ cell: 'stated', expected: 'stated' },
		{ cell: 'Implied', expected: 'implied' },
		{ cell: ' UNDISCLOSED ', expected: 'undisclosed' }
	])('reads the certainty "$cell" as $expected', ({ cell, expected }) => {
		const built = moves([`Ada,Meta,Yutori,2024,,,,${cell}`]);
		expect(built.dataset.moves.map((m) => m.certainty)).toEqual([expected]);
	});

	it.each([
		{
			name: 'from and to the same organization',
			row: 'Ada,Meta,Meta,2024,,,,',
			problem: { row: 2, field: 'to', message: 'is the same organization as the one left' }
		},
		{
			name: 'from and to the same organization, in another case',
			row: 'Ada,Meta,META,2024,,,,',
			problem: { row: 2, field: 'to', message: 'is the same organization as the one left' }
		},
		{
			name: 'from and to the same organization, written two Unicode ways',
			row: 'Ada,Caf\u00e9,Cafe\u0301,2024,,,,',
			problem: { row: 2, field: 'to', message: 'is the same organization as the one left' }
		},
		{
			name: 'from and to the same organization but for a zero-width space',
			row: 'Ada,Meta,Me\u200bta,2024,,,,',
			problem: { row: 2, field: 'to', message: 'is the same organization as the one left' }
		},
		{
			name: 'no person',
			row: ',Meta,Yutori,2024,,,,',
			problem: { row: 2, field: 'person', message: 'is empty' }
		},
		{
			name: 'no destination',
			row: 'Ada,Meta, ,2024,,,,',
			problem: { row: 2, field: 'to', message: 'is empty' }
		},
		{
			name: 'an impossible date',
			row: 'Ada,Meta,Yutori,2024-02-30,,,,',
			problem: { row: 2, field: 'date', message: '2024-02-30 does not exist in the calendar' }
		},
		{
			name: 'an impossible end date',
			row: 'Ada,Meta,Yutori,2024-02,2024-02-30,,,',
			problem: { row: 2, field: 'date_end', message: '2024-02-30 does not exist in the calendar' }
		},
		{
			name: 'a period that ends before it starts',
			row: 'Ada,Meta,Yutori,2024-03,2024-01,,,',
			problem: { row: 2, field: 'date_end', message: 'the period ends before it starts' }
		},
		{
			name: 'a precision finer than the date',
			row: 'Ada,Meta,Yutori,2024,,day,,',
			problem: { row: 2, field: 'date', message: 'precision "day" is finer than the date 2024' }
		},
		{
			name: 'an unknown certainty',
			row: 'Ada,Meta,Yutori,2024,,,,maybe',
			problem: { row: 2, field: 'certainty', message: 'should be stated, implied or undisclosed' }
		}
	])('rejects a row with $name, saying row and field', ({ row, problem }) => {
		const built = moves([row, 'Bob,Meta,Yutori,2024,,,,']);
		expect(built.rejected.map(englishRow)).toEqual([problem]);
		expect(built.accepted).toBe(1);
		expect(built.dataset.moves).toHaveLength(1);
	});

	it('makes "Café" composed and decomposed one organization across rows', () => {
		const built = moves(['Ada,Caf\u00e9,Meta,2024,,,,', 'Bob,Cafe\u0301,Yutori,2024,,,,']);
		expect(built.dataset.organizations.map((o) => o.name)).toEqual(['Caf\u00e9', 'Meta', 'Yutori']);
		expect(new Set(built.dataset.moves.map((m) => m.from)).size).toBe(1);
	});

	it('reads back a neutralised formula without its apostrophe, and markup as plain text', () => {
		const built = moves(['"\'=HYPERLINK(""x"")",<img src=x onerror=alert(1)>,Meta,,,,,']);
		expect(tuples(built)).toEqual([
			['=HYPERLINK("x")', '<img src=x onerror=alert(1)>', 'Meta', { precision: 'unknown' }]
		]);
	});

	it.each([
		{
			name: 'a person who leaves for a company of their own name',
			rows: ['Jane Doe,Meta,Jane Doe,2024,,,,']
		},
		{ name: 'an organization named like the import source', rows: ['Ada,Import,Meta,2024,,,,'] },
		{ name: 'a person named like a move', rows: ['Move 1,Meta,Yutori,2024,,,,'] }
	])('gives every fact its own id across the dataset, with $name', ({ rows }) => {
		const built = moves(rows);
		expect(built.rejected).toEqual([]);
		expect(problemsOf(built.dataset)).toEqual([]);
	});

	it('does not mutate its input', () => {
		const table = tableOf('person,from,to\nAda,Meta,Yutori\n');
		const copy = structuredClone(table);
		buildDataset(table, 'moves', guessMapping(table.headers, 'moves'), 'test.csv');
		expect(table).toEqual(copy);
	});
});
