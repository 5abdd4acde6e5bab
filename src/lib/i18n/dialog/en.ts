import { formatCount, formatDecimal, formatRowNumber } from '../../transforms/formatNumbers';

// The wording of the import dialog, apart from the page's catalog: it loads with the dialog, so a
// reader who never imports never fetches it (src/lib/i18n/loadMessages.ts).

const enNumber = (value: number) => formatCount(value, 'en');

// The English catalog defines the keys; French must provide every one of them (checked by the type).
export const enDialog = {
	importTitle: 'Import your data',
	importIntro:
		'A JSON file in this dashboard’s format, a CSV of moves (person, from, to, date), or a CSV of career histories (one row per position: person, organization, title, start, end). Dates may be 2024, 2024-03, 2024-03-26 or empty.',
	importLimits: (megabytes: number, jsonMegabytes: number, rows: number, characters: number) =>
		`Up to ${enNumber(megabytes)} MB (JSON: ${enNumber(jsonMegabytes)} MB), ${enNumber(rows)} rows, ${enNumber(characters)} characters per cell. The file stays in your browser.`,
	importChoose: 'Choose a file',
	importDrop: 'or drop it here',
	importReading: 'Reading the file…',
	importKind: 'This file holds',
	importKindCareers: 'career histories (one row per position)',
	importKindMoves: 'moves (one row per move)',
	importMappingHeading: 'Which column holds what',
	importMappingNone: '— none —',
	importRequired: 'required',
	importPreview: (count: number) => `The first rows of ${enNumber(count)}:`,
	importPreviewLabel: 'The first rows of the file',
	importStart: 'Import',
	importCancel: 'Cancel',
	importAnother: 'Choose another file',
	importProgress: 'Import progress',
	importStageReading: 'Reading the file…',
	importStageParsing: 'Reading rows and deriving moves…',
	importStageChecking: 'Checking the result…',
	importStageDone: 'Done.',
	importFailed: 'Nothing was imported. Your current data is unchanged.',
	importSummary: (accepted: number, moves: number, seconds: number) =>
		`${accepted === 1 ? '1 row' : `${enNumber(accepted)} rows`} read, ${moves === 1 ? '1 move' : `${enNumber(moves)} moves`}, in ${formatDecimal(seconds, 'en')}\u00a0s.`,
	importFlowsSummary: (flows: number, moves: number, seconds: number) =>
		`${flows === 1 ? '1 flow' : `${enNumber(flows)} flows`} read, counting ${moves === 1 ? '1 move' : `${enNumber(moves)} moves`} between them, in ${formatDecimal(seconds, 'en')}\u00a0s.`,
	importRejected: (count: number) =>
		count === 1 ? '1 row was left out:' : `${enNumber(count)} rows were left out:`,
	importRejectedMore: (count: number) => `…and ${enNumber(count)} more.`,
	/** After the first notices listed: a row may have more than one, so these are counted as notices. */
	importNoticedMore: (count: number) =>
		count === 1 ? '…and 1 more notice.' : `…and ${enNumber(count)} more notices.`,
	importNoticed: (rows: number) =>
		rows === 1
			? '1 row was kept, with a notice of what was read leniently:'
			: `${enNumber(rows)} rows were kept, with a notice of what was read leniently:`,
	importUndated: (count: number) =>
		count === 1
			? '1 position has neither start nor end and takes no part in moves.'
			: `${enNumber(count)} positions have neither start nor end and take no part in moves.`,
	importRefined: (count: number) =>
		count === 1
			? 'Of the moves, 2 tell one departure (the article’s, and where other reporting says it led): it counts once.'
			: `Of the moves, ${enNumber(count * 2)} tell ${enNumber(count)} departures (the article’s, and where other reporting says they led): each counts once.`,
	importUse: (moves: number) => (moves === 1 ? 'Use this move' : `Use these ${enNumber(moves)} moves`),
	importProblemAt: (where: string, message: string) => `${where}: ${message}`,
	importRowProblem: (row: number, field: string, message: string) =>
		field
			? `Row ${formatRowNumber(row, 'en')}, ${field}: ${message}`
			: `Row ${formatRowNumber(row, 'en')}: ${message}`,
	importField: {
		person: 'Person',
		organization: 'Organization',
		title: 'Title',
		start: 'Start',
		start_precision: 'Start precision',
		end: 'End',
		end_precision: 'End precision',
		from: 'From',
		to: 'To',
		date: 'Date',
		date_end: 'Date (end of period)',
		precision: 'Date precision',
		wording: 'Date wording',
		certainty: 'Certainty'
	} as Record<string, string>
};

export type DialogMessages = typeof enDialog;
