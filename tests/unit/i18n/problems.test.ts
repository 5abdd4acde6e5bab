import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import talentJson from '../../../data/talent.json';
import { dialogFor, problemsFor } from '../../../src/lib/i18n/messages';
import { importCsv, importJson, locateRow } from '../../../src/lib/import/importFile';
import { guessMapping } from '../../../src/lib/import/mapping';
import type { ProblemCode, ProblemMessage, ProblemParams } from '../../../src/lib/problems/codes';
import { sayProblem, sayWhere } from '../../../src/lib/problems/say';
import type { Problem } from '../../../src/lib/problems/where';
import { validateDataset } from '../../../src/lib/validation/validateDataset';

const en = problemsFor('en');
const fr = problemsFor('fr');

/** Every problem code with values for its message: the type makes it name each code, and only those. */
const SAMPLES: { [C in ProblemCode]: ProblemParams[C] } = {
	fileEmpty: {},
	fileTooBig: { megabytes: 60, limit: 50 },
	jsonTooBig: { megabytes: 70, limit: 64 },
	notPlainText: { csv: true },
	notUtf8: { line: 12 },
	jsonNotUtf8: {},
	invalidJson: { detail: 'Unexpected end of JSON input', line: 1, column: 12 },
	jsonTooDeep: { limit: 32 },
	textTooLong: { limit: 1000, key: false },
	unterminatedQuote: {},
	emptyHeader: {},
	headerTooLong: { column: 3, start: 'TTTT', limit: 1000 },
	tooManyRows: { rows: 500001, limit: 500000 },
	noColumnFor: { fields: ['person', 'organization'] },
	noRowImported: {},
	importCrashed: { detail: 'x is undefined' },
	importUnavailable: {},
	tooManyCells: { cells: 5, columns: 4 },
	tooLong: { limit: 1000 },
	noPerson: {},
	noOrganization: {},
	notADate: { value: 'March 2024' },
	notInCalendar: { value: '2024-02-30' },
	dateAmbiguous: { value: '03/04/2024', dayFirst: '2024-04-03', monthFirst: '2024-03-04' },
	dateUnpadded: { value: '2024-9-1', read: '2024-09-01' },
	precisionCoarsened: { precision: 'multi-year', value: '2019', to: 'unknown', read: '2019' },
	precisionUnknown: { precision: 'fortnight' },
	precisionTooFine: { precision: 'day', value: '2024' },
	endsBeforeStart: { start: '2024-03', end: '2023' },
	cellEmpty: {},
	sameOrganization: {},
	unknownDateHasBounds: {},
	certaintyUnknown: {},
	periodEndsBeforeStart: {},
	repeatsRow: { first: 2 },
	idTaken: { id: 'meta', at: 'organizations[0].id' },
	noSuchOrganization: { id: 'acme' },
	noSuchPerson: { id: 'ghost' },
	noSuchSource: { id: 'tabloid' },
	wrongSourceKind: { basis: 'later-reporting', kind: 'article' },
	noSuchSentence: { sentence: 'p9.s9' },
	quoteNotInSentence: { sentence: 'p4.s2' },
	moveGoesNowhere: {},
	noSuchMove: { id: 'ghost' },
	refinesAnotherDeparture: { id: 'move-2' },
	refinesOnlyTheArticle: { id: 'move-2' },
	refinedTwice: { id: 'move-2', at: 'moves[4].refines' },
	refinesOutsideDates: { id: 'move-2' },
	noSuchItem: { list: 'dataset.organizations', count: 40 },
	columnLength: { length: 12, first: 'from', expected: 15 },
	otherSourceNeedsAddress: {},
	otherSourcePlaceholder: { field: 'title' },
	dayNotInEvidence: {},
	stayEndDayNotInEvidence: {},
	needsProvenance: {},
	dateShape: {},
	dateNotReal: {},
	unknownDateBounded: {},
	rangeNeedsBound: {},
	rangeEndsBeforeStart: {},
	precisionNeedsStart: { precision: 'day' },
	precisionShape: { precision: 'day', example: '2024-03-26' },
	onlyRangeHasEnd: {},
	httpsAddress: {},
	schemaVersion: {},
	needsSource: {},
	needsVisibleCharacter: {},
	directionControl: {},
	idNotText: {},
	idShape: {},
	idTooLong: {},
	quoteTooShort: {},
	needsEvidence: {},
	missing: { expected: 'number' },
	wrongType: { expected: 'object', found: { kind: 'list' } },
	unknownFields: { keys: ['"colour"', '"size"'], count: 7 },
	wrongValue: { values: ['"high"', '"low"'], found: { kind: 'text', text: '"rumour"' } },
	noShapeMatches: {},
	tooFewItems: { minimum: 2 },
	emptyText: {},
	tooFewCharacters: { minimum: 3 },
	tooSmall: { minimum: 0, inclusive: false },
	tooManyItems: { maximum: 10 },
	tooBig: { maximum: 1, inclusive: true },
	webAddress: {},
	wrongFormat: { format: 'email' },
	invalid: { detail: 'Invalid key in record' }
};

const samples = Object.entries(SAMPLES).map(([code, params]) => ({ code, params }) as ProblemMessage);

/** A located problem as the import dialog of the French page lists it. */
const line = (p: Problem) => dialogFor('fr').importProblemAt(sayWhere(fr, p.where), sayProblem(fr, p));

describe('the problem messages', () => {
	it('word every code in English and in French, and no other', () => {
		expect(Object.keys(en.problem).sort()).toEqual(Object.keys(SAMPLES).sort());
		expect(Object.keys(fr.problem).sort()).toEqual(Object.keys(SAMPLES).sort());
	});

	it.each(samples)('$code: says something in each language, and French is not English', (problem) => {
		const english = sayProblem(en, problem);
		const french = sayProblem(fr, problem);
		expect(english.trim()).not.toBe('');
		expect(french.trim()).not.toBe('');
		expect(french).not.toBe(english);
		// French typography: curly apostrophes, and a space before a colon or a semicolon.
		expect(french).not.toMatch(/[a-zà-ÿ]'[a-zà-ÿ]/i);
		expect(french).not.toMatch(/\S[:;](\s|$)/);
	});

	it('are each reported somewhere in the code', () => {
		const root = join(process.cwd(), 'src/lib');
		const code = readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|svelte)$/.test(f) && !f.startsWith('i18n') && !f.endsWith('codes.ts'))
			.map((f) => readFileSync(join(root, f), 'utf8'))
			.join('\n');
		const unused = Object.keys(SAMPLES).filter((c) => !code.includes(`'${c}'`));
		expect(unused).toEqual([]);
	});

	it('write numbers the reader’s way, and row and line numbers ungrouped', () => {
		expect(
			sayProblem(
				en,
				samples.find((p) => p.code === 'tooManyRows')!
			)
		).toBe('the file has 500001 rows; the limit is 500,000');
		expect(
			sayProblem(
				fr,
				samples.find((p) => p.code === 'tooManyRows')!
			)
		).toBe('le fichier compte 500\u202f001 lignes\u202f; la limite est de 500\u202f000');
		expect(
			sayProblem(
				fr,
				samples.find((p) => p.code === 'fileTooBig')!
			)
		).toBe('le fichier pèse 60,0\u00a0Mo\u202f; la limite est de 50\u00a0Mo');
		// Past the limit by less than a tenth of a megabyte, in bytes: "75,0 Mo" would read as the limit.
		expect(sayProblem(fr, { code: 'fileTooBig', params: { megabytes: 75.000321, limit: 75 } })).toBe(
			'le fichier pèse 75\u202f000\u202f321\u00a0octets\u202f; la limite est de 75\u00a0Mo (75\u202f000\u202f000\u00a0octets)'
		);
		expect(fr.problemWhere.row(12345, 'start')).toBe('ligne 12345, start');
	});

	it('name the mapping step’s fields in French, as the mapping step does', () => {
		expect(
			sayProblem(
				fr,
				samples.find((p) => p.code === 'noColumnFor')!
			)
		).toBe(
			'aucune colonne n’est choisie pour Personne, Organisation\u202f; choisissez-en une à l’étape des colonnes'
		);
	});
});

describe('a refused file, read in French', () => {
	it('locates a row and its column as the file names them, and says what is wrong in French', () => {
		const text = 'person,organization,start\nAda,Meta,2018\nAda,Yutori,2024-02-30\n,Meta,2020\n';
		const result = importCsv(
			text,
			'x.csv',
			'careers',
			guessMapping(['person', 'organization', 'start'], 'careers')
		);
		expect(result.ok && result.value.rejected.map((r) => line(locateRow(r)))).toEqual([
			'ligne 3, start\u00a0: la date 2024-02-30 n’existe pas dans le calendrier',
			'ligne 4, person\u00a0: aucune personne n’est nommée'
		]);
	});

	it('says why nothing of a file was imported, where and what, in French', () => {
		const empty = importJson('');
		expect(!empty.ok && empty.problems.map((p) => line(p))).toEqual(['(fichier)\u00a0: le fichier est vide']);
		const proto = importJson('{"__proto__": {"x": 1}}');
		expect(!proto.ok && proto.problems.map((p) => line(p))).toEqual(
			expect.arrayContaining([
				'schemaVersion\u00a0: il faut schemaVersion 1',
				'(racine)\u00a0: champ inconnu "__proto__"'
			])
		);
	});

	it('says where broken JSON breaks when the browser tells, and never quotes its English', () => {
		const parsed = importJson('{"a": 1}x');
		expect(!parsed.ok && parsed.problems.map((p) => line(p))).toEqual([
			expect.stringMatching(
				/^\(fichier\)\u00a0: ce n’est pas du JSON valide( \(erreur ligne 1, colonne 9\))?$/
			)
		]);
	});

	it.each([
		{
			name: 'a list where an object belongs',
			change: (d: any) => (d.title = ['AI talent']),
			line: 'title\u00a0: il faut un objet, pas une liste'
		},
		{
			name: 'a missing number',
			change: (d: any) => delete d.aggregates[0].value,
			line: 'aggregates[0].value\u00a0: manquant\u00a0: il faut un nombre'
		},
		{
			name: 'a number over its bound',
			change: (d: any) => (d.aggregates[0].value = 2),
			line: 'aggregates[0].value\u00a0: doit valoir au plus 1'
		},
		{
			name: 'a value not among those accepted',
			change: (d: any) => (d.moves[0].evidence[0].basis = 'rumour'),
			line: 'moves[0].evidence[0].basis\u00a0: il faut l’une des valeurs "article", "later-reporting", "import", "aggregate", pas le texte "rumour"'
		},
		{
			name: 'a date that does not exist',
			change: (d: any) => (d.moves[3].date.start = '2024-02-30'),
			line: 'moves[3].date.start\u00a0: cette date n’existe pas dans le calendrier'
		},
		{
			name: 'an unknown field',
			change: (d: any) => (d.trends[0].colour = 'red'),
			line: 'trends[0]\u00a0: champ inconnu "colour"'
		},
		{
			name: 'a reference to nobody',
			change: (d: any) => (d.moves[0].person = 'ghost'),
			line: 'moves[0].person\u00a0: aucune personne n’a l’identifiant «\u00a0ghost\u00a0»'
		}
	])('$name, in a JSON dataset', ({ change, line: expected }) => {
		const copy = structuredClone(talentJson) as any;
		change(copy);
		const checked = validateDataset(copy);
		expect(!checked.ok && checked.problems.map((p) => line(p))).toContainEqual(expected);
	});
});
