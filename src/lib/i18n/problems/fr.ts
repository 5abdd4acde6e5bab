import type { Found } from '../../problems/codes';
import { wordFound } from '../../problems/found';
import type { ProblemCatalog } from '../../problems/say';
import { SCHEMA_VERSION } from '../../schema/version';
import { formatCount, formatDecimal, formatNumber, formatRowNumber } from '../../transforms/formatNumbers';
import { frDialog } from '../dialog/fr';

// The French wording of every problem the importer and the validator report, by code. It loads on
// its own, with the import dialog, rather than with the page's catalog (it names the mapping step's
// fields as the dialog does).

const frNumber = (value: number) => formatCount(value, 'fr');

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
	fileTooBig: ({ megabytes, limit }) =>
		`le fichier pèse ${formatDecimal(megabytes, 'fr')} Mo ; la limite est de ${frNumber(limit)} Mo`,
	notPlainText: ({ csv }) =>
		`le fichier n’est pas du texte brut (il est peut-être en UTF-16 ou binaire) ; enregistrez-le en ${csv ? 'CSV UTF-8' : 'UTF-8'}`,
	notUtf8: ({ line }) =>
		`le fichier n’est pas du texte UTF-8 : la ligne ${formatRowNumber(line, 'fr')} contient un caractère enregistré dans un autre encodage (peut-être Windows-1252 ou Latin-1) ; enregistrez le fichier en UTF-8`,
	jsonNotUtf8: () =>
		'le fichier n’est pas du texte UTF-8 (il est peut-être en UTF-16 ou binaire) ; enregistrez-le en UTF-8',
	// The detail is the browser's own English: French gives its place in the file when it is known.
	invalidJson: ({ line, column }) =>
		line !== undefined && column !== undefined
			? `ce n’est pas du JSON valide (erreur ligne ${formatRowNumber(line, 'fr')}, colonne ${formatRowNumber(column, 'fr')})`
			: 'ce n’est pas du JSON valide',
	jsonTooDeep: ({ limit }) => `le JSON est imbriqué sur plus de ${frNumber(limit)} niveaux`,
	textTooLong: ({ limit, key }) =>
		`${key ? 'un nom de champ' : 'un texte'} dépasse ${frNumber(limit)} caractères`,
	unterminatedQuote: () => 'un champ entre guillemets n’est jamais refermé : cherchez un caractère " égaré',
	emptyHeader: () => 'la première ligne devrait nommer les colonnes, et elle est vide',
	headerTooLong: ({ column, start, limit }) =>
		`le nom de la colonne ${frNumber(column)} de la première ligne (« ${start}… ») dépasse ${frNumber(limit)} caractères`,
	tooManyRows: ({ rows, limit }) =>
		`le fichier compte ${frNumber(rows)} lignes ; la limite est de ${frNumber(limit)}`,
	noColumnFor: ({ fields }) =>
		`aucune colonne n’est choisie pour ${fields.map((f) => frDialog.importField[f] ?? f).join(', ')} ; choisissez-en une à l’étape des colonnes`,
	noRowImported: () => 'aucune ligne n’a pu être importée',
	importCrashed: ({ detail }) => `l’import a échoué de façon inattendue : ${detail}`,
	importUnavailable: () => 'l’import n’a pas pu s’exécuter dans ce navigateur',
	tooManyCells: ({ cells, columns }) =>
		`compte ${frNumber(cells)} cellules alors que l’en-tête nomme ${frNumber(columns)} colonnes`,
	tooLong: ({ limit }) => `dépasse ${frNumber(limit)} caractères`,
	noPerson: () => 'aucune personne n’est nommée',
	noOrganization: () => 'aucune organisation n’est nommée',
	notADate: ({ value }) => `« ${value} » n’est pas une date comme 2024, 2024-03 ou 2024-03-26`,
	notInCalendar: ({ value }) => `la date ${value} n’existe pas dans le calendrier`,
	dateAmbiguous: ({ value, dayFirst, monthFirst }) =>
		`« ${value} » peut être ${dayFirst} (jour d’abord) ou ${monthFirst} (mois d’abord), et le fichier ne dit pas lequel vient en premier ; écrivez-la année d’abord, comme ${dayFirst} ou ${monthFirst}`,
	dateUnpadded: ({ value, read }) =>
		`« ${value} » est lue comme ${read} (mois et jour écrits sur deux chiffres)`,
	precisionCoarsened: ({ precision, value, to, read }) =>
		to === 'unknown'
			? `la précision « ${precision} » est plus vague qu’une année : la date ${value} est gardée avec une précision inconnue et ne date aucun départ`
			: `la précision « ${precision} » n’est ni day, ni month, ni year : la date ${value} est gardée comme ${read}, connue ${to === 'month' ? 'au mois' : 'à l’année'}`,
	precisionUnknown: ({ precision }) => `la précision « ${precision} » devrait être year, month ou day`,
	precisionTooFine: ({ precision, value }) =>
		`la précision « ${precision} » est plus fine que la date ${value}`,
	endsBeforeStart: ({ start, end }) => `se termine (${end}) avant de commencer (${start})`,
	cellEmpty: () => 'est vide',
	sameOrganization: () => 'est la même organisation que celle quittée',
	unknownDateHasBounds: () => 'une date inconnue ne peut avoir ni début ni fin',
	certaintyUnknown: () => 'devrait être stated, implied ou undisclosed',
	periodEndsBeforeStart: () => 'la période se termine avant de commencer',
	repeatsRow: ({ first }) => `reprend mot pour mot la ligne ${formatRowNumber(first, 'fr')}`,
	idTaken: ({ id, at }) => `l’identifiant « ${id} » est déjà utilisé en ${at}`,
	noSuchOrganization: ({ id }) => `aucune organisation n’a l’identifiant « ${id} »`,
	noSuchPerson: ({ id }) => `aucune personne n’a l’identifiant « ${id} »`,
	noSuchSource: ({ id }) => `aucune source n’a l’identifiant « ${id} »`,
	needsProvenance: () =>
		'une source dont kind vaut « aggregate » nomme son fichier, ses lignes, son SHA-256 et sa requête dans « provenance »',
	wrongSourceKind: ({ basis, kind }) =>
		`une preuve dont basis vaut « ${basis} » ne peut pas citer une source dont kind vaut « ${kind} »`,
	noSuchSentence: ({ sentence }) => `l’article n’a pas de phrase « ${sentence} »`,
	quoteNotInSentence: ({ sentence }) =>
		`ces mots ne figurent pas dans la phrase « ${sentence} » de l’article`,
	moveGoesNowhere: () => 'un départ doit mener à une autre organisation que celle qu’il quitte',
	noSuchItem: ({ list, count }) =>
		`devrait être la place d’un élément de « ${list} », comptée à partir de 0, et cette liste en compte ${frNumber(count)}`,
	columnLength: ({ length, first, expected }) =>
		`compte ${frNumber(length)} valeurs quand « ${first} » en compte ${frNumber(expected)} : chaque colonne a une valeur par flux`,
	otherSourceNeedsAddress: () =>
		'une autre source a besoin d’une url, l’adresse https:// où la lire : une source se cite par son média, son titre et son adresse',
	otherSourcePlaceholder: ({ field }) =>
		`ce ${field === 'title' ? 'titre' : 'média'} ressemble à un texte provisoire ; donnez ${field === 'title' ? 'le titre' : 'le nom du média'} tel que publié`,
	dayNotInEvidence: () =>
		'ce départ est daté au jour près, mais aucune preuve ne donne ce jour : citez une source publiée ce jour-là (son « published » de précision « day »), citez l’article avec les mots qui donnent le jour dans « wording », ou donnez une période',
	stayEndDayNotInEvidence: () =>
		'la fin de ce séjour est datée au jour près, mais aucune preuve du départ ne donne ce jour : citez une source publiée ce jour-là, citez l’article avec les mots qui donnent le jour dans « wording », ou donnez une période',
	dateShape: () => 'il faut une date comme 2024-03 ou 2024-03-26',
	dateNotReal: () => 'cette date n’existe pas dans le calendrier',
	unknownDateBounded: () => 'une date inconnue n’a ni début ni fin',
	rangeNeedsBound: () => 'une période demande un début, une fin ou les deux',
	rangeEndsBeforeStart: () => 'la période se termine avant de commencer',
	precisionNeedsStart: ({ precision }) => `une date de précision « ${precision} » demande un début`,
	precisionShape: ({ precision, example }) =>
		`la précision « ${precision} » demande une date comme ${example}`,
	onlyRangeHasEnd: () => 'seule une période a une fin ; utilisez la précision « range »',
	httpsAddress: () => 'il faut une adresse en https://',
	schemaVersion: () => `il faut schemaVersion ${SCHEMA_VERSION}`,
	needsSource: () => 'un jeu de données cite au moins une source',
	needsVisibleCharacter: () => 'il faut au moins un caractère visible',
	directionControl: () => 'contient un caractère qui inverse le sens du texte (comme U+202E) ; supprimez-le',
	idNotText: () => 'il faut un identifiant (un texte)',
	idShape: () =>
		'il faut un identifiant fait de lettres minuscules, de chiffres et de tirets, comme « erik-meijer »',
	idTooLong: () => 'un identifiant compte au plus 120 caractères',
	quoteTooShort: () => 'une citation demande au moins quelques mots',
	needsEvidence: () => 'chaque fait demande au moins une preuve',
	missing: ({ expected }) => `manquant : il faut ${frType(expected)}`,
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
