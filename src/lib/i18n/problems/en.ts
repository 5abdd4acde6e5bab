import type { Found } from '../../problems/codes';
import { wordFound } from '../../problems/found';
import type { ProblemCatalog } from '../../problems/say';
import { MEGABYTE, readsPastLimit } from '../../import/limits';
import { SCHEMA_VERSION } from '../../schema/version';
import { formatCount, formatRowNumber } from '../../transforms/formatNumbers';

// The English wording of every problem the importer and the validator report, by code. It loads on
// its own, with the import dialog, rather than with the page's catalog.

const enNumber = (value: number) => formatCount(value, 'en');

/** A file's size past a limit of `limit` MB: to a tenth of a megabyte, or in bytes (see `readsPastLimit`). */
const enSizeOver = (megabytes: number, limit: number, theLimit: string) =>
	readsPastLimit(megabytes, limit)
		? `${megabytes.toFixed(1)} MB; ${theLimit} ${limit} MB`
		: `${enNumber(Math.round(megabytes * MEGABYTE))} bytes; ${theLimit} ${limit} MB (${enNumber(limit * MEGABYTE)} bytes)`;

/** A value of a JSON file, as the English messages have always named it. */
const enFound = (found: Found) =>
	wordFound(found, {
		null: 'null',
		list: 'a list',
		object: 'an object',
		boolean: 'boolean',
		nothing: 'undefined',
		text: (text) => `the text ${text}`,
		number: (number) => `the number ${number}`
	});

/** zod's names of types, as an English sentence says them. */
const enTypes: Record<string, string> = {
	string: 'a text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	object: 'an object',
	array: 'a list',
	literal: 'a fixed value'
};
const enType = (expected: string) => enTypes[expected] ?? expected;

// What the importer and the validator say, by problem code. The command line prints these words,
// so they stay as they were when they were written in the code (numbers too: some grouped, some not).
const problem: ProblemCatalog['problem'] = {
	fileEmpty: () => 'the file is empty',
	fileTooBig: ({ megabytes, limit }) => `the file is ${enSizeOver(megabytes, limit, 'the limit is')}`,
	jsonTooBig: ({ megabytes, limit }) =>
		`the JSON file is ${enSizeOver(megabytes, limit, 'the limit for JSON is')}`,
	notPlainText: ({ csv }) =>
		`the file is not plain text (it may be UTF-16 or binary); save it as UTF-8${csv ? ' CSV' : ''}`,
	notUtf8: ({ line }) =>
		`the file is not UTF-8 text: line ${line} holds a character saved in another encoding (perhaps Windows-1252 or Latin-1); save the file as UTF-8`,
	jsonNotUtf8: () => 'the file is not UTF-8 text (it may be UTF-16 or binary); save it as UTF-8',
	invalidJson: ({ detail }) => `this is not valid JSON (${detail})`,
	jsonTooDeep: ({ limit }) => `the JSON is nested more than ${limit} levels deep`,
	textTooLong: ({ limit, key }) => `${key ? 'a field name' : 'a text'} is longer than ${limit} characters`,
	unterminatedQuote: () => 'a quoted field is never closed: check for a stray " character',
	emptyHeader: () => 'the first row should name the columns, and it is empty',
	headerTooLong: ({ column, start, limit }) =>
		`the name of column ${column} in the first row ("${start}…") is longer than ${enNumber(limit)} characters`,
	tooManyRows: ({ rows, limit }) => `the file has ${rows} rows; the limit is ${enNumber(limit)}`,
	noColumnFor: ({ fields }) => `no column is chosen for ${fields.join(', ')}; pick one in the mapping step`,
	noRowImported: () => 'no row could be imported',
	importCrashed: ({ detail }) => `the import failed unexpectedly: ${detail}`,
	importUnavailable: () => 'the import could not run in this browser',
	tooManyCells: ({ cells, columns }) => `has ${cells} cells but the header names ${columns} columns`,
	tooLong: ({ limit }) => `is longer than ${limit} characters`,
	noPerson: () => 'no person is named',
	noOrganization: () => 'no organization is named',
	notADate: ({ value }) => `"${value}" is not a date like 2024, 2024-03 or 2024-03-26`,
	notInCalendar: ({ value }) => `${value} does not exist in the calendar`,
	dateAmbiguous: ({ value, dayFirst, monthFirst }) =>
		`"${value}" could be ${dayFirst} (day first) or ${monthFirst} (month first), and the file does not say which comes first; write it year first, as ${dayFirst} or ${monthFirst}`,
	dateUnpadded: ({ value, read }) => `"${value}" is read as ${read} (month and day written with two digits)`,
	precisionCoarsened: ({ precision, value, to, read }) =>
		to === 'unknown'
			? `precision "${precision}" is vaguer than a year: the date ${value} is kept with an unknown precision, so no move is dated by it`
			: `precision "${precision}" is not day, month or year: the date ${value} is kept as ${read}, known to the ${to}`,
	precisionUnknown: ({ precision }) => `precision "${precision}" should be year, month or day`,
	precisionTooFine: ({ precision, value }) => `precision "${precision}" is finer than the date ${value}`,
	endsBeforeStart: ({ start, end }) => `ends (${end}) before it starts (${start})`,
	cellEmpty: () => 'is empty',
	sameOrganization: () => 'is the same organization as the one left',
	unknownDateHasBounds: () => 'an unknown date cannot have a start or an end',
	certaintyUnknown: () => 'should be stated, implied or undisclosed',
	periodEndsBeforeStart: () => 'the period ends before it starts',
	repeatsRow: ({ first }) => `repeats row ${first} word for word`,
	idTaken: ({ id, at }) => `the id "${id}" is already used at ${at}`,
	noSuchOrganization: ({ id }) => `no organization has the id "${id}"`,
	noSuchPerson: ({ id }) => `no person has the id "${id}"`,
	noSuchSource: ({ id }) => `no source has the id "${id}"`,
	needsProvenance: () =>
		'a source of kind "aggregate" names its file, rows, SHA-256 and query in "provenance"',
	wrongSourceKind: ({ basis, kind }) => `evidence of basis "${basis}" cannot cite a source of kind "${kind}"`,
	noSuchSentence: ({ sentence }) => `the article has no sentence "${sentence}"`,
	quoteNotInSentence: ({ sentence }) => `these words are not in sentence "${sentence}" of the article`,
	moveGoesNowhere: () => 'a move must end at another organization than it starts from',
	noSuchMove: ({ id }) => `no move has the id "${id}"`,
	refinedTwice: ({ id, at }) => `the move "${id}" is already refined at ${at}: one departure is refined once`,
	refinesOutsideDates: ({ id }) =>
		`the dates of a move that refines another must lie within those of "${id}": it may date the departure more precisely, not otherwise`,
	refinesAnotherDeparture: ({ id }) =>
		`the move "${id}" is another departure: a move can only refine one of the same person from the same organization`,
	refinesOnlyTheArticle: ({ id }) =>
		`only a move known from other reporting can refine one of the article's, and "${id}" is not one of the article's or this move is not from other reporting`,
	noSuchItem: ({ list, count }) =>
		`should be the place of an item of "${list}", counted from 0, and that list holds ${enNumber(count)}`,
	columnLength: ({ length, first, expected }) =>
		`holds ${enNumber(length)} values where "${first}" holds ${enNumber(expected)}: every column holds one value per flow`,
	otherSourceNeedsAddress: () =>
		'other reporting needs a url, the https:// address where it can be read: a source is named by outlet, headline and address',
	otherSourcePlaceholder: ({ field }) =>
		`this ${field === 'title' ? 'title' : 'publisher'} reads as a placeholder; give the ${field === 'title' ? 'headline' : 'outlet'} as published`,
	dayNotInEvidence: () =>
		'this move is dated to the day, but no evidence gives the day: cite a source published that very day (its "published" of precision "day"), quote the article with the words for the day in "wording", or give a range',
	stayEndDayNotInEvidence: () =>
		'the end of this stay is dated to the day, but no evidence of the move gives the day: cite a source published that very day, quote the article with the words for the day in "wording", or give a range',
	dateShape: () => 'expected a date like 2024-03 or 2024-03-26',
	dateNotReal: () => 'this date does not exist in the calendar',
	unknownDateBounded: () => 'an unknown date has no start or end',
	rangeNeedsBound: () => 'a range needs a start, an end or both',
	rangeEndsBeforeStart: () => 'the range ends before it starts',
	precisionNeedsStart: ({ precision }) => `a date with precision "${precision}" needs a start`,
	precisionShape: ({ precision, example }) => `precision "${precision}" expects a date like ${example}`,
	onlyRangeHasEnd: () => 'only a range has an end; use precision "range"',
	httpsAddress: () => 'expected an https:// address',
	schemaVersion: () => `expected schemaVersion ${SCHEMA_VERSION}`,
	needsSource: () => 'a dataset cites at least one source',
	needsVisibleCharacter: () => 'needs at least one visible character',
	directionControl: () =>
		'holds a character that turns the direction of the text around (such as U+202E); remove it',
	idNotText: () => 'expected an id (a string)',
	idShape: () => 'expected an id of lower-case letters, digits and hyphens, like "erik-meijer"',
	idTooLong: () => 'an id is at most 120 characters',
	quoteTooShort: () => 'a quote needs at least a few words',
	needsEvidence: () => 'every fact needs at least one piece of evidence',
	missing: ({ expected }) => `missing: expected ${enType(expected)}`,
	wrongType: ({ expected, found }) => `expected ${enType(expected)}, found ${enFound(found)}`,
	unknownFields: ({ keys, count }) =>
		`unknown field${count > 1 ? 's' : ''} ${keys.join(', ')}${count > keys.length ? ` and ${count - keys.length} more` : ''}`,
	wrongValue: ({ values, found }) =>
		values.length === 1
			? `expected ${values[0]}, found ${enFound(found)}`
			: `expected one of ${values.join(', ')}, found ${enFound(found)}`,
	noShapeMatches: () => 'does not match any of the accepted shapes',
	tooFewItems: ({ minimum }) => `needs at least ${minimum} item${minimum === 1 ? '' : 's'}`,
	emptyText: () => 'must not be empty',
	tooFewCharacters: ({ minimum }) => `needs at least ${minimum} characters`,
	tooSmall: ({ minimum, inclusive }) => `must be ${inclusive ? 'at least' : 'more than'} ${minimum}`,
	tooManyItems: ({ maximum }) => `has more than ${maximum} items`,
	tooBig: ({ maximum, inclusive }) => `must be ${inclusive ? 'at most' : 'less than'} ${maximum}`,
	webAddress: () => 'expected a web address starting with https://',
	wrongFormat: ({ format }) => `is not in the expected format (${format})`,
	invalid: ({ detail }) => detail
};

export const enProblems: ProblemCatalog = {
	problem,
	problemWhere: {
		file: '(file)',
		columns: '(columns)',
		import: '(import)',
		topLevel: '(top level)',
		row: (row: number, field: string) => `row ${formatRowNumber(row, 'en')}${field ? `, ${field}` : ''}`
	}
};
