import type { DateInSentence } from '../en';
import { formatCount } from '../../transforms/formatNumbers';

// The wording of the balance, retention and career path, apart from the page's catalog: it loads
// with their islands, once a reader chooses an organization or a person (see ./wording.ts).

const enNumber = (value: number) => formatCount(value, 'en');
const moves = (count: number) => (count === 1 ? '1 move' : `${enNumber(count)} moves`);
const at = (date: DateInSentence) => (date.precision === 'day' ? `on ${date.text}` : `in ${date.text}`);

// The English catalog defines the keys; French must provide every one of them (checked by the type).
export const enBalance = {
	balanceHeading: (names: string) => `Balance of ${names}`,
	balanceScopeAll: 'Over all the dates the filters keep (no time window).',
	balanceScopeWindow: (span: string) => `Over the time window, ${span}.`,
	balanceGroupNote:
		'The organizations chosen are counted as one group: a move between two of them is neither an arrival nor a departure.',
	balanceArrivals: 'Arrivals',
	balanceDepartures: 'Departures',
	balanceNet: 'Net',
	balanceInternal: 'Between the chosen organizations',
	balanceSummary: (names: string, arrivals: number, departures: number, net: string) =>
		`${names}: ${moves(arrivals)} in, ${moves(departures)} out, net ${net}.`,
	balanceShowMoves: (what: string) => `${what}: list these moves in the table`,
	balanceArrivalsCount: (count: number) => (count === 1 ? '1 arrival' : `${enNumber(count)} arrivals`),
	balanceDeparturesCount: (count: number) => (count === 1 ? '1 departure' : `${enNumber(count)} departures`),
	balanceNetCount: (net: string) => `Net ${net}`,
	balanceInternalCount: (count: number) => `${moves(count)} between the chosen organizations`,
	balancePairWay: (from: string, to: string) => `${from} → ${to}`,
	balanceLabelled: (label: string, value: string) => `${label}: ${value}`,
	balanceLead: (label: string) => `${label}:`,
	balancePairRatio: (ratio: string) => `${ratio} to 1`,
	balancePairNoneBack: 'none the other way',
	balanceSources: 'Where arrivals came from',
	balanceDestinations: 'Where departures went',
	balanceNoSources: 'No arrivals.',
	balanceNoDestinations: 'No departures.',
	balanceTallyLabel: (name: string, count: number) => `${name}: ${moves(count)}`,
	balanceNetHeading: (unit: 'month' | 'year'): string =>
		unit === 'month' ? 'Net per month' : 'Net per year',
	balanceNetChartLabel: (unit: 'month' | 'year') =>
		`Net per ${unit}: a bar above the line for each ${unit} with more arrivals than departures, below for more departures. Each bar lists its moves.`,
	balanceNetPeriod: (period: string, arrivals: number, departures: number, net: string) =>
		`${period}: ${enNumber(arrivals)} in, ${enNumber(departures)} out, net ${net}`,
	balanceNetSummary: (first: string, last: string, best: string, worst: string) =>
		`${first === last ? `In ${first}` : `From ${first} to ${last}`}. Largest gain: ${best}. Largest loss: ${worst}.`,
	balanceNetNone: 'none',
	balanceNetEmpty: 'No arrival or departure is dated within one period, so none is drawn.',
	balanceUndated: (arrivals: number, departures: number) =>
		`Not dated, so in no period: ${enNumber(arrivals)} in, ${enNumber(departures)} out.`,
	balanceLoose: (unit: 'month' | 'year', arrivals: number, departures: number) =>
		`Dated only to a span over more than one ${unit}, so in no bar: ${enNumber(arrivals)} in, ${enNumber(departures)} out.`,
	balanceAsTable: 'The same, as a table',
	balancePeriod: 'Period',
	balanceDownloadCsv: 'Download the balance (CSV)',
	balanceDownloadJson: 'Download the balance (JSON)',
	balanceDownloadFailed: (message: string) => `The download failed: ${message}.`,
	retentionHeading: 'Retention',
	retentionIntro:
		'Of the people who joined by a move in a year, how many were still there 1 and 2 years later.',
	retentionRule: (lastDate: string) =>
		`A stay ends at the person’s next move out of the organization or, failing that, when their last position there ended, if the data says when: that end counts as a departure. Someone never seen leaving counts as still there only if the data goes on past the anniversary; it ends on ${lastDate}. Whoever joined too close to that date is censored: left out of the figure and counted apart (“too recent”). So is a departure whose dates cannot tell which side of the anniversary it falls, or an end too vague to date (“unclear”). A return to a past employer is a new arrival.`,
	retentionNoPeople:
		'Retention is not shown: this file counts flows between organizations and follows no one, so no stay can be measured.',
	retentionNoStays:
		'Retention is not shown: in these data no one is seen leaving a place they moved to, so how long people stay cannot be told.',
	retentionNone: 'No one joined these organizations by a dated move among the moves shown.',
	retentionCaption: (names: string) => `Retention at ${names}`,
	retentionCaptionByYear: (names: string) => `Retention at ${names}, by year joined`,
	retentionByYear: (count: number) => `Year by year (${count === 1 ? '1 year' : `${enNumber(count)} years`})`,
	retentionOrganization: 'Organization',
	retentionYear: 'Joined in',
	retentionJoined: 'Joined',
	retentionAfter: (years: number) =>
		years === 1 ? 'Still there after 1 year' : `Still there after ${enNumber(years)} years`,
	retentionShare: (stayed: number, told: number, percent: string) =>
		`${enNumber(stayed)} of ${enNumber(told)} (${percent})`,
	retentionNotTold: 'cannot be told',
	retentionLeft: (count: number) => `${enNumber(count)} left`,
	retentionLeftOut: (censored: number, unclear: number) =>
		[censored ? `${enNumber(censored)} too recent` : '', unclear ? `${enNumber(unclear)} unclear` : '']
			.filter(Boolean)
			.join(', '),
	retentionLoose: (name: string, count: number) =>
		`${name}: ${count === 1 ? '1 arrival is' : `${enNumber(count)} arrivals are`} dated only to a span over more than one year, so counted in the total but in no year.`,
	retentionUndated: (name: string, count: number) =>
		`${name}: ${count === 1 ? '1 arrival has' : `${enNumber(count)} arrivals have`} no date and ${count === 1 ? 'is' : 'are'} in no year.`,
	focusShowing: (count: number, what: string) =>
		`The table lists the ${count === 1 ? 'move' : `${enNumber(count)} moves`} behind one number of the balance: ${what}.`,
	focusClear: 'Show every move',
	focusDownloadCsv: 'Download these moves (CSV)',
	focusDownloadJson: 'Download these moves (JSON)',
	focusArrivals: (group: string) => `arrivals at ${group}`,
	focusDepartures: (group: string) => `departures from ${group}`,
	focusNet: (group: string) => `arrivals at and departures from ${group}`,
	focusInternal: (group: string) => `moves between ${group}`,
	focusFrom: (group: string, source: string) => `arrivals at ${group} from ${source}`,
	focusTo: (group: string, destination: string) => `departures from ${group} to ${destination}`,
	focusPair: (from: string, to: string) => `moves from ${from} to ${to}`,
	focusStayed: (group: string, years: number) =>
		`arrivals at ${group} still there after ${years === 1 ? '1 year' : `${enNumber(years)} years`}`,
	focusLeft: (group: string, years: number) =>
		`arrivals at ${group} gone within ${years === 1 ? '1 year' : `${enNumber(years)} years`}`,
	focusOther: 'the organizations not named (“Other”)',
	focusIn: (what: string, period: DateInSentence) => `${what}, ${at(period)}`,
	focusUndated: (what: string) => `${what}, not dated`,
	careerHeading: (name: string) => `Career path of ${name}`,
	careerIntro:
		'Each place, from the move that brought the person there to the move that took them away, dated as precisely as the source dates the moves.',
	careerJoined: 'Joined',
	careerLeft: 'Left',
	careerStartUnknown: 'no move into it recorded',
	careerStill: 'no later move recorded',
	careerBreak: 'The sources record no move between these two places.',
	careerUndated: 'Moves with no date, which cannot be placed in the path:',
	careerEvidence: 'Evidence',
	careerPositions: (name: string) => `Places held by ${name}, in order`,
	dateBy: (date: DateInSentence) =>
		date.precision === 'day' ? `by ${date.text}` : `in or before ${date.text}`,
	dateFrom: (date: DateInSentence) => `${at(date)} or later`,
	dateBetween: (start: string, end: string) => `between ${start} and ${end}`
};

/** The wording of the balance's islands: the English catalog defines the keys. */
export type BalanceMessages = { [K in keyof typeof enBalance]: (typeof enBalance)[K] };
