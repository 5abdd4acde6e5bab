/** The two kinds of CSV the importer reads. */
export type CsvKind = 'careers' | 'moves';

/** The fields each kind of file provides; `required` ones must be mapped to a column. */
export const FIELDS = {
	careers: {
		required: ['person', 'organization'],
		optional: ['title', 'start', 'start_precision', 'end', 'end_precision']
	},
	moves: {
		required: ['person', 'from', 'to'],
		optional: ['date', 'date_end', 'precision', 'wording', 'certainty']
	}
} as const;

export type CareerField = (typeof FIELDS.careers.required)[number] | (typeof FIELDS.careers.optional)[number];
export type MoveField = (typeof FIELDS.moves.required)[number] | (typeof FIELDS.moves.optional)[number];
export type Field = CareerField | MoveField;

/** Which column (by index) holds each field; a field left out is absent. */
export type Mapping = Partial<Record<Field, number>>;

/**
 * Header names recognised for each field, compared without case, accents, spaces or punctuation.
 * Earlier names win, so an exported `person_name` column is preferred to its `person` id column.
 */
const SYNONYMS: Record<Field, string[]> = {
	person: ['personname', 'person', 'name', 'fullname', 'employee', 'nom', 'personne'],
	organization: [
		'organization',
		'organisation',
		'org',
		'company',
		'employer',
		'entreprise',
		'employeur',
		'societe'
	],
	title: ['title', 'role', 'position', 'jobtitle', 'titre', 'poste'],
	start: ['start', 'startdate', 'from', 'since', 'debut', 'datedebut'],
	start_precision: ['startprecision', 'startdateprecision', 'precisiondebut'],
	end: ['end', 'enddate', 'to', 'until', 'fin', 'datefin'],
	end_precision: ['endprecision', 'enddateprecision', 'precisionfin'],
	from: ['fromname', 'from', 'origin', 'source', 'left', 'de', 'depuis'],
	to: ['toname', 'to', 'destination', 'joined', 'vers'],
	date: ['datestart', 'date', 'when', 'movedate', 'start'],
	date_end: ['dateend', 'end'],
	precision: ['dateprecision', 'precision'],
	wording: ['datewording', 'wording'],
	certainty: ['certainty', 'certitude']
};

/** Folds a header to the form synonyms are written in: `Start Date` → `startdate`. */
export function foldHeader(header: string): string {
	return header
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Guesses which kind of file this is from its headers: a `from` and a `to` column make it moves. */
export function detectKind(headers: readonly string[]): CsvKind {
	const folded = new Set(headers.map(foldHeader));
	const has = (field: Field) => SYNONYMS[field].some((name) => folded.has(name));
	const hasOrganization = has('organization');
	return !hasOrganization && has('to') && (has('from') || folded.has('fromname')) ? 'moves' : 'careers';
}

/** Maps each field of a kind of file to the best matching column, each column used at most once. */
export function guessMapping(headers: readonly string[], kind: CsvKind): Mapping {
	const folded = headers.map(foldHeader);
	const mapping: Mapping = {};
	const used = new Set<number>();
	for (const field of [...FIELDS[kind].required, ...FIELDS[kind].optional] as Field[]) {
		for (const name of SYNONYMS[field]) {
			const column = folded.findIndex((h, i) => h === name && !used.has(i));
			if (column >= 0) {
				mapping[field] = column;
				used.add(column);
				break;
			}
		}
	}
	return mapping;
}

/** The required fields a mapping leaves without a column. */
export function missingFields(mapping: Mapping, kind: CsvKind): Field[] {
	return (FIELDS[kind].required as readonly Field[]).filter((field) => mapping[field] === undefined);
}
