import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { factRowOf, type FactRow } from './facts';
import { organizationInSentence, organizationLabel, type DatasetIndex } from './datasetIndex';

export { indexDataset, organizationLabel, type DatasetIndex } from './datasetIndex';
import { formatPercent } from './formatNumbers';

/**
 * The row of any fact of the dataset, by id, made when asked for. Moves are looked up last (ids
 * are unique across the dataset): a person chosen in a large import is then found without the map
 * of its moves (see `indexDataset`).
 */
export function factById(index: DatasetIndex, id: string): FactRow | undefined {
	const aggregate = index.aggregates.get(id);
	if (aggregate) return factRowOf('aggregate', aggregate);
	const event = index.events.get(id);
	if (event) return factRowOf('event', event);
	const person = index.people.get(id);
	if (person) return factRowOf('person', person);
	const organization = index.organizations.get(id);
	if (organization) return factRowOf('organization', organization);
	const reason = index.reasons.get(id);
	if (reason) return factRowOf('reason', reason);
	const trend = index.trends.get(id);
	if (trend) return factRowOf('trend', trend);
	const move = index.moves.get(id);
	return move ? factRowOf('move', move) : undefined;
}

/** One sentence, in the interface language, saying what a fact is. */
export function describeFact(fact: FactRow, index: DatasetIndex, locale: Locale, m: Messages): string {
	const org = (id: string) => organizationLabel(index.organizations.get(id), locale);
	const inSentence = (id: string) => organizationInSentence(index.organizations.get(id), locale, m);
	switch (fact.kind) {
		case 'move': {
			const move = index.moves.get(fact.id);
			if (!move) return fact.id;
			if (move.weight !== undefined)
				return m.flowStatement(move.weight, inSentence(move.from), inSentence(move.to));
			const person = index.people.get(move.person)?.name ?? move.person;
			const kind = index.organizations.get(move.to)?.kind;
			if (kind === 'undisclosed') return m.moveStatementUndisclosed(person, org(move.from));
			return m.moveStatement(person, inSentence(move.from), inSentence(move.to));
		}
		case 'aggregate': {
			const a = index.aggregates.get(fact.id);
			if (!a) return fact.id;
			const bound = {
				lower: m.boundLower,
				upper: m.boundUpper,
				approximate: m.boundApproximate,
				exact: m.boundExact
			}[a.bound];
			const percent = formatPercent(a.value, locale);
			return m.aggregateStatement(bound, percent, a.populationLabel[locale], org(a.organization));
		}
		case 'event':
			return index.events.get(fact.id)?.summary[locale] ?? fact.id;
		case 'reason':
			return index.reasons.get(fact.id)?.summary[locale] ?? fact.id;
		case 'trend':
			return index.trends.get(fact.id)?.summary[locale] ?? fact.id;
		case 'person':
			return index.people.get(fact.id)?.name ?? fact.id;
		case 'organization': {
			const o = index.organizations.get(fact.id);
			if (!o) return fact.id;
			// An unnamed startup's or an undisclosed destination's label already says what it is
			// ("Meijer's own AI startup (unnamed)", "Not disclosed"): its kind would say it twice.
			if (o.kind === 'unnamed-startup' || o.kind === 'undisclosed') return organizationLabel(o, locale);
			const kind = {
				'big-tech': m.orgKindBigTech,
				'ai-startup': m.orgKindAiStartup,
				unknown: m.orgKindUnknown
			}[o.kind];
			return `${organizationLabel(o, locale)} (${kind})`;
		}
	}
}

/**
 * Whether the organizations a trend names are examples of it rather than where anyone named went:
 * those of the companies such departures helped create (Anthropic, Cohere, OpenAI). The other
 * trends name Meta, which the people the article names left.
 */
export function namesExamplesOnly(trendId: string, index: DatasetIndex): boolean {
	const trend = index.trends.get(trendId);
	return trend?.kind === 'startup-emergence' && trend.organizations.length > 0;
}
