import type { Found } from '../../problems/codes';
import { wordFound } from '../../problems/found';
import type { ProblemCatalog } from '../../problems/say';
import { MEGABYTE, readsPastLimit } from '../../import/limits';
import { SCHEMA_VERSION } from '../../schema/version';
import { formatCount, formatDecimal, formatNumber, formatRowNumber } from '../../transforms/formatNumbers';
import { frDialog } from '../dialog/fr';

// The French wording of every problem the importer and the validator report, by code. It loads on
// its own, with the import dialog, rather than with the page's catalog (it names the mapping step's
// fields as the dialog does).

const frNumber = (value: number) => formatCount(value, 'fr');

/** A file's size past a limit, as `enSizeOver` says it, in French. */
const frSizeOver = (megabytes: number, limit: number, theLimit: string) =>
	readsPastLimit(megabytes, limit)
		? `${formatDecimal(megabytes, 'fr')}\u00a0Mo\u202f; ${theLimit} ${frNumber(limit)}\u00a0Mo`
		: `${frNumber(Math.round(megabytes * MEGABYTE))}\u00a0octets\u202f; ${theLimit} ${frNumber(limit)}\u00a0Mo (${frNumber(limit * MEGABYTE)}\u00a0octets)`;

/** A value of a JSON file, named in French; texts and numbers as the file writes them. */
const frFound = (found: Found) =>
	wordFound(found, {
		null: 'null',
		list: 'une liste',
		object: 'un objet',
		boolean: 'un booléen',
		nothing: 'rien',
		text: (text) => `le texte ${text}`,
		number: (number) => `le nombre ${number}`
	});

/** zod's names of types, as a French sentence says them. */
const frTypes: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	int: 'un nombre entier',
	boolean: 'true ou false',
	object: 'un objet',
	array: 'une liste',
	literal: 'une valeur fixe'
};
const frType = (expected: string) => frTypes[expected] ?? expected;

/** French puts 0 and 1 in the singular. */
const frPlural = (count: number, one: string, many: string) => (count < 2 ? one : many);

// What the importer and the validator say, by problem code. Values from the file (cells, ids,
// JSON texts) are quoted as they are written; JSON texts keep their JSON quotes.
const problem: ProblemCatalog['problem'] = {
	fileEmpty: () => 'le fichier est vide',
	fileTooBig: ({ megabytes, limit }) => `le fichier pèse ${frSizeOver(megabytes, limit, 'la limite est de')}`,
	jsonTooBig: ({ megabytes, limit }) =>
		`le fichier JSON pèse ${frSizeOver(megabytes, limit, 'la limite pour le JSON est de')}`,
	notPlainText: ({ csv }) =>
		`le fichier n’est pas du texte brut (il est peut-être en UTF-16 ou binaire)\u202f; enregistrez-le en ${csv ? 'CSV UTF-8' : 'UTF-8'}`,
	notUtf8: ({ line }) =>
		`le fichier n’est pas du texte UTF-8\u00a0: la ligne ${formatRowNumber(line, 'fr')} contient un caractère enregistré dans un autre encodage (peut-être Windows-1252 ou Latin-1)\u202f; enregistrez le fichier en UTF-8`,
	jsonNotUtf8: () =>
		'le fichier n’est pas du texte UTF-8 (il est peut-être en UTF-16 ou binaire)\u202f; enregistrez-le en UTF-8',
	// The detail is the browser's own English: French gives its place in the file when it is known.
	invalidJson: ({ line, column }) =>
		line !== undefined && column !== undefined
			? `ce n’est pas du JSON valide (erreur ligne ${formatRowNumber(line, 'fr')}, colonne ${formatRowNumber(column, 'fr')})`
			: 'ce n’est pas du JSON valide',
	jsonTooDeep: ({ limit }) => `le JSON est imbriqué sur plus de ${frNumber(limit)} niveaux`,
	textTooLong: ({ limit, key }) =>
		`${key ? 'un nom de champ' : 'un texte'} dépasse ${frNumber(limit)} caractères`,
	unterminatedQuote: () =>
		'un champ entre guillemets n’est jamais refermé\u00a0: cherchez un caractère " égaré',
	emptyHeader: () => 'la première ligne devrait nommer les colonnes, et elle est vide',
	headerTooLong: ({ column, start, limit }) =>
		`le nom de la colonne ${frNumber(column)} de la première ligne («\u00a0${start}…\u00a0») dépasse ${frNumber(limit)} caractères`,
	tooManyRows: ({ rows, limit }) =>
		`le fichier compte ${frNumber(rows)} lignes\u202f; la limite est de ${frNumber(limit)}`,
	noColumnFor: ({ fields }) =>
		`aucune colonne n’est choisie pour ${fields.map((f) => frDialog.importField[f] ?? f).join(', ')}\u202f; choisissez-en une à l’étape des colonnes`,
	noRowImported: () => 'aucune ligne n’a pu être importée',
	importCrashed: ({ detail }) => `l’import a échoué de façon inattendue\u00a0: ${detail}`,
	importUnavailable: () => 'l’import n’a pas pu s’exécuter dans ce navigateur',
	tooManyCells: ({ cells, columns }) =>
		`compte ${frNumber(cells)} cellules alors que l’en-tête nomme ${frNumber(columns)} colonnes`,
	tooLong: ({ limit }) => `dépasse ${frNumber(limit)} caractères`,
	noPerson: () => 'aucune personne n’est nommée',
	noOrganization: () => 'aucune organisation n’est nommée',
	notADate: ({ value }) => `«\u00a0${value}\u00a0» n’est pas une date comme 2024, 2024-03 ou 2024-03-26`,
	notInCalendar: ({ value }) => `la date ${value} n’existe pas dans le calendrier`,
	dateAmbiguous: ({ value, dayFirst, monthFirst }) =>
		`«\u00a0${value}\u00a0» peut être ${dayFirst} (jour d’abord) ou ${monthFirst} (mois d’abord), et le fichier ne dit pas lequel vient en premier\u202f; écrivez-la année d’abord, comme ${dayFirst} ou ${monthFirst}`,
	dateUnpadded: ({ value, read }) =>
		`«\u00a0${value}\u00a0» est lue comme ${read} (mois et jour écrits sur deux chiffres)`,
	precisionCoarsened: ({ precision, value, to, read }) =>
		to === 'unknown'
			? `la précision «\u00a0${precision}\u00a0» est plus vague qu’une année\u00a0: la date ${value} est gardée avec une précision inconnue et ne date aucun mouvement`
			: `la précision «\u00a0${precision}\u00a0» n’est ni «\u00a0day\u00a0», ni «\u00a0month\u00a0», ni «\u00a0year\u00a0» (jour, mois, année)\u00a0: la date ${value} est gardée comme ${read}, connue ${to === 'month' ? 'au mois' : 'à l’année'}`,
	precisionUnknown: ({ precision }) =>
		`la précision «\u00a0${precision}\u00a0» devrait être «\u00a0year\u00a0», «\u00a0month\u00a0» ou «\u00a0day\u00a0» (année, mois ou jour)`,
	precisionTooFine: ({ precision, value }) =>
		`la précision «\u00a0${precision}\u00a0» est plus fine que la date ${value}`,
	endsBeforeStart: ({ start, end }) => `se termine (${end}) avant de commencer (${start})`,
	cellEmpty: () => 'est vide',
	sameOrganization: () => 'est la même organisation que celle quittée',
	unknownDateHasBounds: () => 'une date inconnue ne peut avoir ni début ni fin',
	certaintyUnknown: () => 'devrait être stated, implied ou undisclosed',
	periodEndsBeforeStart: () => 'la période se termine avant de commencer',
	repeatsRow: ({ first }) => `reprend mot pour mot la ligne ${formatRowNumber(first, 'fr')}`,
	idTaken: ({ id, at }) => `l’identifiant «\u00a0${id}\u00a0» est déjà utilisé en ${at}`,
	noSuchOrganization: ({ id }) => `aucune organisation n’a l’identifiant «\u00a0${id}\u00a0»`,
	noSuchPerson: ({ id }) => `aucune personne n’a l’identifiant «\u00a0${id}\u00a0»`,
	noSuchSource: ({ id }) => `aucune source n’a l’identifiant «\u00a0${id}\u00a0»`,
	needsProvenance: () =>
		'une source dont kind vaut «\u00a0aggregate\u00a0» nomme son fichier, ses lignes, son SHA-256 et sa requête dans «\u00a0provenance\u00a0»',
	wrongSourceKind: ({ basis, kind }) =>
		`une preuve dont basis vaut «\u00a0${basis}\u00a0» ne peut pas citer une source dont kind vaut «\u00a0${kind}\u00a0»`,
	noSuchSentence: ({ sentence }) => `l’article n’a pas de phrase «\u00a0${sentence}\u00a0»`,
	quoteNotInSentence: ({ sentence }) =>
		`ces mots ne figurent pas dans la phrase «\u00a0${sentence}\u00a0» de l’article`,
	moveGoesNowhere: () => 'un mouvement doit mener à une autre organisation que celle qu’il quitte',
	noSuchMove: ({ id }) => `aucun mouvement n’a l’identifiant «\u00a0${id}\u00a0»`,
	refinedTwice: ({ id, at }) =>
		`le mouvement «\u00a0${id}\u00a0» est déjà précisé en ${at}\u00a0: un mouvement ne se précise qu’une fois`,
	refinesOutsideDates: ({ id }) =>
		`les dates d’un mouvement qui en précise un autre doivent tenir dans celles de «\u00a0${id}\u00a0»\u00a0: il peut dater le mouvement plus précisément, pas autrement`,
	refinesAnotherDeparture: ({ id }) =>
		`le mouvement «\u00a0${id}\u00a0» en est un autre\u00a0: un mouvement ne peut préciser que celui de la même personne quittant la même organisation`,
	refinesOnlyTheArticle: ({ id }) =>
		`seul un mouvement connu d’autres sources peut préciser un mouvement de l’article, et «\u00a0${id}\u00a0» n’est pas un mouvement de l’article, ou ce mouvement-ci ne vient pas d’autres sources`,
	noSuchItem: ({ list, count }) =>
		`devrait être la place d’un élément de «\u00a0${list}\u00a0», comptée à partir de 0, et cette liste en compte ${frNumber(count)}`,
	columnLength: ({ length, first, expected }) =>
		`compte ${frNumber(length)} valeurs quand «\u00a0${first}\u00a0» en compte ${frNumber(expected)}\u00a0: chaque colonne a une valeur par flux`,
	otherSourceNeedsAddress: () =>
		'une autre source a besoin d’une url, l’adresse https:// où la lire\u00a0: une source se cite par son média, son titre et son adresse',
	otherSourcePlaceholder: ({ field }) =>
		`ce ${field === 'title' ? 'titre' : 'média'} ressemble à un texte provisoire\u202f; donnez ${field === 'title' ? 'le titre' : 'le nom du média'} tel que publié`,
	dayNotInEvidence: () =>
		'ce mouvement est daté au jour près, mais aucune preuve ne donne ce jour\u00a0: citez une source publiée ce jour-là (son «\u00a0published\u00a0» de précision «\u00a0day\u00a0»), citez l’article avec les mots qui donnent le jour dans «\u00a0wording\u00a0», ou donnez une période',
	stayEndDayNotInEvidence: () =>
		'la fin de ce séjour est datée au jour près, mais aucune preuve du mouvement ne donne ce jour\u00a0: citez une source publiée ce jour-là, citez l’article avec les mots qui donnent le jour dans «\u00a0wording\u00a0», ou donnez une période',
	dateShape: () => 'il faut une date comme 2024-03 ou 2024-03-26',
	dateNotReal: () => 'cette date n’existe pas dans le calendrier',
	unknownDateBounded: () => 'une date inconnue n’a ni début ni fin',
	rangeNeedsBound: () => 'une période demande un début, une fin ou les deux',
	rangeEndsBeforeStart: () => 'la période se termine avant de commencer',
	precisionNeedsStart: ({ precision }) => `une date de précision «\u00a0${precision}\u00a0» demande un début`,
	precisionShape: ({ precision, example }) =>
		`la précision «\u00a0${precision}\u00a0» demande une date comme ${example}`,
	onlyRangeHasEnd: () => 'seule une période a une fin\u202f; utilisez la précision «\u00a0range\u00a0»',
	httpsAddress: () => 'il faut une adresse en https://',
	schemaVersion: () => `il faut schemaVersion ${SCHEMA_VERSION}`,
	needsSource: () => 'un jeu de données cite au moins une source',
	needsVisibleCharacter: () => 'il faut au moins un caractère visible',
	directionControl: () =>
		'contient un caractère qui inverse le sens du texte (comme U+202E)\u202f; supprimez-le',
	idNotText: () => 'il faut un identifiant (un texte)',
	idShape: () =>
		'il faut un identifiant fait de lettres minuscules, de chiffres et de tirets, comme «\u00a0erik-meijer\u00a0»',
	idTooLong: () => 'un identifiant compte au plus 120 caractères',
	quoteTooShort: () => 'une citation demande au moins quelques mots',
	needsEvidence: () => 'chaque fait demande au moins une preuve',
	missing: ({ expected }) => `manquant\u00a0: il faut ${frType(expected)}`,
	wrongType: ({ expected, found }) => `il faut ${frType(expected)}, pas ${frFound(found)}`,
	unknownFields: ({ keys, count }) =>
		`${frPlural(count, 'champ inconnu', 'champs inconnus')} ${keys.join(', ')}${count > keys.length ? ` et ${frNumber(count - keys.length)} autres` : ''}`,
	wrongValue: ({ values, found }) =>
		values.length === 1
			? `il faut ${values[0]}, pas ${frFound(found)}`
			: `il faut l’une des valeurs ${values.join(', ')}, pas ${frFound(found)}`,
	noShapeMatches: () => 'ne correspond à aucune des formes admises',
	tooFewItems: ({ minimum }) =>
		`il faut au moins ${formatNumber(minimum, 'fr')} ${frPlural(minimum, 'élément', 'éléments')}`,
	emptyText: () => 'ne doit pas être vide',
	tooFewCharacters: ({ minimum }) => `il faut au moins ${formatNumber(minimum, 'fr')} caractères`,
	tooSmall: ({ minimum, inclusive }) =>
		inclusive
			? `doit valoir au moins ${formatNumber(minimum, 'fr')}`
			: `doit être supérieur à ${formatNumber(minimum, 'fr')}`,
	tooManyItems: ({ maximum }) => `compte plus de ${formatNumber(maximum, 'fr')} éléments`,
	tooBig: ({ maximum, inclusive }) =>
		inclusive
			? `doit valoir au plus ${formatNumber(maximum, 'fr')}`
			: `doit être inférieur à ${formatNumber(maximum, 'fr')}`,
	webAddress: () => 'il faut une adresse web commençant par https://',
	wrongFormat: ({ format }) => `n’est pas au format attendu (${format})`,
	invalid: () => 'n’est pas valide'
};

export const frProblems: ProblemCatalog = {
	problem,
	problemWhere: {
		file: '(fichier)',
		columns: '(colonnes)',
		import: '(import)',
		topLevel: '(racine)',
		row: (row: number, field: string) => `ligne ${formatRowNumber(row, 'fr')}${field ? `, ${field}` : ''}`
	}
};
