import type { DialogMessages } from './en';
import { formatCount, formatDecimal, formatRowNumber } from '../../transforms/formatNumbers';

// The French wording of the import dialog; it loads with the dialog, like the English.

const frNumber = (value: number) => formatCount(value, 'fr');

// Every key of the English catalog, checked by the type.
export const frDialog: DialogMessages = {
	importTitle: 'Importer vos données',
	importIntro:
		'Un fichier JSON au format de ce tableau de bord, un CSV de mouvements (personne, de, vers, date) ou un CSV de parcours (une ligne par poste\u00a0: personne, organisation, titre, début, fin). Les dates peuvent être 2024, 2024-03, 2024-03-26 ou vides.',
	importLimits: (megabytes: number, jsonMegabytes: number, rows: number, characters: number) =>
		`Jusqu’à ${frNumber(megabytes)}\u00a0Mo (JSON\u00a0: ${frNumber(jsonMegabytes)}\u00a0Mo), ${frNumber(rows)} lignes, ${frNumber(characters)} caractères par cellule. Le fichier reste dans votre navigateur.`,
	importChoose: 'Choisir un fichier',
	importDrop: 'ou le déposer ici',
	importReading: 'Lecture du fichier…',
	importKind: 'Ce fichier contient',
	importKindCareers: 'des parcours (une ligne par poste)',
	importKindMoves: 'des mouvements (une ligne par mouvement)',
	importMappingHeading: 'Quelle colonne contient quoi',
	importMappingNone: '— aucune —',
	importRequired: 'obligatoire',
	importPreview: (count: number) => `Les premières lignes sur ${frNumber(count)}\u00a0:`,
	importPreviewLabel: 'Les premières lignes du fichier',
	importStart: 'Importer',
	importCancel: 'Annuler',
	importAnother: 'Choisir un autre fichier',
	importProgress: 'Progression de l’import',
	importStageReading: 'Lecture du fichier…',
	importStageParsing: 'Lecture des lignes et calcul des mouvements…',
	importStageChecking: 'Vérification du résultat…',
	importStageDone: 'Terminé.',
	importFailed: 'Rien n’a été importé. Vos données actuelles sont inchangées.',
	importSummary: (accepted: number, moves: number, seconds: number) =>
		`${accepted === 1 ? '1 ligne lue' : `${frNumber(accepted)} lignes lues`}, ${moves === 1 ? '1 mouvement' : `${frNumber(moves)} mouvements`}, en ${formatDecimal(seconds, 'fr')}\u00a0s.`,
	importFlowsSummary: (flows: number, moves: number, seconds: number) =>
		`${flows === 1 ? '1 flux lu' : `${frNumber(flows)} flux lus`}, comptant ${moves === 1 ? '1 mouvement' : `${frNumber(moves)} mouvements`} en tout, en ${formatDecimal(seconds, 'fr')}\u00a0s.`,
	importRejected: (count: number) =>
		count === 1 ? '1 ligne a été écartée\u00a0:' : `${frNumber(count)} lignes ont été écartées\u00a0:`,
	importRejectedMore: (count: number) => `…et ${frNumber(count)} de plus.`,
	importNoticedMore: (count: number) =>
		count === 1 ? '…et 1 remarque de plus.' : `…et ${frNumber(count)} remarques de plus.`,
	importNoticed: (rows: number) =>
		rows === 1
			? '1 ligne a été gardée, avec une remarque sur ce qui a été lu avec souplesse\u00a0:'
			: `${frNumber(rows)} lignes ont été gardées, avec une remarque sur ce qui a été lu avec souplesse\u00a0:`,
	importUndated: (count: number) =>
		count === 1
			? '1 poste n’a ni début ni fin et ne compte pour aucun mouvement.'
			: `${frNumber(count)} postes n’ont ni début ni fin et ne comptent pour aucun mouvement.`,
	importRefined: (count: number) =>
		count === 1
			? 'Parmi les mouvements, 2 racontent le même (celui de l’article, et où d’autres sources disent qu’il a mené)\u00a0: il compte une fois.'
			: `Parmi les mouvements, ${frNumber(count * 2)} en racontent ${frNumber(count)} (ceux de l’article, et où d’autres sources disent qu’ils ont mené)\u00a0: chacun compte une fois.`,
	importUse: (moves: number) =>
		moves === 1 ? 'Utiliser ce mouvement' : `Utiliser ces ${frNumber(moves)} mouvements`,
	importProblemAt: (where: string, message: string) => `${where}\u00a0: ${message}`,
	importRowProblem: (row: number, field: string, message: string) =>
		field
			? `Ligne ${formatRowNumber(row, 'fr')}, ${field}\u00a0: ${message}`
			: `Ligne ${formatRowNumber(row, 'fr')}\u00a0: ${message}`,
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
	} as Record<string, string>
};
