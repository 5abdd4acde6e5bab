import { formatCount } from '../../transforms/formatNumbers';
import type { ExploreMessages } from './en';

const frNumber = (value: number) => formatCount(value, 'fr');

// Every key of the English catalog, checked by the type.
export const frExplore: ExploreMessages = {
	organizationSearchLabel: 'Trouver une organisation',
	personSearchLabel: 'Trouver une personne',
	searchResults: (total: number, listed: number) =>
		total === 0
			? 'Aucun résultat.'
			: total === 1
				? '1 résultat.'
				: listed < total
					? `${frNumber(total)} résultats\u202f; les ${frNumber(listed)} plus actifs sont listés.`
					: `${frNumber(total)} résultats.`,
	searchMoves: (count: number) =>
		count <= 1 ? `${frNumber(count)} mouvement` : `${frNumber(count)} mouvements`,
	personChosen: (name: string) => `Personne choisie\u00a0: ${name} (ses mouvements seulement).`,
	personClear: 'Montrer tout le monde',
	personSearchNone:
		'Aucune personne à chercher\u00a0: ce fichier compte des mouvements entre organisations (chaque ligne un flux de plusieurs) et ne nomme personne.',
	flowNamedLabel: 'Organisations nommées',
	flowNamedAll: (total: number) =>
		total === 1
			? 'La seule organisation est nommée.'
			: `Les ${frNumber(total)} organisations sont toutes nommées.`,
	flowNamedSome: (named: number, total: number, other: number) =>
		`${frNumber(named)} organisations sur ${frNumber(total)} sont nommées, les plus actives\u202f; les ${frNumber(other)} autres sont regroupées sous «\u00a0Autres\u00a0».`
};
