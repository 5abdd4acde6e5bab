// The article's main claims as schema.org `Claim`s, each reviewed (`ClaimReview`) where the dataset
// grades it, for search engines and fact-checking tools that read the markup. Made at prerender and
// written into the page's head as JSON-LD: data, which the page's scripts never read.
import type { Article } from '../schema/article';
import type { Dataset, Source } from '../schema/dataset';
import type { ArticleEvidence, Evidence } from '../schema/evidence';

/** What the page reviews: the article's figures, its departures and its trends. */
type ClaimFact = { id: string; evidence: Evidence[]; grade?: string; explanation?: string };

/** A published text a claim appears in, as schema.org describes one, named for the claims to point at. */
function creativeWork(id: string, source: Source) {
	return {
		'@id': id,
		'@type': 'CreativeWork',
		headline: source.title,
		...(source.url ? { url: source.url } : {}),
		...(source.language ? { inLanguage: source.language } : {}),
		// Only a day the source itself gives: the French text's own date is unknown.
		...(source.published?.precision === 'day' && source.kind !== 'article'
			? { datePublished: source.published.start }
			: {}),
		publisher: { '@type': 'Organization', name: source.publisher }
	};
}

/**
 * The facts of the article that make its main claims, with the grade the dataset gives each: a
 * figure's `verification` where it was checked, else how the article states it (`certainty`).
 * Trends carry no grade, so they are claims without a review.
 */
function mainClaims(dataset: Dataset): ClaimFact[] {
	return [
		...dataset.aggregates.map((a) => ({
			id: a.id,
			evidence: a.evidence,
			grade: a.verification ?? a.certainty,
			explanation: a.note
		})),
		...dataset.events
			.filter((e) => e.kind === 'departures')
			.map((e) => ({ id: e.id, evidence: e.evidence, grade: e.certainty })),
		...dataset.trends.map((t) => ({ id: t.id, evidence: t.evidence }))
	];
}

/**
 * The JSON-LD of the article's main claims: each a `Claim` in the article's own words, appearing in
 * the article (and first in the original it translates, both described once in the graph), reviewed
 * by a `ClaimReview` whose rating is the dataset's own word for it, and only where the dataset gives
 * one. A review's address is the fact's row on the page (`#fact-<id>`).
 */
export function claimsMarkup(dataset: Dataset, article: Article) {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const appearance = sources.get(article.sourceId);
	const original = sources.get(article.translationOf?.evidence[0]?.source ?? '');
	// Described once each (as blank nodes: the French text has no address of its own), and pointed at.
	const graph: object[] = [];
	if (appearance) graph.push(creativeWork('_:article', appearance));
	if (original) graph.push(creativeWork('_:original', original));
	for (const fact of mainClaims(dataset)) {
		const quote = fact.evidence.find(
			(e): e is ArticleEvidence => e.basis === 'article' && e.source === article.sourceId
		);
		if (!quote || !appearance) continue;
		const claim = {
			'@type': 'Claim',
			text: quote.quote,
			inLanguage: article.language,
			appearance: { '@id': '_:article' },
			...(original ? { firstAppearance: { '@id': '_:original' } } : {})
		};
		graph.push(
			fact.grade
				? {
						'@type': 'ClaimReview',
						url: `#fact-${fact.id}`,
						claimReviewed: quote.quote,
						author: { '@type': 'Organization', name: 'Talent Flows' },
						itemReviewed: claim,
						reviewRating: {
							'@type': 'Rating',
							alternateName: fact.grade,
							...(fact.explanation ? { ratingExplanation: fact.explanation } : {})
						}
					}
				: claim
		);
	}
	return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * A JSON-LD block for a page. Every `<` is written as `\u003c`, which JSON reads as the same
 * character, so no text in the data can close the element (`</script>`) or open a comment.
 */
export function jsonLdScript(value: unknown): string {
	const json = JSON.stringify(value).replace(/</g, '\\u003c');
	return `<script type="application/ld+json">${json}</script>`;
}
