// Hostile names: invisible and direction-changing characters, the same name typed two ways (é
// composed or decomposed, another case), 5,000 characters, markup and formulas. Fed to the CSV
// and JSON imports, then to the exports (CSV, JSON) and the page rendered on the server: a name
// stays plain text everywhere, and a spreadsheet never runs it.
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import StoryPage from '../../../src/lib/components/StoryPage.svelte';
import { importCsv } from '../../../src/lib/import/importFile';
import { guessMapping } from '../../../src/lib/import/mapping';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { datasetToJson, movesToCsv } from '../../../src/lib/transforms/exports';
import {
	datasetOf,
	describeOutcome,
	importCsvText,
	importJsonText,
	movesOf,
	organizationsOf,
	peopleOf,
	problemsOf,
	report,
	talentWith
} from './feed';
import { englishRow } from '../english';
import { renderInPage } from '../components/renderInPage';

/** A moves file with one row per [person, from, to]. */
const movesFile = (rows: string[][]) =>
	[
		'person,from,to',
		...rows.map((cells) =>
			cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')
		)
	].join('\n');

/** The moves CSV of a dataset, imported back with the columns the dialog guesses. */
function reimportCsv(dataset: Dataset) {
	const csv = movesToCsv(dataset);
	return importCsv(csv, 'moves.csv', 'moves', guessMapping(csvParseRows(csv)[0]!, 'moves'));
}

describe('one name typed two ways, in a CSV', () => {
	it.each([
		{
			name: 'é composed (U+00E9) and decomposed (e + U+0301)',
			a: 'Chlo\u00e9',
			b: 'Chloe\u0301',
			person: 'Chlo\u00e9'
		},
		{ name: 'with and without a zero-width space', a: 'Chloé', b: 'Chl\u200boé', person: 'Chloé' },
		{
			name: 'with and without a zero-width joiner and a word joiner',
			a: 'Chloé',
			b: 'Chlo\u200dé\u2060',
			person: 'Chloé'
		},
		{ name: 'with and without a byte-order mark inside', a: 'Chloé', b: '\ufeffChloé', person: 'Chloé' },
		{ name: 'with and without a right-to-left override', a: 'Chloé', b: '\u202eChloé', person: 'Chloé' },
		{ name: 'with and without a left-to-right mark', a: 'Chloé', b: 'Chloé\u200e', person: 'Chloé' },
		{
			name: 'with one space or several, tabs and no-break spaces',
			a: 'Chloé Martin',
			b: ' Chloé \t\u00a0 Martin ',
			person: 'Chloé Martin'
		}
	])(
		'$name: one person, as the README documents (NFC, no invisible characters, single spaces)',
		({ name, a, b, person }) => {
			const outcome = importCsvText(
				movesFile([
					[a, 'Meta', 'Yutori'],
					[b, 'Yutori', 'Cohere']
				])
			);
			report(`a person ${name}`, 'CSV import (moves)', describeOutcome(outcome));
			expect(peopleOf(datasetOf(outcome))).toEqual([person]);
		}
	);

	it('keeps names that only look alike apart: Latin and Cyrillic a, full-width letters', () => {
		// Look-alikes from other scripts are other names; the importer does not guess.
		const outcome = importCsvText(
			movesFile([
				['Meta', 'A', 'B'],
				['Mеta', 'A', 'B'],
				['Ｍｅｔａ', 'A', 'B']
			])
		);
		report(
			'Meta with a Latin a, a Cyrillic а, and in full-width letters',
			'CSV import (moves)',
			describeOutcome(outcome)
		);
		expect(peopleOf(datasetOf(outcome))).toEqual(['Meta', 'Mеta', 'Ｍｅｔａ']);
	});

	it('removes the direction isolates U+2066–U+2069 from names, as it does the overrides', () => {
		const outcome = importCsvText(
			movesFile([
				['Chloé', 'Meta', 'Yutori'],
				['\u2067Chloé\u2069', 'Yutori', 'Cohere']
			])
		);
		report(
			'a person with and without right-to-left isolates',
			'CSV import (moves)',
			describeOutcome(outcome)
		);
		expect(peopleOf(datasetOf(outcome))).toEqual(['Chloé']);
	});

	// A CSV import tells people and organizations apart by name without case (README, import rules).
	it('treats one name in two cases as one person, shown as first spelled', () => {
		const outcome = importCsvText(
			movesFile([
				['Ada Okafor', 'Meta', 'Yutori'],
				['ADA OKAFOR', 'Yutori', 'Cohere']
			])
		);
		report('a person as "Ada Okafor" and "ADA OKAFOR"', 'CSV import (moves)', describeOutcome(outcome));
		expect(peopleOf(datasetOf(outcome))).toEqual(['Ada Okafor']);
		expect(movesOf(datasetOf(outcome))).toEqual([
			'Ada Okafor: Meta → Yutori (unknown no date)',
			'Ada Okafor: Yutori → Cohere (unknown no date)'
		]);
	});
});

describe('one name typed two ways, in a JSON dataset', () => {
	it('keeps two people of the same name as two, because a JSON file says who is who by id', () => {
		const text = talentWith((d) => {
			d.people[0].name = 'Chlo\u00e9';
			d.people[1].name = 'Chloe\u0301';
		});
		const outcome = importJsonText(text);
		report(
			'two people named Chloé, composed and decomposed, with their own ids',
			'JSON import',
			describeOutcome(outcome)
		);
		expect(peopleOf(datasetOf(outcome)).slice(0, 2)).toEqual(['Chlo\u00e9', 'Chloe\u0301']);
	});

	it.each([
		{ name: 'a zero-width space', value: '\u200b' },
		{ name: 'a right-to-left override and a space', value: '\u202e ' },
		{ name: 'spaces', value: '   ' },
		{ name: 'a byte-order mark', value: '\ufeff' }
	])('refuses a name that is only $name, with its path', ({ name, value }) => {
		const outcome = importJsonText(talentWith((d) => (d.organizations[2].name = value)));
		report(`an organization named only by ${name}`, 'JSON import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual(['organizations[2].name: needs at least one visible character']);
	});

	it('keeps an invisible character inside a visible name as written', () => {
		const name = 'Chl\u200boé Martin';
		const outcome = importJsonText(talentWith((d) => (d.people[0].name = name)));
		report('a name holding a zero-width space', 'JSON import', describeOutcome(outcome));
		expect(peopleOf(datasetOf(outcome))[0]).toBe(name);
	});

	// A direction override or isolate in a name would turn around the text after it on the page, in a
	// label or in an export: the JSON import refuses it (the CSV import removes it).
	it.each([
		{ name: 'a right-to-left override', value: 'Chloé \u202eMartin' },
		{ name: 'a right-to-left isolate', value: '\u2067Chloé\u2069 Martin' }
	])('refuses a visible name holding $name, with its path', ({ name, value }) => {
		const outcome = importJsonText(talentWith((d) => (d.people[0].name = value)));
		report(`a name holding ${name}`, 'JSON import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([
			'people[0].name: holds a character that turns the direction of the text around (such as U+202E); remove it'
		]);
	});
});

describe('a name of 5,000 characters', () => {
	const long = 'Ä'.repeat(5000);

	it('leaves out its CSV row, saying row and column', () => {
		const outcome = importCsvText(
			movesFile([
				[long, 'Meta', 'Yutori'],
				['Bob', 'Meta', 'Yutori']
			])
		);
		report('a 5,000-character person name', 'CSV import (moves)', describeOutcome(outcome));
		expect(outcome.ok && outcome.value.rejected.map(englishRow)).toEqual([
			{ row: 2, field: 'person', message: 'is longer than 1000 characters' }
		]);
		expect(peopleOf(datasetOf(outcome))).toEqual(['Bob']);
	});

	it('refuses a JSON dataset holding it, with its path', () => {
		const outcome = importJsonText(talentWith((d) => (d.organizations[0].name = long)));
		report('a 5,000-character organization name', 'JSON import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual(['organizations[0].name: a text is longer than 1000 characters']);
	});
});

const MARKUP = [
	'<img src=x onerror=alert(1)>',
	'</script><script>alert(1)</script>',
	'javascript:alert(1)',
	'"><svg onload=alert(1)>',
	'&lt;b&gt;'
];

describe('markup and addresses as names', () => {
	const outcome = importCsvText(movesFile(MARKUP.map((name, i) => [name, `From ${i}`, `To ${i}`])));
	const dataset = datasetOf(outcome);

	it('imports them from a CSV as the text they are', () => {
		report(MARKUP.join(' | '), 'CSV import (moves)', describeOutcome(outcome));
		expect(peopleOf(dataset)).toEqual(MARKUP);
	});

	it('exports them unchanged in the moves CSV and the JSON, which import back equal', () => {
		const csvBack = datasetOf(reimportCsv(dataset));
		expect(peopleOf(csvBack)).toEqual(MARKUP);
		const jsonBack = datasetOf(importJsonText(datasetToJson(dataset)));
		expect(jsonBack).toEqual(dataset);
		report(
			MARKUP.join(' | '),
			'moves CSV and JSON exports, imported back',
			`CSV: ${peopleOf(csvBack).length} names equal; JSON: dataset equal`
		);
	});

	it('writes them into the page as text, never as markup', () => {
		const html = renderInPage(StoryPage, { article: articleJson as Article, dataset });
		report(
			MARKUP.join(' | '),
			'StoryPage rendered on the server',
			`no <img, <script or <svg element from the data; ${html.split('&lt;img src=x onerror=alert(1)>').length - 1} escaped copies of the <img> name`
		);
		expect(html).not.toMatch(/<img|<script|<svg onload/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		expect(html).toContain('&lt;/script>&lt;script>alert(1)&lt;/script>');
		expect(html).toContain('&amp;lt;b&amp;gt;');
		expect(html).not.toMatch(/href="javascript:/i);
	});

	it('refuses a javascript: address as a source’s url, with its path', () => {
		const outcome = importJsonText(talentWith((d) => (d.sources[0].url = 'javascript:alert(1)')));
		report('a source url javascript:alert(1)', 'JSON import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual(['sources[0].url: expected an https:// address']);
	});
});

describe('names that a spreadsheet would run as formulas', () => {
	const FORMULAS = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', "'=already quoted", '=1;=2'];
	// Names as a JSON dataset may hold them (a CSV import would already read "'=…" as "=…").
	const dataset = datasetOf(
		importCsvText(movesFile(FORMULAS.map((_, i) => [`Person ${i}`, `From ${i}`, `To ${i}`])))
	);
	dataset.people.forEach((person, i) => (person.name = FORMULAS[i]!));

	it('reads a cell the export neutralised back without its apostrophe, and other apostrophes as written', () => {
		const outcome = importCsvText(
			movesFile([
				["'=1+1", 'A', 'B'],
				["''=2", 'A', 'B'],
				["O'Brien", 'A', 'B'],
				["'plain", 'A', 'B']
			])
		);
		report("'=1+1 | ''=2 | O'Brien | 'plain", 'CSV import (moves)', describeOutcome(outcome));
		expect(peopleOf(datasetOf(outcome))).toEqual(['=1+1', "'=2", "O'Brien", "'plain"]);
	});

	it('exports them with a leading apostrophe, so that no cell of the CSV starts a formula', () => {
		const rows = csvParseRows(movesToCsv(dataset));
		report(
			FORMULAS.join(' | '),
			'movesToCsv',
			`person_name cells: ${rows
				.slice(1)
				.map((r) => r[2])
				.join(' | ')}`
		);
		for (const cells of rows) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		expect(rows.slice(1).map((r) => r[2])).toEqual(FORMULAS.map((f) => `'${f}`));
	});

	it('exports names that start with a tab or a carriage return with a leading apostrophe too', () => {
		const withControls = structuredClone(dataset);
		withControls.people[0]!.name = '\t=1+1';
		withControls.people[1]!.name = '\r+2';
		const rows = csvParseRows(movesToCsv(withControls));
		report(
			'names "\\t=1+1" and "\\r+2" from a JSON file',
			'movesToCsv',
			`person_name cells: ${JSON.stringify(rows.slice(1, 3).map((r) => r[2]))}`
		);
		expect(rows.slice(1, 3).map((r) => r[2])).toEqual(["'\t=1+1", "'\r+2"]);
	});

	it('imports the exported CSV back to the same names, without the apostrophe the export added', () => {
		const back = reimportCsv(dataset);
		report(FORMULAS.join(' | '), 'movesToCsv, then CSV import', describeOutcome(back));
		expect(peopleOf(datasetOf(back))).toEqual(FORMULAS);
	});

	// The export's apostrophe is removed from the cell as written, before spaces are tidied: a tab
	// after it is not mistaken for the name's own text, and a name's own apostrophe after a space stays.
	it.each([
		{ name: '\t=1+1', expected: '=1+1' },
		{ name: '\r+2', expected: '+2' },
		{ name: " '=1", expected: "'=1" }
	])('gives back $expected for the JSON name $name after a CSV round trip', ({ name, expected }) => {
		const withName = structuredClone(dataset);
		withName.people[0]!.name = name;
		const back = reimportCsv(withName);
		report(
			`the name ${JSON.stringify(name)} from a JSON file`,
			'movesToCsv, then CSV import',
			describeOutcome(back).replace(
				/imported.*?people, /,
				`person ${JSON.stringify(peopleOf(datasetOf(back))[0])}; `
			)
		);
		expect(peopleOf(datasetOf(back))[0]).toBe(expected);
	});

	it('keeps the organizations of the moves apart from formula-looking people', () => {
		expect(movesOf(dataset)[0]).toBe('=HYPERLINK("http://x","y"): From 0 → To 0 (unknown no date)');
		expect(organizationsOf(dataset)).toHaveLength(FORMULAS.length * 2);
	});
});
