import type { Locale } from './locales';
import { formatCount, formatDecimal, formatRowNumber } from '../transforms/formatNumbers';

// Numbers in messages are written the reader's way ("12,345 rows", "12 345 lignes"); the choice
// between singular and plural still reads the number itself.
const enNumber = (value: number) => formatCount(value, 'en');
const frNumber = (value: number) => formatCount(value, 'fr');

/** A formatted date and how precise it is: French says "le 3 avril 2024" but "en avril 2024". */
export interface DateInSentence {
	text: string;
	precision: 'day' | 'month' | 'year';
}
const frDate = (date: DateInSentence) => (date.precision === 'day' ? `le ${date.text}` : date.text);

// The English catalog defines the keys; French must provide every one of them (checked by the type).
const en = {
	siteName: 'Talent Flows',
	pageTitle: 'AI talent leaving Meta: the facts of one article, each with its source',
	pageIntro:
		'Every fact below is taken from one news article and carries the words that state it. Sentences of the article that state a fact are marked; facts from later reporting are kept apart and graded.',
	skipToContent: 'Skip to the content',
	languageSwitchLabel: 'Language',
	themeDark: 'Dark theme',
	otherLanguageLink: 'Lire en français',
	articleHeading: 'The article',
	articleNote: (publisher: string, date: string) =>
		`Published by ${publisher}, in French translation; the original appeared in English on ${date} (date from later reporting).`,
	articleLanguageNote: 'The article is shown in its original French.',
	translationToggle: 'Read our English translation',
	translationBanner: (by: string) =>
		`You are reading a translation by ${by}, not the article’s own words. Quotes and evidence stay in the original French.`,
	factSentenceLabel: (count: number) =>
		count === 1 ? '1 fact in this sentence' : `${enNumber(count)} facts in this sentence`,
	factsHeading: 'The facts',
	factsIntro: (article: number, later: number) =>
		`${enNumber(article)} facts from the article, ${enNumber(later)} from later reporting.`,
	factsFromArticle: 'From the article',
	factsFromLater: 'From later reporting (not in the article)',
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
	orgKindUnnamedStartup: 'startup not named in the source',
	orgKindUndisclosed: 'destination not disclosed',
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
	dateUntil: (end: string) => `until ${end}`,
	dateSince: (start: string) => `from ${start}`,
	dateRange: (start: string, end: string) => `${start} to ${end}`,
	footerCredit: 'Article credited to',
	footerProject: 'Talent Flows is open source.',
	flowHeading: 'Who left, and where to',
	flowChartLabel:
		'Flow diagram: from the organization people left, to the kind of place they went, to where they went',
	flowLinkLabel: (from: string, to: string, people: string, how: string) =>
		`${from} → ${to}: ${people}. ${how}`,
	flowNodeLabel: (name: string, people: string) => `${name}: ${people}`,
	peopleCount: (count: number, names: string) =>
		`${count === 1 ? '1 person' : `${enNumber(count)} people`} (${names})`,
	andMore: (count: number) => `and ${enNumber(count)} more`,
	summaryOrigin: (people: number, origin: string, who: string) =>
		`${people === 1 ? '1 person' : `${enNumber(people)} people`} left ${origin}: ${who}.`,
	summaryTo: (name: string, to: string) => `${name} for ${to}`,
	summaryUndisclosed: (name: string) => `${name} (destination not disclosed)`,
	summaryMoreOrigins: (count: number) => `Moves from ${enNumber(count)} more organizations are drawn too.`,
	linkStated: 'Stated in the article.',
	linkUndisclosed: 'The article does not say where.',
	linkImplied: 'Implied by the article.',
	linkLater: 'From later reporting, not the article.',
	linkImported: 'From your file.',
	legendImported: 'from your file',
	legendStated: 'stated in the article',
	legendUndisclosed: 'destination not disclosed',
	legendLater: 'later reporting (not in the article)',
	legendLabel: 'How to read the flows',
	showLater: 'Show what later reporting adds',
	flowEmpty: 'No moves to draw.',
	flowLeftOut: (count: number) =>
		count === 1
			? '1 flow could not be drawn and is left out.'
			: `${enNumber(count)} flows could not be drawn and are left out.`,
	nodeKindBigTech: 'Big tech',
	nodeKindAiStartup: 'AI startup',
	nodeKindUnnamedStartup: 'Startup, unnamed',
	nodeKindUndisclosed: 'Not disclosed',
	nodeKindUnknown: 'Kind unknown',
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
	timelineSummaryOn: (what: string, date: DateInSentence) =>
		`The timeline places ${what} ${date.precision === 'day' ? 'on' : 'in'} ${date.text}.`,
	timelineSummaryEnds: (first: string, firstDate: string, last: string, lastDate: string) =>
		`First: ${first} (${firstDate}); last: ${last} (${lastDate}).`,
	timelineSummaryBusiest: (unit: 'month' | 'year', period: string, count: number) =>
		`The busiest ${unit}: ${period}, with ${count === 1 ? '1 fact' : `${enNumber(count)} facts`}.`,
	timelineSummaryUndated: (count: number) =>
		count === 1
			? '1 more fact has no date and is not placed on it.'
			: `${enNumber(count)} more facts have no date and are not placed on it.`,
	dateWithWording: (date: string, wording: string) => `${date} (the source says “${wording}”)`,
	undatedHeading: 'Not dated in the sources',
	binLabel: (period: string, count: number) =>
		`${period}: ${count === 1 ? '1 fact' : `${enNumber(count)} facts`}`,
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
	filterHeading: 'Filter by organization',
	filterHint: 'Show only the moves that leave or join the organizations you pick.',
	filterClear: 'Clear all',
	filterShowAll: (count: number) => `Show all ${enNumber(count)}`,
	filterShowFewer: 'Show fewer',
	filterChoice: (name: string, count: number) => `${name} (${enNumber(count)})`,
	filterEmpty: 'No moves leave or join the organizations picked. Clear the filter to see everything.',
	filterSummary: (shown: number, total: number) => `Showing ${enNumber(shown)} of ${enNumber(total)} moves.`,
	urlNoticeHeading: 'Part of the address was ignored:',
	urlUnknownCompany: (value: string) => `no organization has the id “${value}”`,
	urlDuplicateCompany: (value: string) => `“${value}” was given twice`,
	urlTooManyCompanies: (limit: number) => `only the first ${enNumber(limit)} organizations are used`,
	urlTooLong: (parameter: string, limit: number) =>
		`the value of “${parameter}” is longer than ${enNumber(limit)} characters`,
	urlBadValue: (parameter: string, value: string) => `“${value}” is not a value “${parameter}” takes`,
	urlUnknownParameter: (parameter: string) => `“${parameter}” is not something this page reads`,
	datasetHeading: 'Data shown',
	datasetArticle: 'The facts of the article (Spiceworks, April 2024).',
	datasetImported: (fileName: string, moves: number) =>
		`Your import: ${fileName} (${moves === 1 ? '1 move' : `${enNumber(moves)} moves`}), kept in this browser.`,
	datasetBackToArticle: 'Back to the article’s data',
	datasetImport: 'Import your data…',
	storageSavedInvalid:
		'A saved import could not be restored: it no longer matches the format. The article’s data is shown.',
	storageUnavailable: 'This browser’s storage is unavailable: an import will not survive a reload.',
	storageNotSaved:
		'The import is shown but could not be kept in this browser’s storage; a reload will lose it.',
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
	tableTruncated: (shown: number, total: number) =>
		`The first ${enNumber(shown)} of ${enNumber(total)} rows are listed; download the CSV or JSON for all of them.`,
	importTitle: 'Import your data',
	importIntro:
		'A JSON file in this dashboard’s format, a CSV of moves (person, from, to, date), or a CSV of career histories (one row per position: person, organization, title, start, end). Dates may be 2024, 2024-03, 2024-03-26 or empty.',
	importLimits: (megabytes: number, rows: number, characters: number) =>
		`Up to ${enNumber(megabytes)} MB, ${enNumber(rows)} rows, ${enNumber(characters)} characters per cell. The file stays in your browser.`,
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
	importRow: (row: number) => `row ${formatRowNumber(row, 'en')}`,
	importStart: 'Import',
	importCancel: 'Cancel',
	importClose: 'Close',
	importAnother: 'Choose another file',
	importProgress: 'Import progress',
	importStageReading: 'Reading the file…',
	importStageParsing: 'Reading rows and deriving moves…',
	importStageChecking: 'Checking the result…',
	importStageDone: 'Done.',
	importFailed: 'Nothing was imported. Your current data is unchanged.',
	importSummary: (accepted: number, moves: number, seconds: number) =>
		`${accepted === 1 ? '1 row' : `${enNumber(accepted)} rows`} read, ${moves === 1 ? '1 move' : `${enNumber(moves)} moves`}, in ${formatDecimal(seconds, 'en')} s.`,
	importRejected: (count: number) =>
		count === 1 ? '1 row was left out:' : `${enNumber(count)} rows were left out:`,
	importRejectedMore: (count: number) => `…and ${enNumber(count)} more.`,
	importUndated: (count: number) =>
		count === 1
			? '1 position has neither start nor end and takes no part in moves.'
			: `${enNumber(count)} positions have neither start nor end and take no part in moves.`,
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
	} as Record<string, string>,
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
	errorBack: 'Back to the dashboard'
};

export type Messages = { [K in keyof typeof en]: (typeof en)[K] };

const fr: Messages = {
	siteName: 'Talent Flows',
	pageTitle: 'Les talents de l’IA quittent Meta : les faits d’un article, chacun avec sa source',
	pageIntro:
		'Chaque fait ci-dessous vient d’un article de presse et porte les mots qui l’énoncent. Les phrases de l’article qui énoncent un fait sont surlignées ; les faits issus d’articles ultérieurs sont tenus à part et notés.',
	skipToContent: 'Aller au contenu',
	languageSwitchLabel: 'Langue',
	themeDark: 'Thème sombre',
	otherLanguageLink: 'Read in English',
	articleHeading: 'L’article',
	articleNote: (publisher: string, date: string) =>
		`Publié par ${publisher}, en traduction française ; l’original anglais a paru le ${date} (date issue d’articles ultérieurs).`,
	articleLanguageNote: 'L’article est présenté dans sa version française d’origine.',
	translationToggle: 'Lire notre traduction anglaise',
	translationBanner: (by: string) =>
		`Vous lisez une traduction de ${by}, pas les mots de l’article. Citations et preuves restent en français.`,
	factSentenceLabel: (count: number) =>
		count === 1 ? '1 fait dans cette phrase' : `${frNumber(count)} faits dans cette phrase`,
	factsHeading: 'Les faits',
	factsIntro: (article: number, later: number) =>
		`${frNumber(article)} faits tirés de l’article, ${frNumber(later)} d’articles ultérieurs.`,
	factsFromArticle: 'Tiré de l’article',
	factsFromLater: 'D’articles ultérieurs (absent de l’article)',
	factsFromImport: 'De votre fichier importé',
	columnKind: 'Type',
	columnStatement: 'Fait',
	columnDate: 'Quand',
	columnCertainty: 'Certitude',
	columnEvidence: 'Source',
	kindOrganization: 'Organisation',
	kindPerson: 'Personne',
	kindMove: 'Départ',
	kindAggregate: 'Chiffre',
	kindEvent: 'Événement',
	kindReason: 'Raison',
	kindTrend: 'Tendance',
	orgKindBigTech: 'géant de la technologie',
	orgKindAiStartup: 'startup d’IA',
	orgKindUnnamedStartup: 'startup non nommée par la source',
	orgKindUndisclosed: 'destination non divulguée',
	orgKindUnknown: 'type inconnu',
	certaintyStated: 'affirmé',
	certaintyImplied: 'sous-entendu',
	certaintyUndisclosed: 'non divulgué',
	certaintyNone: '—',
	confidence: (level: string) => `fiabilité : ${level}`,
	confidenceHigh: 'élevée',
	confidenceMediumHigh: 'moyenne à élevée',
	confidenceMedium: 'moyenne',
	confidenceLow: 'faible',
	ourTranslation: (text: string) => `notre traduction : ${text}`,
	moveStatement: (person: string, from: string, to: string) => `${person} quitte ${from} pour ${to}`,
	moveStatementUndisclosed: (person: string, from: string) =>
		`${person} quitte ${from} ; sa destination n’est pas divulguée`,
	aggregateStatement: (bound: string, percent: string, population: string, organization: string) =>
		`${bound} ${percent} de ${population} ont quitté ${organization}`,
	boundLower: 'Plus de',
	boundUpper: 'Moins de',
	boundApproximate: 'Environ',
	boundExact: 'Exactement',
	trendExamplesNote: 'Des exemples de la tendance, pas la destination des personnes citées.',
	quoteLink: (sentence: string) => `Afficher la phrase ${sentence} dans l’article`,
	laterSource: (publisher: string, title: string) => `${publisher} : ${title}`,
	dateUnknown: 'non daté',
	dateUntil: (end: string) => `jusqu’au ${end}`,
	dateSince: (start: string) => `depuis ${start}`,
	dateRange: (start: string, end: string) => `de ${start} à ${end}`,
	footerCredit: 'Article attribué à',
	footerProject: 'Talent Flows est un logiciel libre.',
	flowHeading: 'Qui est parti, et pour où',
	flowChartLabel: 'Diagramme de flux : de l’organisation quittée, au type de destination, à la destination',
	flowLinkLabel: (from: string, to: string, people: string, how: string) =>
		`${from} → ${to} : ${people}. ${how}`,
	flowNodeLabel: (name: string, people: string) => `${name} : ${people}`,
	peopleCount: (count: number, names: string) =>
		`${count === 1 ? '1 personne' : `${frNumber(count)} personnes`} (${names})`,
	andMore: (count: number) => `et ${frNumber(count)} de plus`,
	summaryOrigin: (people: number, origin: string, who: string) =>
		`${people === 1 ? '1 personne a quitté' : `${frNumber(people)} personnes ont quitté`} ${origin} : ${who}.`,
	summaryTo: (name: string, to: string) => `${name} pour ${to}`,
	summaryUndisclosed: (name: string) => `${name} (destination non divulguée)`,
	summaryMoreOrigins: (count: number) =>
		`Les départs de ${frNumber(count)} autres organisations sont aussi dessinés.`,
	linkStated: 'Affirmé par l’article.',
	linkUndisclosed: 'L’article ne dit pas où.',
	linkImplied: 'Sous-entendu par l’article.',
	linkLater: 'D’articles ultérieurs, pas de l’article.',
	linkImported: 'De votre fichier.',
	legendImported: 'de votre fichier',
	legendStated: 'affirmé par l’article',
	legendUndisclosed: 'destination non divulguée',
	legendLater: 'articles ultérieurs (absent de l’article)',
	legendLabel: 'Comment lire les flux',
	showLater: 'Afficher ce qu’ajoutent les articles ultérieurs',
	flowEmpty: 'Aucun départ à dessiner.',
	flowLeftOut: (count: number) =>
		count === 1
			? '1 flux n’a pas pu être dessiné et est omis.'
			: `${frNumber(count)} flux n’ont pas pu être dessinés et sont omis.`,
	nodeKindBigTech: 'Géant de la tech',
	nodeKindAiStartup: 'Startup d’IA',
	nodeKindUnnamedStartup: 'Startup non nommée',
	nodeKindUndisclosed: 'Non divulguée',
	nodeKindUnknown: 'Type inconnu',
	shareHeading: 'Une part, pas des personnes',
	shareNote: 'Une part de tout un personnel sur une période, pas les personnes dessinées ci-dessus.',
	trendHeading: 'La tendance générale',
	timelineHeading: 'Quand',
	timelineChartLabel: 'Chronologie des événements et des départs',
	timelineEmpty: 'Rien de daté à dessiner.',
	timelineItemLabel: (what: string, when: string) => `${what} : ${when}`,
	timelineCountMoves: (count: number) => (count === 1 ? '1 départ' : `${frNumber(count)} départs`),
	timelineCountEvents: (count: number) => (count === 1 ? '1 événement' : `${frNumber(count)} événements`),
	timelineCountFigures: (count: number) =>
		count === 1 ? '1 chiffre sur une période' : `${frNumber(count)} chiffres sur une période`,
	timelineSummaryBetween: (what: string, from: DateInSentence, to: DateInSentence) =>
		`La chronologie place ${what} entre ${frDate(from)} et ${frDate(to)}.`,
	timelineSummaryOn: (what: string, date: DateInSentence) =>
		`La chronologie place ${what} ${date.precision === 'day' ? 'le' : 'en'} ${date.text}.`,
	timelineSummaryEnds: (first: string, firstDate: string, last: string, lastDate: string) =>
		`En premier : ${first} (${firstDate}) ; en dernier : ${last} (${lastDate}).`,
	timelineSummaryBusiest: (unit: 'month' | 'year', period: string, count: number) =>
		`${unit === 'month' ? 'Le mois le plus chargé' : 'L’année la plus chargée'} : ${period}, avec ${count === 1 ? '1 fait' : `${frNumber(count)} faits`}.`,
	timelineSummaryUndated: (count: number) =>
		count === 1
			? '1 autre fait n’a pas de date et n’y figure pas.'
			: `${frNumber(count)} autres faits n’ont pas de date et n’y figurent pas.`,
	dateWithWording: (date: string, wording: string) => `${date} (la source dit « ${wording} »)`,
	undatedHeading: 'Non daté par les sources',
	binLabel: (period: string, count: number) =>
		`${period} : ${count === 1 ? '1 fait' : `${frNumber(count)} faits`}`,
	timelineBinnedMonths:
		'Trop nombreux pour être dessinés un à un : chaque barre compte les départs d’un mois.',
	timelineBinnedYears:
		'Trop nombreux pour être dessinés un à un : chaque barre compte les départs d’une année.',
	otherOrganizations: (count: number) => `Autres (${frNumber(count)} organisations)`,
	eventKindLayoff: 'Licenciements',
	eventKindRecruiting: 'Recrutement',
	eventKindRetentionEffort: 'Rétention',
	eventKindOffers: 'Offres',
	eventKindDepartures: 'Départs',
	eventKindAnnouncement: 'Annonce',
	eventKindReport: 'Révélation',
	eventKindPublication: 'Publication',
	shareRowLabel: (percent: string) => `> ${percent} du personnel IA`,
	detailHeading: 'Détails',
	detailEmpty:
		'Sélectionnez une phrase, un flux ou un événement (clic ou Entrée) : ses faits et leurs sources s’affichent ici. Échap efface.',
	detailClear: 'Effacer la sélection',
	detailSentence: (id: string) => `La phrase ${id} de l’article énonce :`,
	detailMark: 'Cette marque représente :',
	movesTableHeading: 'Les départs, en tableau',
	columnPerson: 'Personne',
	columnFrom: 'De',
	columnTo: 'Vers',
	filterHeading: 'Filtrer par organisation',
	filterHint: 'N’afficher que les départs qui quittent ou rejoignent les organisations choisies.',
	filterClear: 'Tout effacer',
	filterShowAll: (count: number) => `Afficher les ${frNumber(count)}`,
	filterShowFewer: 'En afficher moins',
	filterChoice: (name: string, count: number) => `${name} (${frNumber(count)})`,
	filterEmpty:
		'Aucun départ ne quitte ni ne rejoint les organisations choisies. Effacez le filtre pour tout voir.',
	filterSummary: (shown: number, total: number) =>
		`${frNumber(shown)} départs affichés sur ${frNumber(total)}.`,
	urlNoticeHeading: 'Une partie de l’adresse a été ignorée :',
	urlUnknownCompany: (value: string) => `aucune organisation n’a l’identifiant « ${value} »`,
	urlDuplicateCompany: (value: string) => `« ${value} » figure deux fois`,
	urlTooManyCompanies: (limit: number) =>
		`seules les ${frNumber(limit)} premières organisations sont prises en compte`,
	urlTooLong: (parameter: string, limit: number) =>
		`la valeur de « ${parameter} » dépasse ${frNumber(limit)} caractères`,
	urlBadValue: (parameter: string, value: string) =>
		`« ${value} » n’est pas une valeur admise pour « ${parameter} »`,
	urlUnknownParameter: (parameter: string) => `« ${parameter} » n’est pas lu par cette page`,
	datasetHeading: 'Données affichées',
	datasetArticle: 'Les faits de l’article (Spiceworks, avril 2024).',
	datasetImported: (fileName: string, moves: number) =>
		`Votre import : ${fileName} (${moves === 1 ? '1 départ' : `${frNumber(moves)} départs`}), conservé dans ce navigateur.`,
	datasetBackToArticle: 'Revenir aux données de l’article',
	datasetImport: 'Importer vos données…',
	storageSavedInvalid:
		'Un import enregistré n’a pas pu être restauré : il ne correspond plus au format. Les données de l’article sont affichées.',
	storageUnavailable:
		'Le stockage de ce navigateur est indisponible : un import ne survivra pas à un rechargement.',
	storageNotSaved:
		'L’import est affiché mais n’a pas pu être conservé dans ce navigateur ; un rechargement le perdra.',
	exportHeading: 'Emporter les données',
	exportDataset: 'Télécharger tout le jeu de données (JSON)',
	exportView: 'Télécharger cette vue (JSON)',
	exportMovesCsv: 'Télécharger les départs (CSV)',
	exportSchema: 'Le schéma JSON',
	exportArticle: 'L’article, découpé en phrases (JSON)',
	exportFlowSvg: 'Diagramme de flux en SVG',
	exportFlowPng: 'Diagramme de flux en PNG',
	exportTimelineSvg: 'Chronologie en SVG',
	exportTimelinePng: 'Chronologie en PNG',
	exportFailed: (message: string) => `L’export a échoué : ${message}.`,
	exportPlainLink: 'Sans JavaScript, le jeu de données est aussi à l’adresse',
	tableTruncated: (shown: number, total: number) =>
		`Les ${frNumber(shown)} premières lignes sur ${frNumber(total)} sont affichées ; téléchargez le CSV ou le JSON pour les avoir toutes.`,
	importTitle: 'Importer vos données',
	importIntro:
		'Un fichier JSON au format de ce tableau de bord, un CSV de départs (personne, de, vers, date) ou un CSV de parcours (une ligne par poste : personne, organisation, titre, début, fin). Les dates peuvent être 2024, 2024-03, 2024-03-26 ou vides.',
	importLimits: (megabytes: number, rows: number, characters: number) =>
		`Jusqu’à ${frNumber(megabytes)} Mo, ${frNumber(rows)} lignes, ${frNumber(characters)} caractères par cellule. Le fichier reste dans votre navigateur.`,
	importChoose: 'Choisir un fichier',
	importDrop: 'ou le déposer ici',
	importReading: 'Lecture du fichier…',
	importKind: 'Ce fichier contient',
	importKindCareers: 'des parcours (une ligne par poste)',
	importKindMoves: 'des départs (une ligne par départ)',
	importMappingHeading: 'Quelle colonne contient quoi',
	importMappingNone: '— aucune —',
	importRequired: 'obligatoire',
	importPreview: (count: number) => `Les premières lignes sur ${frNumber(count)} :`,
	importPreviewLabel: 'Les premières lignes du fichier',
	importRow: (row: number) => `ligne ${formatRowNumber(row, 'fr')}`,
	importStart: 'Importer',
	importCancel: 'Annuler',
	importClose: 'Fermer',
	importAnother: 'Choisir un autre fichier',
	importProgress: 'Progression de l’import',
	importStageReading: 'Lecture du fichier…',
	importStageParsing: 'Lecture des lignes et calcul des départs…',
	importStageChecking: 'Vérification du résultat…',
	importStageDone: 'Terminé.',
	importFailed: 'Rien n’a été importé. Vos données actuelles sont inchangées.',
	importSummary: (accepted: number, moves: number, seconds: number) =>
		`${accepted === 1 ? '1 ligne lue' : `${frNumber(accepted)} lignes lues`}, ${moves === 1 ? '1 départ' : `${frNumber(moves)} départs`}, en ${formatDecimal(seconds, 'fr')} s.`,
	importRejected: (count: number) =>
		count === 1 ? '1 ligne a été écartée :' : `${frNumber(count)} lignes ont été écartées :`,
	importRejectedMore: (count: number) => `…et ${frNumber(count)} de plus.`,
	importUndated: (count: number) =>
		count === 1
			? '1 poste n’a ni début ni fin et ne compte pour aucun départ.'
			: `${frNumber(count)} postes n’ont ni début ni fin et ne comptent pour aucun départ.`,
	importUse: (moves: number) =>
		moves === 1 ? 'Utiliser ce départ' : `Utiliser ces ${frNumber(moves)} départs`,
	importProblemAt: (where: string, message: string) => `${where} : ${message}`,
	importRowProblem: (row: number, field: string, message: string) =>
		field
			? `Ligne ${formatRowNumber(row, 'fr')}, ${field} : ${message}`
			: `Ligne ${formatRowNumber(row, 'fr')} : ${message}`,
	importField: {
		person: 'Personne',
		organization: 'Organisation',
		title: 'Titre',
		start: 'Début',
		start_precision: 'Précision du début',
		end: 'Fin',
		end_precision: 'Précision de la fin',
		from: 'De',
		to: 'Vers',
		date: 'Date',
		date_end: 'Date (fin de période)',
		precision: 'Précision de la date',
		wording: 'Formulation de la date',
		certainty: 'Certitude'
	} as Record<string, string>,
	viewFailed: (view: string) => `Impossible d’afficher ${view} : une erreur est survenue.`,
	viewFailedRest: 'Le reste de la page fonctionne toujours, et vos données sont inchangées.',
	viewRetry: 'Réessayer',
	viewFlow: 'le diagramme de flux',
	viewShare: 'la part du personnel',
	viewTrend: 'la tendance générale',
	viewTimeline: 'la chronologie',
	viewImport: 'la fenêtre d’import',
	viewSeeTable: 'Voir les départs en tableau',
	errorTitle: 'Une erreur est survenue',
	errorNotFound: 'Il n’y a pas de page à cette adresse.',
	errorBack: 'Retour au tableau de bord'
};

const catalogs: Record<Locale, Messages> = { en, fr };

/** The message catalog for a locale. */
export function messagesFor(locale: Locale): Messages {
	return catalogs[locale];
}
