import type { EventKind, Move, OrganizationKind } from '../schema/dataset';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { organizationLabel, type DatasetIndex } from './describeFact';
import { OTHER, type FlowGraph, type FlowLink } from './flowGraph';
import { formatPercent } from './formatNumbers';

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

/** Names, accessible labels and link descriptions of a flow graph, in the interface language. */
export function flowLabels(
	graph: FlowGraph,
	index: DatasetIndex,
	locale: Locale,
	m: Messages,
	hiddenOrganizations = 0
) {
	const nameOf = (n: FlowGraph['nodes'][number]) =>
		n.organization === OTHER
			? m.otherOrganizations(hiddenOrganizations)
			: n.organization
				? organizationLabel(index.organizations.get(n.organization), locale)
				: kindName(n.kind ?? 'unknown', m);
	const names = new Map(graph.nodes.map((n) => [n.id, nameOf(n)]));
	// A flow of a large import can carry thousands of people: the label names the first few.
	const NAMED = 5;
	const peopleOf = (moves: readonly string[]) => {
		const people = [...new Set(moves.map((id) => index.moves.get(id)?.person ?? id))];
		const names = people.slice(0, NAMED).map((p) => index.people.get(p)?.name ?? p);
		if (people.length > NAMED) names.push(m.andMore(people.length - NAMED));
		return m.peopleCount(people.length, names.join(', '));
	};
	const how = (link: FlowLink) =>
		link.basis === 'import'
			? m.linkImported
			: link.basis === 'later-reporting'
				? m.linkLater
				: { stated: m.linkStated, undisclosed: m.linkUndisclosed, implied: m.linkImplied }[link.certainty];
	const nodeLabels = new Map(
		graph.nodes.map((n) => [n.id, m.flowNodeLabel(names.get(n.id) ?? n.id, peopleOf(n.moves))])
	);
	const linkLabels = new Map(
		graph.links.map((l) => [
			l.id,
			m.flowLinkLabel(
				names.get(l.source) ?? l.source,
				names.get(l.target) ?? l.target,
				peopleOf(l.moves),
				how(l)
			)
		])
	);
	return { names, nodeLabels, linkLabels };
}

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
export function flowSummary(
	moves: readonly Move[],
	index: DatasetIndex,
	locale: Locale,
	m: Messages
): string {
	if (moves.length === 0) return m.flowEmpty;
	const byOrigin = new Map<string, Move[]>();
	for (const move of moves) byOrigin.set(move.from, [...(byOrigin.get(move.from) ?? []), move]);
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
}
