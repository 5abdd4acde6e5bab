import type { DateInSentence, Messages } from './en';
import { formatCount, formatRowNumber } from '../transforms/formatNumbers';
import { listOf } from '../transforms/formatLists';
import { dateRangeFr, de, startsWithVowel } from './frenchDe';

// Numbers in messages are written the French way ("12 345 lignes"); the choice between singular and
// plural still reads the number itself.
const frNumber = (value: number) => formatCount(value, 'fr');
const frDate = (date: DateInSentence) => (date.precision === 'day' ? `le ${date.text}` : date.text);

// Every key of the English catalog, checked by the type.
export const fr: Messages = {
	siteName: 'Talent Flows',
	pageTitle: 'Les talents de l’IA quittent Meta\u00a0: les faits d’un article, chacun avec sa source',
	pageIntro:
		'Chaque fait ci-dessous vient d’un article de presse et porte les mots qui l’énoncent. Les phrases de l’article qui énoncent un fait sont surlignées\u202f; les faits issus d’autres sources sont tenus à part et notés.',
	skipToContent: 'Aller au contenu',
	languageSwitchLabel: 'Langue',
	themeDark: 'Thème sombre',
	otherLanguageLink: 'Read in English',
	articleHeading: 'L’article',
	articleNote: (publisher: string, date: string) =>
		`Un texte français qui cite ${publisher} pour source\u202f; on ignore qui l’a traduit et publié, et quand. L’original anglais a paru le ${date} (date issue d’autres sources).`,
	articleLanguageNote: 'L’article est présenté dans sa version française d’origine.',
	translationToggle: 'Lire notre traduction anglaise',
	translationBanner: (by: string) =>
		`Vous lisez une traduction de ${by}, pas les mots de l’article. Citations et preuves restent en français.`,
	factSentenceLabel: (count: number) =>
		count === 1 ? '1 fait dans cette phrase' : `${frNumber(count)} faits dans cette phrase`,
	factsHeading: 'Les faits',
	factsIntro: (article: number, later: number) =>
		`${frNumber(article)} faits tirés de l’article, ${frNumber(later)} d’autres sources.`,
	factsIntroImport: (count: number) =>
		count === 1 ? '1 fait tiré de votre fichier.' : `${frNumber(count)} faits tirés de votre fichier.`,
	factsFromArticle: 'Tiré de l’article',
	factsFromLater: 'D’autres sources (absent de l’article)',
	factsFromImport: 'De votre fichier importé',
	columnKind: 'Type',
	columnStatement: 'Fait',
	columnDate: 'Quand',
	columnCertainty: 'Certitude',
	columnEvidence: 'Source',
	kindOrganization: 'Organisation',
	kindPerson: 'Personne',
	kindMove: 'Mouvement',
	kindAggregate: 'Chiffre',
	kindEvent: 'Événement',
	kindReason: 'Raison',
	kindTrend: 'Tendance',
	orgKindBigTech: 'géant de la technologie',
	orgKindAiStartup: 'startup d’IA',
	orgKindUnknown: 'type inconnu',
	certaintyStated: 'affirmé',
	certaintyImplied: 'sous-entendu',
	certaintyUndisclosed: 'non divulgué',
	certaintyNone: '—',
	confidence: (level: string) => `fiabilité\u00a0: ${level}`,
	confidenceHigh: 'élevée',
	confidenceMediumHigh: 'moyenne à élevée',
	confidenceMedium: 'moyenne',
	confidenceLow: 'faible',
	ourTranslation: (text: string) => `notre traduction\u00a0: ${text}`,
	moveStatement: (person: string, from: string, to: string) => `${person} quitte ${from} pour ${to}`,
	moveStatementUndisclosed: (person: string, from: string) =>
		`${person} quitte ${from}\u202f; sa destination n’est pas divulguée`,
	aggregateStatement: (bound: string, percent: string, population: string, organization: string) =>
		`${bound} ${percent} de ${population} ont quitté ${organization}`,
	boundLower: 'Plus de',
	boundUpper: 'Moins de',
	boundApproximate: 'Environ',
	boundExact: 'Exactement',
	trendExamplesNote: 'Des exemples de la tendance, pas la destination des personnes citées.',
	quoteLink: (sentence: string) => `Afficher la phrase ${sentence} dans l’article`,
	laterSource: (publisher: string, title: string) => `${publisher}\u00a0: ${title}`,
	dateUnknown: 'non daté',
	dateUntil: (end: DateInSentence) =>
		end.precision === 'day' ? `jusqu’au ${end.text}` : `jusqu’en ${end.text}`,
	dateSince: (start: string) => `depuis ${start}`,
	dateRange: dateRangeFr,
	footerCredit: 'Article attribué à',
	footerProject: 'Talent Flows est un logiciel libre.',
	flowHeading: 'Qui est parti, et pour où',
	flowChartLabel: 'Diagramme de flux\u00a0: de l’organisation quittée (à gauche) à la destination (à droite)',
	flowLinkLabel: (from: string, to: string, people: string, how: string) =>
		`${from} → ${to}\u00a0: ${people}. ${how}`,
	flowNodeLabel: (name: string, people: string) => `${name}\u00a0: ${people}`,
	peopleCount: (count: number, names: string) =>
		`${count === 1 ? '1 personne' : `${frNumber(count)} personnes`} (${names})`,
	andMore: (count: number) => `et ${frNumber(count)} de plus`,
	othersCount: (count: number) => (count === 1 ? '1 autre' : `${frNumber(count)} autres`),
	movesAndPeople: (moves: number, people: string) => `${frNumber(moves)} mouvements, ${people}`,
	flowStatement: (count: number, from: string, to: string) =>
		`${count === 1 ? '1 départ' : `${frNumber(count)} départs`} ${de(from)} vers ${to}`,
	movesCount: (count: number) => (count === 1 ? '1 mouvement' : `${frNumber(count)} mouvements`),
	summaryFlows: (moves: number, origin: string, where: string) =>
		`${moves === 1 ? '1 départ' : `${frNumber(moves)} départs`} ${de(origin)}, vers ${where}.`,
	summaryFlowTo: (to: string, moves: number) => `${to} (${frNumber(moves)})`,
	noPeopleNote:
		'Ce fichier compte des mouvements entre organisations (chaque ligne un flux de plusieurs)\u00a0: il ne nomme personne, il n’y a donc personne à suivre.',
	summaryOrigin: (people: number, origin: string, who: string) =>
		`${people === 1 ? '1 personne a quitté' : `${frNumber(people)} personnes ont quitté`} ${origin}\u00a0: ${who}.`,
	summaryTo: (name: string, to: string) => `${name} pour ${to}`,
	/** A common noun needs its article inside a sentence: « quitte Meta pour la startup d’IA de Meijer ». */
	unnamedInSentence: (label: string) => {
		const noun = label.charAt(0).toLowerCase() + label.slice(1);
		return startsWithVowel(noun) ? `l’${noun}` : `la ${noun}`;
	},
	summaryUndisclosed: (name: string) => `${name} (destination non divulguée)`,
	summaryMoreOrigins: (count: number) =>
		count === 1
			? 'Les départs d’une autre organisation sont aussi dessinés.'
			: `Les départs de ${frNumber(count)} autres organisations sont aussi dessinés.`,
	linkStated: 'Affirmé par l’article.',
	linkUndisclosed: 'L’article ne dit pas où.',
	linkImplied: 'Sous-entendu par l’article.',
	linkLater: 'D’autres sources, pas de l’article.',
	linkImported: 'De votre fichier.',
	legendImported: 'de votre fichier',
	legendStated: 'affirmé par l’article',
	legendUndisclosed: 'destination non divulguée',
	legendUnnamedStartup: 'une startup que la source ne nomme pas',
	flowOtherToOther: (count: number) =>
		count === 1
			? 'Non dessiné\u00a0: 1 mouvement d’«\u00a0Autres\u00a0» vers «\u00a0Autres\u00a0».'
			: `Non dessinés\u00a0: ${frNumber(count)} mouvements d’«\u00a0Autres\u00a0» vers «\u00a0Autres\u00a0».`,
	legendLater: 'autres sources (absent de l’article)',
	legendLabel: 'Comment lire les flux',
	showLater: 'Afficher ce qu’ajoutent les autres sources',
	flowEmpty: 'Aucun mouvement à dessiner.',
	flowLeftOut: (count: number) =>
		count === 1
			? '1 flux n’a pas pu être dessiné et est omis.'
			: `${frNumber(count)} flux n’ont pas pu être dessinés et sont omis.`,
	shareHeading: 'Une part, pas des personnes',
	shareNote: 'Une part de tout un personnel sur une période, pas les personnes dessinées ci-dessus.',
	trendHeading: 'La tendance générale',
	timelineHeading: 'Quand',
	timelineChartLabel: 'Chronologie des événements et des mouvements',
	timelineEmpty: 'Rien de daté à dessiner.',
	timelineItemLabel: (what: string, when: string) => `${what}\u00a0: ${when}`,
	timelineCountMoves: (count: number) => (count === 1 ? '1 mouvement' : `${frNumber(count)} mouvements`),
	timelineCountEvents: (count: number) => (count === 1 ? '1 événement' : `${frNumber(count)} événements`),
	timelineCountFigures: (count: number) =>
		count === 1 ? '1 chiffre sur une période' : `${frNumber(count)} chiffres sur une période`,
	timelineSummaryBetween: (what: string, from: DateInSentence, to: DateInSentence) =>
		`La chronologie place ${what} entre ${frDate(from)} et ${frDate(to)}.`,
	timelineSummaryBy: (what: string, date: DateInSentence) =>
		`La chronologie place ${what} ${date.precision === 'day' ? 'le' : 'en'} ${date.text} ou avant.`,
	timelineSummaryOn: (what: string, date: DateInSentence) =>
		`La chronologie place ${what} ${date.precision === 'day' ? 'le' : 'en'} ${date.text}.`,
	timelineSummaryEnds: (first: string, firstDate: string, last: string, lastDate: string) =>
		`En premier\u00a0: ${first} (${firstDate})\u202f; en dernier\u00a0: ${last} (${lastDate}).`,
	timelineSummaryBusiest: (unit: 'month' | 'year', period: string, count: number) =>
		`${unit === 'month' ? 'Le mois le plus chargé' : 'L’année la plus chargée'}\u00a0: ${period}, avec ${count === 1 ? '1 mouvement' : `${frNumber(count)} mouvements`}.`,
	timelineSummaryUndated: (count: number) =>
		count === 1
			? '1 autre fait n’a pas de date et n’y figure pas.'
			: `${frNumber(count)} autres faits n’ont pas de date et n’y figurent pas.`,
	dateWithWording: (date: string, wording: string) => `${date} (la source dit «\u00a0${wording}\u00a0»)`,
	undatedHeading: 'Non daté par les sources',
	binLabel: (period: string, count: number) =>
		`${period}\u00a0: ${count === 1 ? '1 mouvement' : `${frNumber(count)} mouvements`}`,
	timelineBinnedMonths:
		'Trop nombreux pour être dessinés un à un\u00a0: chaque barre compte les mouvements d’un mois.',
	timelineBinnedYears:
		'Trop nombreux pour être dessinés un à un\u00a0: chaque barre compte les mouvements d’une année.',
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
		'Sélectionnez une phrase, un flux ou un événement (clic ou Entrée)\u00a0: ses faits et leurs sources s’affichent ici. Échap efface.',
	detailClear: 'Effacer la sélection',
	detailSentence: (id: string) => `La phrase ${id} de l’article énonce\u00a0:`,
	detailMark: 'Cette marque représente\u00a0:',
	movesTableHeading: 'Les mouvements, en tableau',
	columnPerson: 'Personne',
	columnFrom: 'De',
	columnTo: 'Vers',
	columnMoves: 'Départs',
	flowsShareEvidence: 'Tous les flux de ce tableau ont la même source\u00a0:',
	filterHeading: 'Filtrer par organisation',
	filterHint: 'N’afficher que les mouvements qui quittent ou rejoignent les organisations choisies.',
	filterClear: 'Tout effacer',
	filterChoice: (name: string, count: number) => `${name} (${frNumber(count)})`,
	filterEmpty: 'Aucun mouvement ne correspond au filtre. Effacez-le pour tout voir.',
	filterSummary: (shown: number, total: number) =>
		`${frNumber(shown)} mouvements affichés sur ${frNumber(total)}.`,
	filterAll: (total: number) =>
		total === 1 ? 'Le seul mouvement est affiché.' : `Les ${frNumber(total)} mouvements sont affichés.`,
	urlNoticeHeading: 'Une partie de l’adresse a été ignorée\u00a0:',
	urlUnknownCompany: (value: string) => `aucune organisation n’a l’identifiant «\u00a0${value}\u00a0»`,
	urlDuplicateCompany: (value: string) => `«\u00a0${value}\u00a0» figure deux fois`,
	urlTooManyCompanies: (limit: number) =>
		`seules les ${frNumber(limit)} premières organisations sont prises en compte`,
	urlTooLong: (parameter: string, limit: number) =>
		`la valeur de «\u00a0${parameter}\u00a0» dépasse ${frNumber(limit)} caractères`,
	urlBadValue: (parameter: string, value: string) =>
		`«\u00a0${value}\u00a0» n’est pas une valeur admise pour «\u00a0${parameter}\u00a0»`,
	urlUnknownParameter: (parameter: string) => `«\u00a0${parameter}\u00a0» n’est pas lu par cette page`,
	urlUnknownPerson: (value: string) => `aucune personne n’a l’identifiant «\u00a0${value}\u00a0»`,
	personFollow: (name: string) => `Ne montrer que les mouvements ${de(name)}`,
	windowLabel: 'Fenêtre de temps (flèches\u00a0: déplacer, Maj+flèches\u00a0: étendre, Échap\u00a0: effacer)',
	windowNone: 'Toutes les dates. Glissez sur la chronologie pour choisir une fenêtre.',
	windowChosen: (span: string) => `Fenêtre de temps\u00a0: ${span}.`,
	windowFrom: (from: string) => `à partir ${de(from)}`,
	windowUpTo: (to: string) => `jusqu’en ${to}`,
	windowClear: 'Effacer la fenêtre de temps',
	windowRule:
		'Une date incertaine compte si sa plage recoupe la fenêtre\u202f; un mouvement sans date en est exclu.',
	datasetHeading: 'Données affichées',
	datasetArticle: 'Les faits de l’article attribué à Spiceworks (original anglais d’avril 2024).',
	datasetImported: (fileName: string, moves: number, kept: boolean) =>
		`Votre import\u00a0: ${fileName} (${moves === 1 ? '1 mouvement' : `${frNumber(moves)} mouvements`})${kept ? ', conservé dans ce navigateur' : ''}.`,
	importHeading: (fileName: string) => `Flux de talents dans ${fileName}`,
	datasetBackToArticle: 'Revenir aux données de l’article',
	datasetImport: 'Importer vos données…',
	storageSavedInvalid:
		'Un import enregistré n’a pas pu être restauré\u00a0: il ne correspond plus au format. Les données de l’article sont affichées.',
	storageSavedUnreadable: (fileName: string) =>
		`L’import enregistré «\u00a0${fileName}\u00a0» n’a pas pu être relu (ancienne version ou endommagé)\u202f; les données de l’article sont affichées.`,
	certaintyOther: '(autres sources)',
	refinesArticleMove: 'L’article rapporte ce départ\u202f; d’autres sources disent où il a mené.',
	storageRemoveSaved: 'Supprimer l’import enregistré',
	storageUnavailable:
		'Le stockage de ce navigateur est indisponible\u00a0: un import ne survivra pas à un rechargement.',
	storageNotSaved:
		'L’import est affiché mais n’a pas pu être conservé dans ce navigateur\u202f; un rechargement le perdra.',
	importNotPrepared:
		'L’import n’a pas pu être préparé pour l’affichage dans cette page (il est peut-être trop gros pour cet appareil)\u202f; les données affichées sont inchangées.',
	exportHeading: 'Emporter les données',
	exportDataset: 'Télécharger tout le jeu de données (JSON)',
	exportView: 'Télécharger cette vue (JSON)',
	exportMovesCsv: 'Télécharger les mouvements (CSV)',
	exportSchema: 'Le schéma JSON',
	exportArticle: 'L’article, découpé en phrases (JSON)',
	exportFlowSvg: 'Diagramme de flux en SVG',
	exportFlowPng: 'Diagramme de flux en PNG',
	exportTimelineSvg: 'Chronologie en SVG',
	exportTimelinePng: 'Chronologie en PNG',
	exportFailed: (message: string) => `L’export a échoué\u00a0: ${message}.`,
	exportPlainLink: 'Sans JavaScript, le jeu de données est aussi à l’adresse',
	tablePages: (table: string) => `Pages du tableau «\u00a0${table}\u00a0»`,
	tableShowing: (from: number, to: number, total: number) =>
		`Lignes ${frNumber(from)} à ${frNumber(to)} sur ${frNumber(total)}`,
	tableFirst: 'Premières lignes',
	tablePrevious: 'Lignes précédentes',
	tableNext: 'Lignes suivantes',
	tableLast: 'Dernières lignes',
	importRows: (rows: readonly number[]) =>
		`${rows.length === 1 ? 'ligne' : 'lignes'} ${listOf(
			Array.from(rows, (row) => formatRowNumber(row, 'fr')),
			'fr'
		)}`,
	aggregateProvenance: (rows: number, sha256: string, query: string) =>
		`compté sur ${frNumber(rows)} lignes (SHA-256 ${sha256.slice(0, 12)}…) par la requête ${query}`,
	importClose: 'Fermer',
	viewFailed: (view: string) => `Impossible d’afficher ${view}\u00a0: une erreur est survenue.`,
	viewFailedRest: 'Le reste de la page fonctionne toujours, et vos données sont inchangées.',
	viewRetry: 'Réessayer',
	viewFlow: 'le diagramme de flux',
	viewShare: 'la part du personnel',
	viewTrend: 'la tendance générale',
	viewTimeline: 'la chronologie',
	viewImport: 'la fenêtre d’import',
	viewSeeTable: 'Voir les mouvements en tableau',
	errorTitle: 'Une erreur est survenue',
	errorNotFound: 'Il n’y a pas de page à cette adresse.',
	errorBack: 'Retour au tableau de bord',
	errorDataUnavailable: (path: string, status: number) => `Impossible de lire ${path} (erreur ${status}).`
};
