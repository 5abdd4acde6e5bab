import type { DateInSentence } from '../en';
import type { BalanceMessages } from './en';
import { formatCount } from '../../transforms/formatNumbers';
import { de, deAtStart } from '../frenchDe';

// The French wording of the balance, retention and career path; it loads with their islands.

const frNumber = (value: number) => formatCount(value, 'fr');
// French puts 0 and 1 in the singular.
const counted = (count: number, one: string, many: string) => `${frNumber(count)} ${count > 1 ? many : one}`;
const moves = (count: number) => counted(count, 'départ', 'départs');
const at = (date: DateInSentence) => (date.precision === 'day' ? `le ${date.text}` : `en ${date.text}`);

// Every key of the English catalog, checked by the type.
export const frBalance: BalanceMessages = {
	balanceHeading: (names: string) => `Bilan ${de(names)}`,
	balanceScopeAll: 'Sur toutes les dates que gardent les filtres (sans fenêtre de temps).',
	balanceScopeWindow: (span: string) => `Sur la fenêtre de temps, ${span}.`,
	balanceGroupNote:
		'Les organisations choisies comptent comme un seul groupe\u00a0: un mouvement de l’une vers l’autre n’est ni une arrivée ni un départ du groupe.',
	balanceArrivals: 'Arrivées',
	balanceDepartures: 'Départs',
	balanceNet: 'Solde',
	balanceInternal: 'Entre les organisations choisies',
	balanceSummary: (names: string, arrivals: number, departures: number, net: string) =>
		`${names}\u00a0: ${counted(arrivals, 'arrivée', 'arrivées')}, ${moves(departures)}, solde ${net}.`,
	balanceShowMoves: (what: string) => `${what}\u00a0: les lister dans le tableau`,
	balanceArrivalsCount: (count: number) => counted(count, 'arrivée', 'arrivées'),
	balanceDeparturesCount: (count: number) => moves(count),
	balanceNetCount: (net: string) => `Solde ${net}`,
	balanceInternalCount: (count: number) =>
		`${counted(count, 'mouvement', 'mouvements')} entre les organisations choisies`,
	balancePairWay: (from: string, to: string) => `${from} → ${to}`,
	balanceLabelled: (label: string, value: string) => `${label}\u00a0: ${value}`,
	balanceLead: (label: string) => `${label}\u00a0:`,
	balancePairRatio: (ratio: string) => `${ratio} pour 1`,
	balancePairNoneBack: 'aucun en sens inverse',
	balanceSources: 'D’où venaient les arrivées',
	balanceDestinations: 'Où sont allés les départs',
	balanceNoSources: 'Aucune arrivée.',
	balanceNoDestinations: 'Aucun départ.',
	balanceTallyLabel: (name: string, count: number) =>
		`${name}\u00a0: ${counted(count, 'mouvement', 'mouvements')}`,
	balanceNetHeading: (unit: 'month' | 'year') => (unit === 'month' ? 'Solde par mois' : 'Solde par année'),
	balanceNetChartLabel: (unit: 'month' | 'year') =>
		unit === 'month'
			? 'Solde par mois\u00a0: une barre au-dessus de la ligne pour chaque mois avec plus d’arrivées que de départs, en dessous pour plus de départs. Chaque barre liste ses mouvements.'
			: 'Solde par année\u00a0: une barre au-dessus de la ligne pour chaque année avec plus d’arrivées que de départs, en dessous pour plus de départs. Chaque barre liste ses mouvements.',
	balanceNetPeriod: (period: string, arrivals: number, departures: number, net: string) =>
		`${period}\u00a0: ${counted(arrivals, 'entrée', 'entrées')}, ${counted(departures, 'sortie', 'sorties')}, solde ${net}`,
	balanceNetSummary: (first: string, last: string, best: string, worst: string) =>
		`${first === last ? `En ${first}` : `${deAtStart(first)} à ${last}`}. Plus fort gain\u00a0: ${best}. Plus forte perte\u00a0: ${worst}.`,
	balanceNetNone: 'aucun',
	balanceNetEmpty:
		'Aucune arrivée ni aucun départ n’est daté dans une seule période\u00a0: aucun n’est tracé.',
	balanceUndated: (arrivals: number, departures: number) =>
		`Non datés, donc dans aucune période\u00a0: ${counted(arrivals, 'entrée', 'entrées')}, ${counted(departures, 'sortie', 'sorties')}.`,
	balanceLoose: (unit: 'month' | 'year', arrivals: number, departures: number) =>
		`Datés seulement d’une période à cheval sur plusieurs ${unit === 'month' ? 'mois' : 'années'}, donc dans aucune barre\u00a0: ${counted(arrivals, 'entrée', 'entrées')}, ${counted(departures, 'sortie', 'sorties')}.`,
	balanceAsTable: 'Les mêmes chiffres, en tableau',
	balancePeriod: 'Période',
	balanceDownloadCsv: 'Télécharger le bilan (CSV)',
	balanceDownloadJson: 'Télécharger le bilan (JSON)',
	balanceDownloadFailed: (message: string) => `Le téléchargement a échoué\u00a0: ${message}.`,
	retentionHeading: 'Rétention',
	retentionIntro:
		'Parmi les personnes arrivées par un mouvement une année donnée, combien étaient encore là 1 an et 2 ans plus tard.',
	retentionRule: (lastDate: string) =>
		`Un séjour prend fin au mouvement suivant de la personne hors de l’organisation ou, à défaut, à la fin de son dernier poste dans l’organisation, si les données en donnent la date\u00a0: cette fin compte comme un départ. Quelqu’un qu’on ne voit jamais partir ne compte comme encore là que si les données vont au-delà de l’anniversaire\u202f; elles s’arrêtent le ${lastDate}. Qui est arrivé trop près de cette date est censuré\u00a0: écarté du chiffre et compté à part («\u00a0trop récent\u00a0»). De même pour un départ dont les dates ne disent pas de quel côté de l’anniversaire il tombe, ou pour une fin trop vague pour être datée («\u00a0incertain\u00a0»). Un retour chez un ancien employeur est une nouvelle arrivée.`,
	retentionNoPeople:
		'La rétention n’est pas affichée\u00a0: ce fichier compte des flux entre organisations et ne suit personne, aucun séjour ne peut donc être mesuré.',
	retentionNoStays:
		'La rétention n’est pas affichée\u00a0: dans ces données, personne n’est vu quitter un lieu où il est arrivé, on ne peut donc pas dire combien de temps les gens restent.',
	retentionNone: 'Personne n’est arrivé dans ces organisations par un mouvement daté parmi ceux affichés.',
	retentionCaption: (names: string) => `Rétention chez ${names}`,
	retentionCaptionByYear: (names: string) => `Rétention chez ${names}, par année d’arrivée`,
	retentionByYear: (count: number) => `Année par année (${counted(count, 'année', 'années')})`,
	retentionOrganization: 'Organisation',
	retentionYear: 'Arrivés en',
	retentionJoined: 'Arrivés',
	retentionAfter: (years: number) =>
		years === 1 ? 'Encore là après 1 an' : `Encore là après ${frNumber(years)} ans`,
	retentionShare: (stayed: number, told: number, percent: string) =>
		`${frNumber(stayed)} sur ${frNumber(told)} (${percent})`,
	retentionNotTold: 'impossible à dire',
	retentionLeft: (count: number) => counted(count, 'parti', 'partis'),
	retentionLeftOut: (censored: number, unclear: number) =>
		[
			censored ? counted(censored, 'trop récent', 'trop récents') : '',
			unclear ? counted(unclear, 'incertain', 'incertains') : ''
		]
			.filter(Boolean)
			.join(', '),
	retentionLoose: (name: string, count: number) =>
		`${name}\u00a0: ${count > 1 ? `${frNumber(count)} arrivées sont datées` : `${frNumber(count)} arrivée est datée`} seulement d’une période à cheval sur plusieurs années, donc ${count > 1 ? 'comptées' : 'comptée'} dans le total mais dans aucune année.`,
	retentionUndated: (name: string, count: number) =>
		`${name}\u00a0: ${count > 1 ? `${frNumber(count)} arrivées n’ont pas de date et ne sont` : `${frNumber(count)} arrivée n’a pas de date et n’est`} dans aucune année.`,
	focusShowing: (count: number, what: string) =>
		`Le tableau liste ${count > 1 ? `les ${frNumber(count)} mouvements` : `${frNumber(count)} mouvement`} derrière un chiffre du bilan\u00a0: ${what}.`,
	focusClear: 'Afficher tous les mouvements',
	focusDownloadCsv: 'Télécharger ces mouvements (CSV)',
	focusDownloadJson: 'Télécharger ces mouvements (JSON)',
	focusArrivals: (group: string) => `arrivées chez ${group}`,
	focusDepartures: (group: string) => `départs ${de(group)}`,
	focusNet: (group: string) => `arrivées chez ${group} et départs ${de(group)}`,
	focusInternal: (group: string) => `mouvements entre ${group}`,
	focusFrom: (group: string, source: string) => `arrivées chez ${group} venant ${de(source)}`,
	focusTo: (group: string, destination: string) => `départs ${de(group)} vers ${destination}`,
	focusPair: (from: string, to: string) => `mouvements ${de(from)} vers ${to}`,
	focusStayed: (group: string, years: number) =>
		`arrivées chez ${group} encore là après ${years === 1 ? '1 an' : `${frNumber(years)} ans`}`,
	focusLeft: (group: string, years: number) =>
		`arrivées chez ${group} reparties en moins ${years === 1 ? 'd’un an' : `de ${frNumber(years)} ans`}`,
	focusOther: 'les organisations non nommées («\u00a0Autres\u00a0»)',
	focusIn: (what: string, period: DateInSentence) => `${what}, ${at(period)}`,
	focusUndated: (what: string) => `${what}, non datés`,
	careerHeading: (name: string) => `Parcours ${de(name)}`,
	careerIntro:
		'Chaque lieu, du mouvement qui y a mené la personne à celui qui l’en a fait partir, daté aussi précisément que la source date ces mouvements.',
	careerJoined: 'Arrivée',
	careerLeft: 'Départ',
	careerStartUnknown: 'aucun mouvement d’arrivée connu',
	careerStill: 'aucun départ connu ensuite',
	careerBreak: 'Les sources ne donnent aucun mouvement entre ces deux lieux.',
	careerUndated: 'Mouvements sans date, qui ne peuvent pas être placés dans le parcours\u00a0:',
	careerEvidence: 'Sources',
	careerPositions: (name: string) => `Lieux occupés par ${name}, dans l’ordre`,
	dateBy: (date: DateInSentence) =>
		date.precision === 'day' ? `au plus tard le ${date.text}` : `en ${date.text} ou avant`,
	dateFrom: (date: DateInSentence) => `${at(date)} ou après`,
	dateBetween: (start: string, end: string) => `entre ${start} et ${end}`
};
