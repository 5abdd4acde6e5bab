import { formatCount, formatRowNumber } from '../transforms/formatNumbers';
import { listOf } from '../transforms/formatLists';

// Numbers in messages are written the reader's way ("12,345 rows"); the choice between singular and
// plural still reads the number itself.
const enNumber = (value: number) => formatCount(value, 'en');

/** A formatted date and how precise it is: French says "le 3 avril 2024" but "en avril 2024". */
export interface DateInSentence {
	text: string;
	precision: 'day' | 'month' | 'year';
}

// The English catalog defines the keys; French must provide every one of them (checked by the type).
export const en = {
	siteName: 'Talent Flows',
	pageTitle: 'AI talent leaving Meta: the facts of one article, each with its source',
	pageIntro:
		'Every fact below is taken from one news article and carries the words that state it. Sentences of the article that state a fact are marked; facts from other reporting are kept apart and graded.',
	skipToContent: 'Skip to the content',
	languageSwitchLabel: 'Language',
	themeDark: 'Dark theme',
	otherLanguageLink: 'Lire en français',
	articleHeading: 'The article',
	articleNote: (publisher: string, date: string) =>
		`A French text that credits ${publisher}; who translated and published it, and when, is unknown. The English original appeared on ${date} (date from other reporting).`,
	articleLanguageNote: 'The article is shown in its original French.',
	translationToggle: 'Read our English translation',
	translationBanner: (by: string) =>
		`You are reading a translation by ${by}, not the article’s own words. Quotes and evidence stay in the original French.`,
	factSentenceLabel: (count: number) =>
		count === 1 ? '1 fact in this sentence' : `${enNumber(count)} facts in this sentence`,
	factsHeading: 'The facts',
	factsIntro: (article: number, later: number) =>
		`${enNumber(article)} facts from the article, ${enNumber(later)} from other reporting.`,
	factsIntroImport: (count: number) =>
		count === 1 ? '1 fact from your file.' : `${enNumber(count)} facts from your file.`,
	factsFromArticle: 'From the article',
	factsFromLater: 'From other reporting (not in the article)',
	factsFromImport: 'From your imported file',
	columnKind: 'Kind',
	columnStatement: 'Fact',
	columnDate: 'When',
	columnCertainty: 'Certainty',
	columnEvidence: 'Evidence',
	kindOrganization: 'Organization',
	kindPerson: 'Person',
	kindMove: 'Move',
	kindAggregate: 'Figure',
	kindEvent: 'Event',
	kindReason: 'Reason',
	kindTrend: 'Trend',
	orgKindBigTech: 'big tech company',
	orgKindAiStartup: 'AI startup',
	orgKindUnknown: 'kind unknown',
	certaintyStated: 'stated',
	certaintyImplied: 'implied',
	certaintyUndisclosed: 'undisclosed',
	certaintyNone: '—',
	confidence: (level: string) => `confidence: ${level}`,
	confidenceHigh: 'high',
	confidenceMediumHigh: 'medium-high',
	confidenceMedium: 'medium',
	confidenceLow: 'low',
	ourTranslation: (text: string) => `our translation: ${text}`,
	moveStatement: (person: string, from: string, to: string) => `${person} leaves ${from} for ${to}`,
	moveStatementUndisclosed: (person: string, from: string) =>
		`${person} leaves ${from}; where to is not disclosed`,
	aggregateStatement: (bound: string, percent: string, population: string, organization: string) =>
		`${bound} ${percent} of ${population} have left ${organization}`,
	boundLower: 'More than',
	boundUpper: 'Less than',
	boundApproximate: 'About',
	boundExact: 'Exactly',
	trendExamplesNote: 'Examples of the trend, not where anyone named here went.',
	quoteLink: (sentence: string) => `Show sentence ${sentence} in the article`,
	laterSource: (publisher: string, title: string) => `${publisher}: ${title}`,
	dateUnknown: 'not dated',
	dateUntil: (end: DateInSentence) => `until ${end.text}`,
	dateSince: (start: string) => `from ${start}`,
	dateRange: (start: string, end: string) => `${start} to ${end}`,
	footerCredit: 'Article credited to',
	footerProject: 'Talent Flows is open source.',
	flowHeading: 'Who left, and where to',
	flowChartLabel: 'Flow diagram: from the organization people left (left) to where they went (right)',
	flowLinkLabel: (from: string, to: string, people: string, how: string) =>
		`${from} → ${to}: ${people}. ${how}`,
	flowNodeLabel: (name: string, people: string) => `${name}: ${people}`,
	peopleCount: (count: number, names: string) =>
		`${count === 1 ? '1 person' : `${enNumber(count)} people`} (${names})`,
	andMore: (count: number) => `and ${enNumber(count)} more`,
	othersCount: (count: number) => (count === 1 ? '1 other' : `${enNumber(count)} others`),
	movesAndPeople: (moves: number, people: string) => `${enNumber(moves)} moves, ${people}`,
	flowStatement: (count: number, from: string, to: string) =>
		`${count === 1 ? '1 move' : `${enNumber(count)} moves`} from ${from} to ${to}`,
	movesCount: (count: number) => (count === 1 ? '1 move' : `${enNumber(count)} moves`),
	summaryFlows: (moves: number, origin: string, where: string) =>
		`${moves === 1 ? '1 move' : `${enNumber(moves)} moves`} left ${origin}, for ${where}.`,
	summaryFlowTo: (to: string, moves: number) => `${to} (${enNumber(moves)})`,
	noPeopleNote:
		'This file counts moves between organizations (each row a flow of many): it names no one, so there is no person to follow.',
	summaryOrigin: (people: number, origin: string, who: string) =>
		`${people === 1 ? '1 person' : `${enNumber(people)} people`} left ${origin}: ${who}.`,
	summaryTo: (name: string, to: string) => `${name} for ${to}`,
	/** An unnamed startup's label inside a sentence ("leaves Meta for Meijer’s own AI startup"). */
	unnamedInSentence: (label: string) => label,
	summaryUndisclosed: (name: string) => `${name} (destination not disclosed)`,
	summaryMoreOrigins: (count: number) =>
		count === 1
			? 'Moves from 1 more organization are drawn too.'
			: `Moves from ${enNumber(count)} more organizations are drawn too.`,
	linkStated: 'Stated in the article.',
	linkUndisclosed: 'The article does not say where.',
	linkImplied: 'Implied by the article.',
	linkLater: 'From other reporting, not the article.',
	linkImported: 'From your file.',
	legendImported: 'from your file',
	legendStated: 'stated in the article',
	legendUndisclosed: 'destination not disclosed',
	legendUnnamedStartup: 'a startup the source does not name',
	flowOtherToOther: (count: number) =>
		`Not drawn: ${count === 1 ? '1 move' : `${enNumber(count)} moves`} from “Other” to “Other”.`,
	legendLater: 'other reporting (not in the article)',
	legendLabel: 'How to read the flows',
	showLater: 'Show what other reporting adds',
	flowEmpty: 'No moves to draw.',
	flowLeftOut: (count: number) =>
		count === 1
			? '1 flow could not be drawn and is left out.'
			: `${enNumber(count)} flows could not be drawn and are left out.`,
	shareHeading: 'A share, not people',
	shareNote: 'A share of a whole staff over a period, not the people drawn above.',
	trendHeading: 'The wider trend',
	timelineHeading: 'When',
	timelineChartLabel: 'Timeline of events and departures',
	timelineEmpty: 'Nothing dated to draw.',
	timelineItemLabel: (what: string, when: string) => `${what}: ${when}`,
	timelineCountMoves: (count: number) => (count === 1 ? '1 move' : `${enNumber(count)} moves`),
	timelineCountEvents: (count: number) => (count === 1 ? '1 event' : `${enNumber(count)} events`),
	timelineCountFigures: (count: number) =>
		count === 1 ? '1 figure over a period' : `${enNumber(count)} figures over a period`,
	timelineSummaryBetween: (what: string, from: DateInSentence, to: DateInSentence) =>
		`The timeline places ${what} between ${from.text} and ${to.text}.`,
	timelineSummaryBy: (what: string, date: DateInSentence) =>
		`The timeline places ${what} ${date.precision === 'day' ? 'on or before' : 'in or before'} ${date.text}.`,
	timelineSummaryOn: (what: string, date: DateInSentence) =>
		`The timeline places ${what} ${date.precision === 'day' ? 'on' : 'in'} ${date.text}.`,
	timelineSummaryEnds: (first: string, firstDate: string, last: string, lastDate: string) =>
		`First: ${first} (${firstDate}); last: ${last} (${lastDate}).`,
	timelineSummaryBusiest: (unit: 'month' | 'year', period: string, count: number) =>
		`The busiest ${unit}: ${period}, with ${count === 1 ? '1 move' : `${enNumber(count)} moves`}.`,
	timelineSummaryUndated: (count: number) =>
		count === 1
			? '1 more fact has no date and is not placed on it.'
			: `${enNumber(count)} more facts have no date and are not placed on it.`,
	dateWithWording: (date: string, wording: string) => `${date} (the source says “${wording}”)`,
	undatedHeading: 'Not dated in the sources',
	binLabel: (period: string, count: number) =>
		`${period}: ${count === 1 ? '1 move' : `${enNumber(count)} moves`}`,
	timelineBinnedMonths: 'Too many to draw one by one: each bar counts the moves of a month.',
	timelineBinnedYears: 'Too many to draw one by one: each bar counts the moves of a year.',
	otherOrganizations: (count: number) => `Other (${enNumber(count)} organizations)`,
	eventKindLayoff: 'Layoffs',
	eventKindRecruiting: 'Recruiting',
	eventKindRetentionEffort: 'Retention effort',
	eventKindOffers: 'Offers',
	eventKindDepartures: 'Departures',
	eventKindAnnouncement: 'Announcement',
	eventKindReport: 'Report',
	eventKindPublication: 'Publication',
	shareRowLabel: (percent: string) => `> ${percent} of AI staff`,
	detailHeading: 'Details',
	detailEmpty:
		'Select a sentence, a flow or an event (click, or Enter): its facts and their sources show here. Escape clears.',
	detailClear: 'Clear the selection',
	detailSentence: (id: string) => `Sentence ${id} of the article states:`,
	detailMark: 'This mark stands for:',
	movesTableHeading: 'The moves, as a table',
	columnPerson: 'Person',
	columnFrom: 'From',
	columnTo: 'To',
	columnMoves: 'Moves',
	flowsShareEvidence: 'Every flow in this table has the same evidence:',
	filterHeading: 'Filter by organization',
	filterHint: 'Show only the moves that leave or join the organizations you pick.',
	filterClear: 'Clear all',
	filterChoice: (name: string, count: number) => `${name} (${enNumber(count)})`,
	filterEmpty: 'No moves match the filter. Clear it to see everything.',
	filterSummary: (shown: number, total: number) => `Showing ${enNumber(shown)} of ${enNumber(total)} moves.`,
	filterAll: (total: number) =>
		total === 1 ? 'Showing the one move.' : `Showing all ${enNumber(total)} moves.`,
	urlNoticeHeading: 'Part of the address was ignored:',
	urlUnknownCompany: (value: string) => `no organization has the id “${value}”`,
	urlDuplicateCompany: (value: string) => `“${value}” was given twice`,
	urlTooManyCompanies: (limit: number) => `only the first ${enNumber(limit)} organizations are used`,
	urlTooLong: (parameter: string, limit: number) =>
		`the value of “${parameter}” is longer than ${enNumber(limit)} characters`,
	urlBadValue: (parameter: string, value: string) => `“${value}” is not a value “${parameter}” takes`,
	urlUnknownParameter: (parameter: string) => `“${parameter}” is not something this page reads`,
	urlUnknownPerson: (value: string) => `no person has the id “${value}”`,
	personFollow: (name: string) => `Show only the moves of ${name}`,
	windowLabel: 'Time window (arrows: move, Shift+arrows: resize, Escape: clear)',
	windowNone: 'All dates. Drag across the timeline to choose a window.',
	windowChosen: (span: string) => `Time window: ${span}.`,
	/** A time window open at its end, or at its start (one with both ends is a `dateRange`). */
	windowFrom: (from: string) => `from ${from} on`,
	windowUpTo: (to: string) => `up to ${to}`,
	windowClear: 'Clear the time window',
	windowRule: 'An uncertain date counts when its range overlaps the window; undated moves are left out.',
	datasetHeading: 'Data shown',
	datasetArticle: 'The facts of the article credited to Spiceworks (English original of April 2024).',
	datasetImported: (fileName: string, moves: number, kept: boolean) =>
		`Your import: ${fileName} (${moves === 1 ? '1 move' : `${enNumber(moves)} moves`})${kept ? ', kept in this browser' : ''}.`,
	importHeading: (fileName: string) => `Talent flows in ${fileName}`,
	datasetBackToArticle: 'Back to the article’s data',
	datasetImport: 'Import your data…',
	storageSavedInvalid:
		'A saved import could not be restored: it no longer matches the format. The article’s data is shown.',
	storageSavedUnreadable: (fileName: string) =>
		`The saved import “${fileName}” could not be read (older version or damaged); the article’s data is shown.`,
	certaintyOther: '(other reporting)',
	refinesArticleMove: 'The article reports this departure; other reporting says where it led.',
	storageRemoveSaved: 'Remove the saved import',
	storageUnavailable: 'This browser’s storage is unavailable: an import will not survive a reload.',
	storageNotSaved:
		'The import is shown but could not be kept in this browser’s storage; a reload will lose it.',
	importNotPrepared:
		'The import could not be prepared for display in this page (it may be too large for this device); the data shown is unchanged.',
	exportHeading: 'Take the data',
	exportDataset: 'Download the whole dataset (JSON)',
	exportView: 'Download this view (JSON)',
	exportMovesCsv: 'Download the moves (CSV)',
	exportSchema: 'The JSON Schema',
	exportArticle: 'The article, split into sentences (JSON)',
	exportFlowSvg: 'Flow diagram as SVG',
	exportFlowPng: 'Flow diagram as PNG',
	exportTimelineSvg: 'Timeline as SVG',
	exportTimelinePng: 'Timeline as PNG',
	exportFailed: (message: string) => `The export failed: ${message}.`,
	exportPlainLink: 'Without JavaScript, the dataset is also at',
	tablePages: (table: string) => `Pages of “${table}”`,
	tableShowing: (from: number, to: number, total: number) =>
		`Rows ${enNumber(from)}–${enNumber(to)} of ${enNumber(total)}`,
	tableFirst: 'First rows',
	tablePrevious: 'Previous rows',
	tableNext: 'Next rows',
	tableLast: 'Last rows',
	/** The rows of one file that state a fact: “row 13”, “rows 13 and 14”. */
	importRows: (rows: readonly number[]) =>
		`${rows.length === 1 ? 'row' : 'rows'} ${listOf(
			Array.from(rows, (row) => formatRowNumber(row, 'en')),
			'en'
		)}`,
	aggregateProvenance: (rows: number, sha256: string, query: string) =>
		`counted from ${enNumber(rows)} rows (SHA-256 ${sha256.slice(0, 12)}…) by the query ${query}`,
	importClose: 'Close',
	viewFailed: (view: string) => `Something went wrong while showing ${view}.`,
	viewFailedRest: 'The rest of the page still works, and your data is unchanged.',
	viewRetry: 'Try again',
	viewFlow: 'the flow diagram',
	viewShare: 'the share of staff',
	viewTrend: 'the wider trend',
	viewTimeline: 'the timeline',
	viewImport: 'the import window',
	viewSeeTable: 'See the moves as a table',
	errorTitle: 'Something went wrong',
	errorNotFound: 'There is no page at this address.',
	errorBack: 'Back to the dashboard',
	errorDataUnavailable: (path: string, status: number, statusText: string) =>
		`Could not read ${path} (error ${status}${statusText ? `, ${statusText}` : ''}).`
};

/** Every message of the interface: the English catalog defines the keys, French provides them all. */
export type Messages = { [K in keyof typeof en]: (typeof en)[K] };
