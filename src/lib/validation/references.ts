import type { Article } from '../schema/article';
import type { Dataset } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import type { Evidence } from '../schema/evidence';
import { fuzzyDateDays, NO_DAY } from '../core/days';
import { problemOf, type ProblemMessage } from '../problems/codes';
import { moveRows } from '../transforms/datasetIndex';
import { atPath, formatPath, type Problem } from './problems';

/** Collapses runs of whitespace, the only difference allowed between a quote and its sentence. */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether the days a date allows lie within those of another: a move that refines one of the
 * article's may date it more precisely, never otherwise (an undated one may be dated any way).
 */
function datesWithin(date: FuzzyDate, within: FuzzyDate): boolean {
	const outer = fuzzyDateDays(within);
	if (outer.first === NO_DAY) return true;
	const inner = fuzzyDateDays(date);
	return inner.first !== NO_DAY && inner.first >= outer.first && inner.last <= outer.last;
}

export const BASIS_TO_SOURCE_KIND = {
	article: 'article',
	'later-reporting': 'later-reporting',
	import: 'import',
	aggregate: 'aggregate'
} as const;

/**
 * Checks what a schema cannot: ids unique across the dataset, every reference resolving, evidence
 * citing a source of the right kind and, where the article's text is at hand, every quote standing
 * verbatim in the sentence it points to.
 */
export function checkReferences(dataset: Dataset, article?: Article): Problem[] {
	const problems: Problem[] = [];
	const report = (path: PropertyKey[], problem: ProblemMessage) =>
		problems.push({ where: atPath(path), ...problem });

	const firstSeen = new Map<string, string>();
	const collections = [
		'sources',
		'organizations',
		'people',
		'moves',
		'aggregates',
		'events',
		'reasons',
		'trends'
	] as const;
	for (const name of collections) {
		dataset[name].forEach((entry, i) => {
			const where = formatPath([name, i, 'id']);
			const earlier = firstSeen.get(entry.id);
			if (earlier) report([name, i, 'id'], problemOf('idTaken', { id: entry.id, at: earlier }));
			else firstSeen.set(entry.id, where);
		});
	}

	const ids = (list: readonly { id: string }[]) => new Set(list.map((entry) => entry.id));
	const people = ids(dataset.people);
	const organizations = ids(dataset.organizations);
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const sentences = new Map(article?.blocks.flatMap((b) => b.sentences.map((s) => [s.id, s.text] as const)));

	const expectOrganization = (path: PropertyKey[], id: string) => {
		if (!organizations.has(id)) report(path, problemOf('noSuchOrganization', { id }));
	};
	const expectPerson = (path: PropertyKey[], id: string) => {
		if (!people.has(id)) report(path, problemOf('noSuchPerson', { id }));
	};
	const checkEvidence = (path: PropertyKey[], evidence: readonly Evidence[]) => {
		evidence.forEach((item, i) => {
			const at = [...path, 'evidence', i];
			const source = sources.get(item.source);
			if (!source) return report([...at, 'source'], problemOf('noSuchSource', { id: item.source }));
			if (source.kind !== BASIS_TO_SOURCE_KIND[item.basis])
				return report(
					[...at, 'source'],
					problemOf('wrongSourceKind', { basis: item.basis, kind: source.kind })
				);
			if (item.basis !== 'article' || !article || item.source !== article.sourceId) return;
			const sentence = sentences.get(item.sentence);
			if (sentence === undefined)
				return report([...at, 'sentence'], problemOf('noSuchSentence', { sentence: item.sentence }));
			if (!normalizeWhitespace(sentence).includes(normalizeWhitespace(item.quote)))
				report([...at, 'quote'], problemOf('quoteNotInSentence', { sentence: item.sentence }));
		});
	};

	// A flow counted from a file is only as good as the file and the query: both must be named.
	dataset.sources.forEach((s, i) => {
		if (s.kind === 'aggregate' && !s.provenance)
			report(['sources', i, 'provenance'], problemOf('needsProvenance'));
	});
	dataset.organizations.forEach((o, i) => checkEvidence(['organizations', i], o.evidence));
	dataset.people.forEach((p, i) => {
		checkEvidence(['people', i], p.evidence);
		p.roles.forEach((r, j) => {
			expectOrganization(['people', i, 'roles', j, 'organization'], r.organization);
			checkEvidence(['people', i, 'roles', j], r.evidence);
		});
	});
	// Its map of ids is made only when a move refines another: a file of a million moves never does.
	const rowOf = moveRows(dataset.moves);
	const refinedAt = new Map<string, string>();
	const fromArticle = (evidence: readonly Evidence[]) => evidence.some((e) => e.basis === 'article');
	dataset.moves.forEach((m, i) => {
		if (m.refines !== undefined) {
			const refined = dataset.moves[rowOf(m.refines)];
			const at = ['moves', i, 'refines'];
			const earlier = refinedAt.get(m.refines);
			if (!refined) report(at, problemOf('noSuchMove', { id: m.refines }));
			else if (refined.person !== m.person || refined.from !== m.from)
				report(at, problemOf('refinesAnotherDeparture', { id: m.refines }));
			// Otherwise the two would be shown, or hidden, together, and the departure counted twice or not at all.
			else if (!fromArticle(refined.evidence) || !m.evidence.every((e) => e.basis === 'later-reporting'))
				report(at, problemOf('refinesOnlyTheArticle', { id: m.refines }));
			else if (earlier) report(at, problemOf('refinedTwice', { id: m.refines, at: earlier }));
			else if (!datesWithin(m.date, refined.date))
				report(['moves', i, 'date'], problemOf('refinesOutsideDates', { id: m.refines }));
			refinedAt.set(m.refines, earlier ?? formatPath(at));
		}
		expectPerson(['moves', i, 'person'], m.person);
		expectOrganization(['moves', i, 'from'], m.from);
		expectOrganization(['moves', i, 'to'], m.to);
		if (m.from === m.to) report(['moves', i, 'to'], problemOf('moveGoesNowhere'));
		checkEvidence(['moves', i], m.evidence);
	});
	dataset.aggregates.forEach((a, i) => {
		expectOrganization(['aggregates', i, 'organization'], a.organization);
		checkEvidence(['aggregates', i], a.evidence);
	});
	dataset.events.forEach((e, i) => {
		e.people.forEach((id, j) => expectPerson(['events', i, 'people', j], id));
		e.organizations.forEach((id, j) => expectOrganization(['events', i, 'organizations', j], id));
		checkEvidence(['events', i], e.evidence);
	});
	dataset.reasons.forEach((r, i) => checkEvidence(['reasons', i], r.evidence));
	dataset.trends.forEach((t, i) => {
		t.organizations.forEach((id, j) => expectOrganization(['trends', i, 'organizations', j], id));
		checkEvidence(['trends', i], t.evidence);
	});
	return problems;
}
