// Files that the command-line tools refuse, whole or in part, one for each kind of problem they
// name: `englishUnchanged.test.ts` holds what the tools printed for them before problems became
// codes, and checks that they print it still.
import talentJson from '../../../data/talent.json';

/** The committed dataset as JSON text, with some changes made to a copy. */
function talentWith(...changes: ((d: any) => void)[]): string {
	const copy = structuredClone(talentJson) as any;
	for (const change of changes) change(copy);
	return JSON.stringify(copy, null, '\t');
}

export interface ProblemFile {
	tool: 'validate' | 'import';
	name: string;
	content: string | Uint8Array;
	/** Options after the file (the import writes its dataset to standard output). */
	args?: string[];
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

export const PROBLEM_FILES: ProblemFile[] = [
	{
		tool: 'validate',
		name: 'shapes.json',
		content: talentWith(
			(d) => (d.title = ['AI talent']),
			(d) => delete d.aggregates[0].value,
			(d) => (d.aggregates[0].bound = 2),
			(d) => (d.moves[0].evidence[0].basis = 'rumour'),
			(d) => (d.moves[1].date.precision = 'week'),
			(d) => (d.moves[2].date = { precision: 'range' }),
			(d) => (d.moves[3].date = { precision: 'day', start: '2024-03', end: '2024-04' }),
			(d) => (d.moves[4].date = { precision: 'unknown', start: '2024' }),
			(d) => (d.moves[5].date.start = '2024-02-30'),
			(d) => (d.trends[0].colour = 'red'),
			(d) => Object.assign(d.trends[1], { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }),
			(d) => (d.people[0].id = 'Erik Meijer'),
			(d) => (d.people[1].name = 'A\u202eB'),
			(d) => (d.people[2].name = ' '),
			(d) => (d.people[3].evidence = []),
			(d) => (d.events[0].evidence[0].quote = 'x'),
			(d) => (d.sources[0].url = 'http://example.com'),
			(d) => (d.schemaVersion = 2),
			(d) => (d.organizations[0].name = 3)
		)
	},
	{
		tool: 'validate',
		name: 'references.json',
		content: talentWith(
			(d) => (d.organizations[1].id = d.organizations[0].id),
			(d) => (d.moves[0].person = 'ghost'),
			(d) => (d.moves[1].to = 'nowhere'),
			(d) => (d.moves[2].to = d.moves[2].from),
			(d) => (d.events[1].evidence[0].source = 'tabloid'),
			(d) =>
				(d.moves.flatMap((m: any) => m.evidence).find((e: any) => e.basis === 'later-reporting').source =
					d.sources[0].id),
			(d) => (d.people[0].evidence[0].sentence = 'p9.s9'),
			(d) => (d.people[1].evidence[0].quote = 'words nowhere in the article')
		)
	},
	{ tool: 'validate', name: 'broken.json', content: '{"moves": [' },
	{ tool: 'validate', name: 'blank.json', content: ' \n' },
	{ tool: 'validate', name: 'utf16.json', content: new Uint8Array(Buffer.from('{"a": 1}', 'utf16le')) },
	{
		tool: 'validate',
		name: 'latin1.json',
		content: new Uint8Array(Buffer.from('{\n"a": "Chloé"}', 'latin1'))
	},
	{ tool: 'validate', name: 'list.json', content: '[]' },
	{
		tool: 'import',
		name: 'careers.csv',
		args: ['--out', '-'],
		content: [
			'person,organization,start,end,start_precision',
			'Ada,Meta,2018,2024,',
			'Ada,Yutori,2024-02-30,,',
			'Ada,Google,March 2024,,',
			'Bob,Meta,2020,2019,',
			'Bob,Yutori,2024,,month',
			'Bob,Google,2024-03,,fortnight',
			',Meta,2020,,',
			'Carl,,2020,,',
			'Carl,Meta,2020,,,,',
			`Carl,${'x'.repeat(1001)},2020,,`,
			'Carl,Yutori,2021,2021-13,'
		].join('\n')
	},
	{
		tool: 'import',
		name: 'moves.csv',
		args: ['--out', '-'],
		content: [
			'person,from,to,date,date_end,precision,certainty',
			'Ada,Meta,Yutori,2024,,,',
			'Ada,Meta,Yutori,2024,,,',
			',Meta,Yutori,2024,,,',
			'Bob,Meta,meta,2024,,,',
			'Bob,Meta,Yutori,2024,,unknown,',
			'Bob,Meta,Yutori,2024,,,rumoured',
			'Bob,Meta,Yutori,2024-05,2024-03,range,',
			'Bob,Meta,Yutori,2024,2024-02-30,range,',
			'Bob,Meta,Yutori,2024,,day,'
		].join('\n')
	},
	{
		tool: 'import',
		name: 'nothing.csv',
		args: ['--out', '-'],
		content: 'person,organization,start\nAda,,2024\n,Meta,2024\nBob,Meta,2024-02-30\n'
	},
	{ tool: 'import', name: 'empty.csv', args: ['--out', '-'], content: '' },
	{ tool: 'import', name: 'quote.csv', args: ['--out', '-'], content: 'person,organization\n"Ann,Meta\n' },
	{
		tool: 'import',
		name: 'header.csv',
		args: ['--out', '-'],
		content: `person,${'T'.repeat(1001)}\nAda,x\n`
	},
	{ tool: 'import', name: 'blank-header.csv', args: ['--out', '-'], content: ',,\nAda,Meta,2024\n' },
	{
		tool: 'import',
		name: 'columns.csv',
		args: ['--out', '-', '--kind', 'careers'],
		content: 'who,where\nAda,Meta\n'
	},
	{ tool: 'import', name: 'nul.csv', args: ['--out', '-'], content: 'person\u0000,from\n' },
	{
		tool: 'import',
		name: 'nul-utf16.csv',
		args: ['--out', '-'],
		content: new Uint8Array(Buffer.from('\ufeffperson\u0000,from\n', 'utf16le'))
	},
	{ tool: 'import', name: 'rows.csv', args: ['--out', '-'], content: 'person\n' + 'a\n'.repeat(1_250_001) },
	{ tool: 'import', name: 'deep.json', args: ['--out', '-'], content: nested(33) },
	{
		tool: 'import',
		name: 'long.json',
		args: ['--out', '-'],
		content: talentWith((d) => (d.people[1].name = 'x'.repeat(1001)))
	},
	{
		tool: 'import',
		name: 'key.json',
		args: ['--out', '-'],
		content: talentWith((d) => (d.people[1]['k'.repeat(1001)] = 1))
	},
	{
		tool: 'import',
		name: 'bad.json',
		args: ['--out', '-'],
		content: talentWith((d) => (d.moves[3].date.start = '2024-02-30'))
	},
	{
		tool: 'import',
		name: 'latin1.csv',
		args: ['--out', '-'],
		content: new Uint8Array(Buffer.from('person,from,to\nChloé,Meta,Yutori\n', 'latin1'))
	}
];
