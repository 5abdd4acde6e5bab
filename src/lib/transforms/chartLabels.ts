import type { EventKind } from '../schema/dataset';
import type { MoveStore } from '../core/store';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { organizationLabel, type DatasetIndex } from './describeFact';
import { organizationInSentence } from './datasetIndex';
import { OTHER, type FlowGraph, type FlowLink, type FlowNode } from '../core/views/flow';
import { formatCount, formatPercent } from './formatNumbers';
import { dateFormatter } from './formatDates';
import { listOf } from './formatLists';
import type { BinUnit, TimeBin } from '../core/views/timeline';

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
	hiddenOrganizations: number = 0,
	namesPeople = true
) {
	const nameOf = (n: FlowNode) =>
		n.organization === OTHER
			? m.otherOrganizations(hiddenOrganizations)
			: organizationLabel(index.organizations.get(n.organization), locale);
	const names = new Map(graph.nodes.map((n) => [n.id, nameOf(n)]));
	const peopleOf = (mark: FlowNode | FlowLink) => {
		if (!namesPeople) return m.movesCount(mark.value);
		const names = mark.firstPeople.map((p) => index.people.get(p)?.name ?? p);
		if (mark.people > names.length) names.push(m.andMore(mark.people - names.length));
		const people = m.peopleCount(mark.people, names.join(', '));
		// An aggregated flow stands for more moves than people it names.
		return mark.value > mark.people ? m.movesAndPeople(mark.value, people) : people;
	};
	const how = (link: FlowLink) =>
		link.basis === 'import' || link.basis === 'aggregate'
			? m.linkImported
			: link.basis === 'later-reporting'
				? m.linkLater
				: { stated: m.linkStated, undisclosed: m.linkUndisclosed, implied: m.linkImplied }[link.certainty];
	const nodeLabels = new Map(
		graph.nodes.map((n) => [n.id, m.flowNodeLabel(names.get(n.id) ?? n.id, peopleOf(n))])
	);
	const linkLabels = new Map(
		graph.links.map((l) => [
			l.id,
			m.flowLinkLabel(names.get(l.source) ?? l.source, names.get(l.target) ?? l.target, peopleOf(l), how(l))
		])
	);
	return { names, nodeLabels, linkLabels };
}

/**
 * A short row label for a fact on the timeline: a person's name, or an event's kind and people. With
 * one person chosen (`byPlace`), every move is theirs: its row says from where to where instead.
 */
export function timelineRowName(
	fact: { id: string; kind: 'move' | 'event' | 'aggregate' },
	index: DatasetIndex,
	locale: Locale,
	m: Messages,
	byPlace = false
): string {
	if (fact.kind === 'move') {
		const move = index.moves.get(fact.id);
		if (!move) return fact.id;
		const org = (id: string) => organizationLabel(index.organizations.get(id), locale);
		// A flow of many moves names no one: its row says from where to where.
		if (move.weight !== undefined)
			return `${org(move.from)} → ${org(move.to)} (${formatCount(move.weight, locale)})`;
		if (byPlace) return `${org(move.from)} → ${org(move.to)}`;
		return index.people.get(move.person)?.name ?? move.person;
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
 * A sentence or two saying what the flow diagram shows, from the rows drawn: who left where for
 * where, grouped by the three busiest origins ("3 people left Meta: …"), each person named once.
 */
export function flowSummary(
	store: MoveStore,
	rows: Int32Array,
	index: DatasetIndex,
	locale: Locale,
	m: Messages
): string {
	if (rows.length === 0) return m.flowEmpty;
	if (!store.namesPeople) return flowsSummary(store, rows, index, locale, m);
	const NAMED_PEOPLE = 6;
	const { origins, named, slot } = busiestOrigins(store, rows);
	const { people, firsts } = peopleLeaving(store, rows, slot, named.length, NAMED_PEOPLE);
	const parts = named.map((origin, k) => {
		const who = firsts[k]!.map(([p, destination]) => {
			const name = index.people.get(store.personIds[p]!)?.name ?? store.personIds[p]!;
			const place = index.organizations.get(store.organizationIds[destination]!);
			if (place?.kind === 'undisclosed') return m.summaryUndisclosed(name);
			return m.summaryTo(name, organizationInSentence(place, locale, m));
		});
		if (people[k]! > NAMED_PEOPLE) who.push(m.othersCount(people[k]! - NAMED_PEOPLE));
		const name = organizationLabel(index.organizations.get(store.organizationIds[origin]!), locale);
		return m.summaryOrigin(people[k]!, name, listOf(who, locale));
	});
	if (origins.length > named.length) parts.push(m.summaryMoreOrigins(origins.length - named.length));
	return parts.join(' ');
}

/**
 * One pass over the rows for all named origins: a bit per origin marks whom it has counted, and
 * each keeps its first few people in row order with the first place they went. Apart from
 * `flowSummary`, so that the engine optimizes the loop after a call or two and keeps it.
 */
function peopleLeaving(
	{ from, to, person, personIds }: MoveStore,
	rows: Int32Array,
	slot: Int8Array,
	origins: number,
	few: number
) {
	const counted = new Uint8Array(personIds.length);
	const people = new Int32Array(origins);
	const firsts: [number, number][][] = Array.from({ length: origins }, () => []);
	for (let q = 0; q < rows.length; q++) {
		const row = rows[q]!;
		const k = slot[from[row]!]!;
		const p = person[row]!;
		if (k < 0 || counted[p]! & (1 << k)) continue;
		counted[p]! |= 1 << k;
		if (people[k]!++ < few) firsts[k]!.push([p, to[row]!]);
	}
	return { people, firsts };
}

/** The flows of a file that names no one, in words: how many moves leave the busiest origins, and for where. */
function flowsSummary(
	store: MoveStore,
	rows: Int32Array,
	index: DatasetIndex,
	locale: Locale,
	m: Messages
): string {
	const { organizationIds } = store;
	const count = organizationIds.length;
	const name = (k: number) => organizationLabel(index.organizations.get(organizationIds[k]!), locale);
	const { leaving, origins, named, slot } = busiestOrigins(store, rows);
	const { going, firstRow } = movesGoing(store, rows, slot, named.length);
	const parts = named.map((origin, k) => {
		const where: number[] = [];
		for (let d = 0; d < count; d++) if (firstRow[k * count + d]! >= 0) where.push(d);
		where.sort(
			(a, b) =>
				going[k * count + b]! - going[k * count + a]! || firstRow[k * count + a]! - firstRow[k * count + b]!
		);
		return m.summaryFlows(
			leaving[origin]!,
			name(origin),
			listOf(
				where.slice(0, 3).map((d) => m.summaryFlowTo(name(d), going[k * count + d]!)),
				locale
			)
		);
	});
	if (origins.length > named.length) parts.push(m.summaryMoreOrigins(origins.length - named.length));
	return parts.join(' ');
}

/**
 * A second pass, for the named origins only: the moves (weights summed) each sends to each
 * destination, and the place in `rows` of the first, so that equal counts keep the order in which
 * the rows first name them. Apart, for the engine, as `peopleLeaving` is.
 */
function movesGoing(
	{ from, to, weight, organizationIds }: MoveStore,
	rows: Int32Array,
	slot: Int8Array,
	origins: number
) {
	const count = organizationIds.length;
	const going = new Float64Array(origins * count);
	const firstRow = new Int32Array(origins * count).fill(-1);
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const k = slot[from[row]!]!;
		if (k < 0) continue;
		const at = k * count + to[row]!;
		if (firstRow[at]! < 0) firstRow[at] = i;
		going[at]! += weight[row]!;
	}
	return { going, firstRow };
}

/** How many origins a summary of the flow names. */
const NAMED_ORIGINS = 3;

/**
 * The organizations the rows leave, busiest first (moves summed, weights included; equal ones by
 * number), with the moves leaving each; the first few are the summary's, each given its place
 * among them in `slot` (-1 for every other organization).
 */
function busiestOrigins(store: MoveStore, rows: Int32Array) {
	const leaving = movesLeaving(store, rows);
	const origins: number[] = [];
	leaving.forEach((moves, k) => {
		if (moves > 0) origins.push(k);
	});
	origins.sort((a, b) => leaving[b]! - leaving[a]! || a - b);
	const named = origins.slice(0, NAMED_ORIGINS);
	const slot = new Int8Array(leaving.length).fill(-1);
	named.forEach((origin, k) => (slot[origin] = k));
	return { leaving, origins, named, slot };
}

/** The moves leaving each organization (weights summed), by number. */
function movesLeaving({ from, weight, organizationIds }: MoveStore, rows: Int32Array): Float64Array {
	const leaving = new Float64Array(organizationIds.length);
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		leaving[from[row]!]! += weight[row]!;
	}
	return leaving;
}

/** The accessible name of each bar of the timeline, by its start: its period and its count of moves. */
export function binLabels(
	bins: readonly TimeBin[],
	unit: BinUnit,
	locale: Locale,
	m: Messages
): Map<number, string> {
	const format = dateFormatter(locale, unit);
	return new Map(bins.map((b) => [b.start, m.binLabel(format.format(b.start), b.count)]));
}
