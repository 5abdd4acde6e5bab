// The command-line tools print problems in English, worded from the English catalog since problems
// became codes. What they print for each of PROBLEM_FILES is held here as they printed it before
// that change (the checkout's temporary folder written <dir>), and must not change.
import { describe, expect, it } from 'vitest';
import { PROBLEM_FILES } from './problemFiles';
import { cliHarness } from './runCli';

const BEFORE: Record<string, string> = {
	'shapes.json':
		'1\n✗ <dir>/shapes.json: 20 problems\n  schemaVersion: expected schemaVersion 1\n  title: expected an object, found a list\n  sources[0].url: expected an https:// address\n  organizations[0].name: expected a text, found the number 3\n  people[0].id: expected an id of lower-case letters, digits and hyphens, like "erik-meijer"\n  people[1].name: holds a character that turns the direction of the text around (such as U+202E); remove it\n  people[2].name: needs at least one visible character\n  people[3].evidence: every fact needs at least one piece of evidence\n  moves[0].evidence[0].basis: expected one of "article", "later-reporting", "import", "aggregate", found the text "rumour"\n  moves[1].date.precision: expected one of "day", "month", "year", "range", "unknown", found the text "week"\n  moves[2].date.start: a range needs a start, an end or both\n  moves[3].date.start: precision "day" expects a date like 2024-03-26\n  moves[3].date.end: only a range has an end; use precision "range"\n  moves[4].date.precision: an unknown date has no start or end\n  moves[5].date.start: this date does not exist in the calendar\n  aggregates[0].value: missing: expected a number\n  aggregates[0].bound: expected one of "lower", "upper", "approximate", "exact", found the number 2\n  events[0].evidence[0].quote: a quote needs at least a few words\n  trends[0]: unknown field "colour"\n  trends[1]: unknown fields "a", "b", "c", "d", "e" and 2 more\n',
	'references.json':
		'1\n✗ <dir>/references.json: 10 problems\n  organizations[1].id: the id "meta" is already used at organizations[0].id\n  people[0].evidence[0].sentence: the article has no sentence "p9.s9"\n  people[1].evidence[0].quote: these words are not in sentence "p4.s2" of the article\n  moves[0].person: no person has the id "ghost"\n  moves[0].to: no organization has the id "meijer-startup"\n  moves[1].to: no organization has the id "nowhere"\n  moves[2].to: a move must end at another organization than it starts from\n  moves[3].refines: the move "move-meijer-own-startup" is another departure: a move can only refine one of the same person from the same organization\n  moves[3].evidence[0].source: evidence of basis "later-reporting" cannot cite a source of kind "article"\n  events[1].evidence[0].source: no source has the id "tabloid"\n',
	'broken.json':
		'1\n✗ <dir>/broken.json: 1 problem\n  (file): this is not valid JSON (Unexpected end of JSON input)\n',
	'blank.json': '1\n✗ <dir>/blank.json: 1 problem\n  (file): the file is empty\n',
	'utf16.json':
		'1\n✗ <dir>/utf16.json: the file is not plain text (it may be UTF-16 or binary); save it as UTF-8\n',
	'latin1.json':
		'1\n✗ <dir>/latin1.json: the file is not UTF-8 text: line 2 holds a character saved in another encoding (perhaps Windows-1252 or Latin-1); save the file as UTF-8\n',
	'list.json': '1\n✗ <dir>/list.json: 1 problem\n  (top level): expected an object, found a list\n',
	'careers.csv':
		'0\nreading careers.csv as career histories\n✓ 1 row read: 0 moves, 1 people, 1 organization\n  10 rows left out:\n  row 3, start: 2024-02-30 does not exist in the calendar\n  row 4, start: "March 2024" is not a date like 2024, 2024-03 or 2024-03-26\n  row 5, end: ends (2019) before it starts (2020)\n  row 6, start: precision "month" is finer than the date 2024\n  row 7, start: precision "fortnight" should be year, month or day\n  row 8, person: no person is named\n  row 9, organization: no organization is named\n  row 10: has 7 cells but the header names 5 columns\n  row 11, organization: is longer than 1000 characters\n  row 12, end: 2021-13 does not exist in the calendar\n',
	'moves.csv':
		'0\nreading moves.csv as moves\n✓ 1 row read: 1 move, 1 people, 2 organizations\n  8 rows left out:\n  row 3: repeats row 2 word for word\n  row 4, person: is empty\n  row 5, to: is the same organization as the one left\n  row 6, precision: an unknown date cannot have a start or an end\n  row 7, certainty: should be stated, implied or undisclosed\n  row 8, date_end: the period ends before it starts\n  row 9, date_end: 2024-02-30 does not exist in the calendar\n  row 10, date: precision "day" is finer than the date 2024\n',
	'nothing.csv':
		'1\nreading nothing.csv as career histories\n✗ <dir>/nothing.csv: nothing was imported\n  (file): no row could be imported\n  row 2, organization: no organization is named\n  row 3, person: no person is named\n  row 4, start: 2024-02-30 does not exist in the calendar\n',
	'empty.csv': '1\n✗ <dir>/empty.csv: the file is empty\n',
	'quote.csv': '1\n✗ <dir>/quote.csv: a quoted field is never closed: check for a stray " character\n',
	'header.csv':
		'1\n✗ <dir>/header.csv: the name of column 2 in the first row ("TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT…") is longer than 1,000 characters\n',
	'blank-header.csv': '1\n✗ <dir>/blank-header.csv: the first row should name the columns, and it is empty\n',
	'columns.csv':
		'1\nreading columns.csv as career histories\n✗ <dir>/columns.csv: nothing was imported\n  (columns): no column is chosen for person, organization; pick one in the mapping step\n',
	'nul.csv':
		'1\n✗ <dir>/nul.csv: the file is not plain text (it may be UTF-16 or binary); save it as UTF-8\n',
	'nul-utf16.csv':
		'1\n✗ <dir>/nul-utf16.csv: the file is not plain text (it may be UTF-16 or binary); save it as UTF-8 CSV\n',
	'rows.csv': '1\n✗ <dir>/rows.csv: the file has 1250001 rows; the limit is 1,250,000\n',
	'deep.json':
		'1\n✗ <dir>/deep.json: nothing was imported\n  (file): the JSON is nested more than 32 levels deep\n',
	'long.json':
		'1\n✗ <dir>/long.json: nothing was imported\n  people[1].name: a text is longer than 1000 characters\n',
	'key.json':
		'1\n✗ <dir>/key.json: nothing was imported\n  people[1].kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…: a field name is longer than 1000 characters\n',
	'bad.json':
		'1\n✗ <dir>/bad.json: nothing was imported\n  moves[3].date.start: this date does not exist in the calendar\n',
	'latin1.csv':
		'1\n✗ <dir>/latin1.csv: the file is not UTF-8 text: line 2 holds a character saved in another encoding (perhaps Windows-1252 or Latin-1); save the file as UTF-8\n'
};

const tools = { validate: cliHarness('src/cli/validate.ts'), import: cliHarness('src/cli/import.ts') };

describe('the command-line tools, on files they refuse in whole or in part', { timeout: 60_000 }, () => {
	it.each(PROBLEM_FILES)('$tool $name: prints what it printed before, word for word', (file) => {
		const tool = tools[file.tool];
		const path = tool.file(file.name, file.content);
		const run = tool.run(path, ...(file.args ?? []));
		// A dataset written to standard output is not a message.
		const printed = run.code === 0 && file.args?.includes('-') ? run.err : run.out;
		expect(`${run.code}\n${printed.split(tool.dir).join('<dir>')}`).toBe(BEFORE[file.name]);
	});
});
