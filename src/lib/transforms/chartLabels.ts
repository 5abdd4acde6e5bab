import type { EventKind, Move, OrganizationKind } from '../schema/dataset';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { organizationLabel, type DatasetIndex } from './describeFact';
import {
	NAMED_PEOPLE_IN_LABEL,
	OTHER,
	peopleCarried,
	type FlowGraph,
	type FlowLink,
	type PeopleCarried
} from './flowGraph';
import { formatPercent } from './formatNumbers';
import { remember } from './remember';

/** The name of a destination kind, as a node of the flow diagram. */
export function kindName(kind: OrganizationKind, m: Messages): string {
	return {
		'big-tech': m.nodeKindBigTech,
		'ai-startup': m.nodeKindAiStartup,
		'unnamed-startup': m.nodeKindUnnamedStartup,
		undisclosed: m.nodeKindUndisclosed,
		unknown: m.nodeKindUnknown
	}[kind];
}

/** The name of a kind of event, as a row of the timeline. */
export function eventKindName(kind: EventKind, m: Messages): string {
	return {
		layoff: m.eventKindLayoff,
		recruiting: m.eventKindRecruiting,
		'retention-effort': m.eventKindRetentionEffort,
		offers: m.eventKindOffers,
		departures: m.eventKindDepartures,
		announcement: m.eventKindAnnouncement,
		report: m.eventKindReport,
		publication: m.eventKindPublication
	}[kind];
}

/** A number for each person of a dataset, and for each move the number of its person. */
const peopleNumbers = remember(function peopleNumbers(index: DatasetIndex) {
	const numberOf = new Map<string, number>();
	for (const id of index.people.keys()) numberOf.set(id, numberOf.size);
	const personOfMove = new Map<string, number>();
	for (const [id, move] of index.moves) {
		let number = numberOf.get(move.person);
		if (number === undefined) numberOf.set(move.person, (number = numberOf.size));
		personOfMove.set(id, number);
	}
	return { personOfMove, count: numberOf.size };
});

/** The people each node and link of a graph carries, counted once per graph (not per language). */
const peopleOfFlows = remember(function peopleOfFlows(
	graph: FlowGraph,
	index: DatasetIndex
): ReadonlyMap<string, PeopleCarried> {
	// A filter's graph comes with its people counted (see `peopleCarried`).
	const known = peopleCarried(graph);
	if (known) return known;
	const carried = new Map<string, PeopleCarried>();
	// People are counted by marking their numbers, one mark per flow: a flow of 100,000 moves would
	// otherwise fill (and grow) a set of names, flow after flow.
	const { personOfMove, count: people } = peopleNumbers(index);
	const seenIn = new Int32Array(people);
	let flow = 0;
	const count = (id: string, moves: readonly string[]) => {
		flow++;
		let distinct = 0;
		const first: string[] = [];
		const unknown = new Set<string>();
		for (const move of moves) {
			const number = personOfMove.get(move);
			if (number === undefined) {
				// A move the index does not know stands for a person of its own, named by its id.
				if (unknown.has(move)) continue;
				unknown.add(move);
			} else {
				if (seenIn[number] === flow) continue;
				seenIn[number] = flow;
			}
			distinct++;
			if (first.length < NAMED_PEOPLE_IN_LABEL) first.push(index.moves.get(move)?.person ?? move);
		}
		carried.set(id, { count: distinct, first });
	};
	for (const n of graph.nodes) count(n.id, n.moves);
	for (const l of graph.links) count(l.id, l.moves);
	return carried;
});

/** Names, accessible labels and link descriptions of a flow graph, in the interface language. */
export const flowLabels = remember(function flowLabels(
	graph: FlowGraph,
	index: DatasetIndex,
	locale: Locale,
	m: Messages,
	hiddenOrganizations: number = 0
) {
	const nameOf = (n: FlowGraph['nodes'][number]) =>
		n.organization === OTHER
			? m.otherOrganizations(hiddenOrganizations)
			: n.organization
				? organizationLabel(index.organizations.get(n.organization), locale)
				: kindName(n.kind ?? 'unknown', m);
	const names = new Map(graph.nodes.map((n) => [n.id, nameOf(n)]));
	const carried = peopleOfFlows(graph, index);
	const peopleOf = (id: string) => {
		const { count, first } = carried.get(id) ?? { count: 0, first: [] };
		const names = first.map((p) => index.people.get(p)?.name ?? p);
		if (count > first.length) names.push(m.andMore(count - first.length));
		return m.peopleCount(count, names.join(', '));
	};
	const how = (link: FlowLink) =>
		link.basis === 'import' || link.basis === 'aggregate'
			? m.linkImported
			: link.basis === 'later-reporting'
				? m.linkLater
				: { stated: m.linkStated, undisclosed: m.linkUndisclosed, implied: m.linkImplied }[link.certainty];
	const nodeLabels = new Map(
		graph.nodes.map((n) => [n.id, m.flowNodeLabel(names.get(n.id) ?? n.id, peopleOf(n.id))])
	);
	const linkLabels = new Map(
		graph.links.map((l) => [
			l.id,
			m.flowLinkLabel(
				names.get(l.source) ?? l.source,
				names.get(l.target) ?? l.target,
				peopleOf(l.id),
				how(l)
			)
		])
	);
	return { names, nodeLabels, linkLabels };
});

/** A short row label for a fact on the timeline: a person's name, or an event's kind and people. */
export function timelineRowName(
	fact: { id: string; kind: 'move' | 'event' | 'aggregate' },
	index: DatasetIndex,
	locale: Locale,
	m: Messages
): string {
	if (fact.kind === 'move') {
		const move = index.moves.get(fact.id);
		return move ? (index.people.get(move.person)?.name ?? move.person) : fact.id;
	}
	if (fact.kind === 'aggregate') {
		const a = index.aggregates.get(fact.id);
		const percent = formatPercent(a?.value ?? 0, locale);
		return m.shareRowLabel(percent);
	}
	const event = index.events.get(fact.id);
	if (!event) return fact.id;
	const people = event.people.map((p) => index.people.get(p)?.name.split(' ').at(-1) ?? p);
	return people.length > 0
		? `${eventKindName(event.kind, m)} · ${people.join(', ')}`
		: eventKindName(event.kind, m);
}

/**
 * A sentence or two saying what the flow diagram shows, from the moves drawn: who left where for
 * where, grouped by origin ("3 people left Meta: …"). Large datasets get counts rather than names.
 */
export const flowSummary = remember(function flowSummary(
	moves: readonly Move[],
	index: DatasetIndex,
	locale: Locale,
	m: Messages
): string {
	if (moves.length === 0) return m.flowEmpty;
	const byOrigin = new Map<string, Move[]>();
	for (const move of moves) {
		const leaving = byOrigin.get(move.from);
		if (leaving) leaving.push(move);
		else byOrigin.set(move.from, [move]);
	}
	const list = new Intl.ListFormat(locale, { type: 'conjunction' });
	const origins = [...byOrigin.entries()].sort((a, b) => b[1].length - a[1].length);
	const NAMED_ORIGINS = 3;
	const NAMED_PEOPLE = 6;
	const parts = origins.slice(0, NAMED_ORIGINS).map(([origin, leaving]) => {
		const people = new Set(leaving.map((mv) => mv.person)).size;
		const who = leaving.slice(0, NAMED_PEOPLE).map((mv) => {
			const name = index.people.get(mv.person)?.name ?? mv.person;
			const to = index.organizations.get(mv.to);
			return to?.kind === 'undisclosed'
				? m.summaryUndisclosed(name)
				: m.summaryTo(name, organizationLabel(to, locale));
		});
		if (leaving.length > NAMED_PEOPLE) who.push(m.andMore(leaving.length - NAMED_PEOPLE));
		return m.summaryOrigin(
			people,
			organizationLabel(index.organizations.get(origin), locale),
			list.format(who)
		);
	});
	if (origins.length > NAMED_ORIGINS) parts.push(m.summaryMoreOrigins(origins.length - NAMED_ORIGINS));
	return parts.join(' ');
});
