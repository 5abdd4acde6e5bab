// Every problem the importer and the validator report is a code and the values that fill its
// message, never finished words: the page words it in the reader's language (src/lib/i18n/problems/),
// the command line in English. Params are plain data, so that a problem crosses from the import
// worker to the page as it is.

/** A value of a JSON file as a message names it ("found a list", "found the text "rumour""). */
export type Found =
	| { kind: 'null' | 'list' | 'object' | 'boolean' | 'nothing' }
	/** `text` is JSON-quoted and cut short, as the file holds it. */
	| { kind: 'text'; text: string }
	| { kind: 'number'; number: number }
	/** Anything else, by its JavaScript type or its own name (`NaN`). */
	| { kind: 'other'; name: string };

type NoParams = Record<never, never>;

/**
 * The problems the schema states itself: its `error` for a field is one of these codes, which
 * zod hands back as the message, so that it is worded by the catalog like any other.
 */
export const SCHEMA_CODES = [
	'dateShape',
	'dateNotReal',
	'unknownDateBounded',
	'rangeNeedsBound',
	'rangeEndsBeforeStart',
	'precisionNeedsStart',
	'precisionShape',
	'onlyRangeHasEnd',
	'httpsAddress',
	'schemaVersion',
	'needsSource',
	'needsVisibleCharacter',
	'directionControl',
	'idNotText',
	'idShape',
	'idTooLong',
	'quoteTooShort',
	'needsEvidence'
] as const;
export type SchemaCode = (typeof SCHEMA_CODES)[number];

/** Each problem's code, with the values its message needs. */
export interface ProblemParams extends Record<
	Exclude<SchemaCode, 'precisionNeedsStart' | 'precisionShape'>,
	NoParams
> {
	// The whole file.
	fileEmpty: NoParams;
	fileTooBig: { megabytes: number; limit: number };
	/** A JSON file within the limit for any file, past the lower one for JSON. */
	jsonTooBig: { megabytes: number; limit: number };
	/** `csv` when the file was read as CSV: the advice then names UTF-8 CSV. */
	notPlainText: { csv?: boolean };
	notUtf8: { line: number };
	jsonNotUtf8: NoParams;
	/** `detail` is the JavaScript engine's own (English) words; line and column when it gives them. */
	invalidJson: { detail: string; line?: number; column?: number };
	jsonTooDeep: { limit: number };
	/** A JSON string (`key` false) or field name (`key` true) past the limit. */
	textTooLong: { limit: number; key: boolean };
	unterminatedQuote: NoParams;
	emptyHeader: NoParams;
	/** `column` counts from 1; `start` is the name's first 40 characters. */
	headerTooLong: { column: number; start: string; limit: number };
	tooManyRows: { rows: number; limit: number };
	/** The fields of the mapping step that no column is chosen for, by their code names. */
	noColumnFor: { fields: string[] };
	noRowImported: NoParams;
	importCrashed: { detail: string };
	importUnavailable: NoParams;
	// One row of a CSV file.
	tooManyCells: { cells: number; columns: number };
	/** A cell, or a string of a JSON file, longer than the limit. */
	tooLong: { limit: number };
	noPerson: NoParams;
	noOrganization: NoParams;
	/** `value` is the cell's first 30 characters. */
	notADate: { value: string };
	notInCalendar: { value: string };
	/** A day and a month before the year, either of which could be the month: both readings, year first. */
	dateAmbiguous: { value: string; dayFirst: string; monthFirst: string };
	// Notices: what was read leniently on a row that is kept.
	/** A month or day written with one digit (`value`, as written), read padded (`read`). */
	dateUnpadded: { value: string; read: string };
	/**
	 * A precision word the schema does not know (`precision`, as written, cut to 20 characters),
	 * read as the nearest coarser precision it knows (`to`): the date `value` is kept as `read`.
	 */
	precisionCoarsened: { precision: string; value: string; to: 'month' | 'year' | 'unknown'; read: string };
	/** `precision` is the cell's first 20 characters. */
	precisionUnknown: { precision: string };
	precisionTooFine: { precision: string; value: string };
	endsBeforeStart: { start: string; end: string };
	cellEmpty: NoParams;
	sameOrganization: NoParams;
	unknownDateHasBounds: NoParams;
	certaintyUnknown: NoParams;
	periodEndsBeforeStart: NoParams;
	repeatsRow: { first: number };
	// The references of a dataset.
	idTaken: { id: string; at: string };
	noSuchOrganization: { id: string };
	noSuchPerson: { id: string };
	noSuchSource: { id: string };
	wrongSourceKind: { basis: string; kind: string };
	noSuchSentence: { sentence: string };
	quoteNotInSentence: { sentence: string };
	moveGoesNowhere: NoParams;
	noSuchMove: { id: string };
	refinesAnotherDeparture: { id: string };
	refinesOnlyTheArticle: { id: string };
	refinedTwice: { id: string; at: string };
	refinesOutsideDates: { id: string };
	// A file of flows in columns (src/lib/import/flowColumns.ts).
	/** A number that should point into the list `list`, which holds `count` items. */
	noSuchItem: { list: string; count: number };
	/** A column whose length differs from that of the column `first`. */
	columnLength: { length: number; first: string; expected: number };
	// What a dataset cites, and how precisely (src/lib/validation/sourcing.ts).
	/** Other reporting (a source of kind `later-reporting`) without an address. */
	otherSourceNeedsAddress: NoParams;
	/** A title or publisher of other reporting that reads as a stand-in ("Report on …"). */
	otherSourcePlaceholder: { field: 'title' | 'publisher' };
	/** A move dated to the day whose evidence gives no day. */
	dayNotInEvidence: NoParams;
	/** The end of a stay dated to the day whose move's evidence gives no day. */
	stayEndDayNotInEvidence: NoParams;
	needsProvenance: NoParams;
	// What the schema says of its own fields (the rest of SCHEMA_CODES has no values).
	precisionNeedsStart: { precision: string };
	precisionShape: { precision: string; example: string };
	// What zod finds on its own, in words a person editing a data file can act on.
	/** `expected` is zod's name of a type: string, number, int, boolean, object, array, literal… */
	missing: { expected: string };
	wrongType: { expected: string; found: Found };
	/** The first few keys, JSON-quoted and cut short, and how many there are in all. */
	unknownFields: { keys: string[]; count: number };
	/** The accepted values, JSON-quoted. */
	wrongValue: { values: string[]; found: Found };
	noShapeMatches: NoParams;
	tooFewItems: { minimum: number };
	emptyText: NoParams;
	tooFewCharacters: { minimum: number };
	/** `inclusive` false for "more than" (`positive()`), true for "at least". */
	tooSmall: { minimum: number; inclusive: boolean };
	tooManyItems: { maximum: number };
	tooBig: { maximum: number; inclusive: boolean };
	webAddress: NoParams;
	wrongFormat: { format: string };
	/** Any other issue: zod's own English words, which English shows and French replaces. */
	invalid: { detail: string };
}

export type ProblemCode = keyof ProblemParams;

/** A problem's code and the values of its message. */
export type ProblemMessage<C extends ProblemCode = ProblemCode> = {
	[K in C]: { code: K; params: ProblemParams[K] };
}[C];

/** How a catalog words every problem: a message for each code, checked by the type. */
export type ProblemWordings = { [C in ProblemCode]: (params: ProblemParams[C]) => string };

/** A problem by its code, with its values when its message has any. */
export function problemOf<C extends ProblemCode>(
	code: C,
	...params: NoParams extends ProblemParams[C] ? [ProblemParams[C]?] : [ProblemParams[C]]
): ProblemMessage<C> {
	return { code, params: params[0] ?? {} } as ProblemMessage<C>;
}

/** A schema's error for a field: its code, which the validator reads back from zod's issue. */
export const schemaError = (code: SchemaCode): string => code;
