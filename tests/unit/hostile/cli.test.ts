// Hostile files given to `npm run validate` and `npm run import`: other encodings, escape
// sequences meant for the terminal, prototype keys, formula and markup cells, a file over the size
// limit. Each gets a plain message on one line and an exit code, never a stack trace, and nothing
// from the file reaches the terminal as a control character.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../cli/runCli';
import { report, TALENT_TEXT, talentWith } from './feed';

const validate = cliHarness('src/cli/validate.ts');
const importer = cliHarness('src/cli/import.ts');

const utf16le = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le');
const utf16be = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16();

/** What a run printed, checked for what must never be there: a stack trace or a raw control character. */
function expectSafeOutput(out: string): void {
	expect(out).not.toMatch(/\n\s+at /);
	// eslint-disable-next-line no-control-regex -- control characters are what must not be printed
	expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

describe('npm run validate', { timeout: 60_000 }, () => {
	const files = [
		{
			name: 'bom.json',
			content: `\ufeff${TALENT_TEXT}`,
			line: '✓ $: a valid dataset (4 people, 9 organizations, 6 moves, 10 events)'
		},
		{
			name: 'utf16le.json',
			content: utf16le(TALENT_TEXT),
			line: '✓ $: a valid dataset (4 people, 9 organizations, 6 moves, 10 events)'
		},
		{
			name: 'utf16be.json',
			content: utf16be(TALENT_TEXT),
			line: '✓ $: a valid dataset (4 people, 9 organizations, 6 moves, 10 events)'
		},
		{
			name: 'latin1.json',
			content: Buffer.from(
				talentWith((d) => (d.people[0].name = 'Zoé')),
				'latin1'
			),
			line: '✗ $: the file is not UTF-8 text: line 1 holds a character saved in another encoding (perhaps Windows-1252 or Latin-1); save the file as UTF-8'
		},
		{
			name: 'deep.json',
			content: '['.repeat(1_000_000) + ']'.repeat(1_000_000),
			line: '✗ $: 1 problem\n  (top level): expected an object, found a list'
		},
		{
			name: 'proto.json',
			content: talentWith((d) => (d.title.__marker__ = 1)).replace(
				'"__marker__":1',
				'"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}'
			),
			line: '✗ $: 1 problem\n  title: unknown fields "__proto__", "constructor"'
		},
		{
			name: 'escape.json',
			content: '{"schemaVersion": "\u001b]0;owned\u0007\u001b[2J"}',
			line: expect.stringMatching(
				/^✗ \$: 1 problem\n {2}\(file\): this is not valid JSON \(Bad control character in string literal .*\)$/
			)
		}
	];

	it('reads each hostile file, and says what it found on its own lines', () => {
		const paths = files.map(({ name, content }) => validate.file(name, content));
		const { code, out } = validate.run(...paths);
		expect(code).toBe(1);
		expectSafeOutput(out);
		for (const [i, { name, line }] of files.entries()) {
			const said = out
				.split('\n')
				.filter(
					(l, j, all) =>
						l.startsWith(`✓ ${paths[i]}:`) ||
						l.startsWith(`✗ ${paths[i]}:`) ||
						(all[j - 1]?.startsWith(`✗ ${paths[i]}:`) && l.startsWith('  '))
				)
				.join('\n')
				.replaceAll(paths[i]!, '$');
			report(name, 'npm run validate', said);
			expect(said).toEqual(line);
		}
	});
});

describe('npm run import', { timeout: 60_000 }, () => {
	it.each([
		{
			name: 'UTF-16 LE with a BOM and tabs (Excel’s “Unicode text”)',
			file: () => importer.file('unicode.txt', utf16le('person\tfrom\tto\nChloé Martin\tMeta\tYutori\n')),
			code: 0,
			said: ['✓ 1 row read: 1 move, 1 people, 2 organizations'],
			json: ['"name": "Chloé Martin"']
		},
		{
			name: 'Windows-1252 bytes',
			file: () =>
				importer.file('latin1.csv', Buffer.from('person,from,to\nChloé Martin,Meta,Yutori\n', 'latin1')),
			code: 1,
			said: ['latin1.csv: the file is not UTF-8 text: line 2 holds a character saved in another encoding']
		},
		{
			name: 'terminal escape sequences in a date cell and a header',
			file: () =>
				importer.file(
					'escape.csv',
					'person,from,to,when\u001b[8m\nAda,Meta,Yutori,\u001b]0;owned\u0007\u001b[2J\n'
				),
			args: ['--date', '4'],
			code: 1,
			said: [
				'row 2, when\\u001b[8m: "\\u001b]0;owned\\u0007\\u001b[2J" is not a date like 2024, 2024-03 or 2024-03-26'
			]
		},
		{
			name: 'a 130 MB file',
			file: () => importer.file('big.csv', Buffer.alloc(130_000_000, 'a,b\n')),
			code: 1,
			said: ['big.csv: the file is 130.0 MB; the limit is 75 MB']
		},
		{
			name: 'a 70 MB JSON file, within the limit for CSV',
			file: () => importer.file('big.json', Buffer.alloc(70_000_000, ' ')),
			code: 1,
			said: ['big.json: the JSON file is 70.0 MB; the limit for JSON is 64 MB']
		},
		{
			name: 'a 70 MB file of JSON not named .json, told by its first character once read',
			file: () => importer.file('big.txt', Buffer.alloc(70_000_000, '[')),
			code: 1,
			said: ['big.txt: the JSON file is 70.0 MB; the limit for JSON is 64 MB']
		},
		{
			name: 'formula and markup cells',
			file: () =>
				importer.file(
					'formulas.csv',
					'person,from,to\n"=HYPERLINK(""http://x"",""y"")",+Meta,-Yutori\n<img src=x onerror=alert(1)>,</script>,javascript:alert(1)\n'
				),
			code: 0,
			said: ['✓ 2 rows read: 2 moves, 2 people, 4 organizations'],
			json: [
				'"name": "=HYPERLINK(\\"http://x\\",\\"y\\")"',
				'"name": "+Meta"',
				'"name": "<img src=x onerror=alert(1)>"',
				'"name": "</script>"',
				'"name": "javascript:alert(1)"'
			]
		}
	] as {
		name: string;
		file: () => string;
		args?: string[];
		code: number;
		said: string[];
		json?: string[];
	}[])('$name', ({ name, file, args = [], code, said, json = [] }) => {
		const out = join(importer.dir, `${name.replace(/\W+/g, '-')}.json`);
		const run = importer.run(file(), '--out', out, ...args);
		report(name, 'npm run import', run.out.trim());
		expect(run.code).toBe(code);
		expectSafeOutput(run.out);
		for (const line of said) expect(run.out).toContain(line);
		for (const text of json) expect(readFileSync(out, 'utf8')).toContain(text);
	});

	it('maps columns named __proto__, constructor and prototype when asked, and writes them as names', () => {
		const csv = importer.file(
			'proto.csv',
			'__proto__,constructor,prototype\n__proto__,constructor,prototype\n'
		);
		const out = join(importer.dir, 'proto.json');
		const run = importer.run(
			csv,
			'--out',
			out,
			'--kind',
			'moves',
			'--person',
			'__proto__',
			'--from',
			'constructor',
			'--to',
			'3'
		);
		report(
			'headers __proto__, constructor, prototype mapped with --person/--from/--to',
			'npm run import',
			run.out.trim()
		);
		expect(run.code).toBe(0);
		const dataset = JSON.parse(readFileSync(out, 'utf8'));
		expect(dataset.people.map((p: { id: string; name: string }) => `${p.id}=${p.name}`)).toEqual([
			'proto=__proto__'
		]);
		expect(dataset.organizations.map((o: { id: string; name: string }) => `${o.id}=${o.name}`)).toEqual([
			'constructor=constructor',
			'prototype=prototype'
		]);
	});
});
