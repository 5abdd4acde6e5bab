import { csvFormatRow } from 'd3';
import type { Dataset } from '../schema/dataset';

/**
 * Keeps a spreadsheet from running a cell as a formula (CSV injection): a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which spreadsheets
 * show as text and hide.
 */
export function neutralizeFormula(cell: string): string {
	// A cell that already starts with an apostrophe before such a character gets one more, so that
	// the importer, which removes one, gives back the text as it was.
	return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The columns of the moves CSV, in order; the importer reads the same names back. */
export const MOVES_CSV_COLUMNS = [
	'id',
	'person',
	'person_name',
	'from',
	'from_name',
	'to',
	'to_name',
	'date_precision',
	'date_start',
	'date_end',
	'date_wording',
	'certainty',
	'evidence',
	'sources'
] as const;

/**
 * The moves of a dataset as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break, and formula-looking cells neutralised.
 */
export function movesToCsv(dataset: Dataset): string {
	const people = new Map(dataset.people.map((p) => [p.id, p.name]));
	const organizations = new Map(dataset.organizations.map((o) => [o.id, o.name]));
	const rows = dataset.moves.map((m) => [
		m.id,
		m.person,
		people.get(m.person) ?? '',
		m.from,
		organizations.get(m.from) ?? '',
		m.to,
		organizations.get(m.to) ?? '',
		m.date.precision,
		m.date.start ?? '',
		m.date.end ?? '',
		m.date.wording ?? '',
		m.certainty,
		m.evidence
			.map((e) =>
				e.basis === 'article'
					? e.quote
					: e.basis === 'later-reporting'
						? e.claim
						: e.basis === 'import'
							? `row ${e.row}`
							: `${m.weight ?? 1} moves`
			)
			.join(' | '),
		[...new Set(m.evidence.map((e) => e.source))].join(' ')
	]);
	return [[...MOVES_CSV_COLUMNS], ...rows]
		.map((row) => csvFormatRow(row.map((cell) => neutralizeFormula(String(cell)))))
		.join('\r\n')
		.concat('\r\n');
}

/** A dataset as the JSON file users download: the same format `npm run validate` and the importer read. */
export function datasetToJson(dataset: Dataset): string {
	return JSON.stringify(dataset, null, '\t') + '\n';
}

/**
 * A file name that says what the file holds: `talent-flows-moves-meta-yutori.csv`, with the
 * number of the balance it holds the moves of, if any (`…-meta-from-openai.csv`). Long filters
 * are shortened so the name stays usable on every system.
 */
export function exportFileName(
	what: string,
	companies: readonly string[],
	extension: string,
	detail?: string
): string {
	const filter =
		companies.length === 0
			? 'all'
			: companies.slice(0, 3).join('-') + (companies.length > 3 ? '-and-more' : '');
	const safe = `${what}-${filter}${detail ? `-${detail}` : ''}`
		.replace(/[^a-z0-9-]+/gi, '-')
		.replace(/-+/g, '-')
		.slice(0, 80);
	return `talent-flows-${safe}.${extension}`;
}
