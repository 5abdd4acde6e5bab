import { describe, expect, it } from 'vitest';
import { claimsMarkup, jsonLdScript } from '../../../src/lib/provenance/claims';
import { article, dataset } from './committed';

type Node = Record<string, unknown> & { '@type': string };
const markup = claimsMarkup(dataset, article);
const graph = markup['@graph'] as Node[];
const reviews = graph.filter((n) => n['@type'] === 'ClaimReview');
const reviewOf = (factId: string) => reviews.find((r) => r.url === `#fact-${factId}`);

describe('claimsMarkup of the article’s dataset', () => {
	it('is schema.org JSON-LD: reviews of the graded claims, and the other main claims on their own', () => {
		expect(markup['@context']).toBe('https://schema.org');
		expect(reviews.map((r) => r.url)).toEqual([
			'#fact-meta-ai-staff-exodus',
			'#fact-event-recent-departures'
		]);
		expect(graph.filter((n) => n['@type'] === 'Claim').map((n) => n.text)).toEqual(
			dataset.trends.map((t) => t.evidence.find((e) => e.basis === 'article')!.quote)
		);
	});

	it('marks the 30% figure unverified, as the dataset grades it, and says why', () => {
		const exodus = dataset.aggregates[0]!;
		expect(exodus.verification).toBe('unverified');
		expect(reviewOf('meta-ai-staff-exodus')).toMatchObject({
			claimReviewed:
				'Meta lui-même a connu un exode de plus de 30% de ses employés de projet en IA depuis le début de 2023.',
			author: { '@type': 'Organization', name: 'Talent Flows' },
			reviewRating: { '@type': 'Rating', alternateName: 'unverified', ratingExplanation: exodus.note }
		});
	});

	it('marks the three departures stated, with no explanation the data does not give', () => {
		expect(reviewOf('event-recent-departures')!.reviewRating).toEqual({
			'@type': 'Rating',
			alternateName: 'stated'
		});
		expect(reviewOf('event-recent-departures')!.claimReviewed).toContain('au moins trois employés');
	});

	it('gives no rating the data does not carry: each is the fact’s own verification or certainty', () => {
		const grades = [
			...dataset.aggregates.map((a) => [a.id, a.verification ?? a.certainty]),
			...dataset.events.map((e) => [e.id, e.certainty])
		];
		for (const review of reviews) {
			const id = String(review.url).replace('#fact-', '');
			const rating = review.reviewRating as { alternateName: string };
			expect(grades).toContainEqual([id, rating.alternateName]);
		}
		// Trends carry no grade: their claims are not reviewed.
		for (const trend of dataset.trends) expect(reviewOf(trend.id)).toBeUndefined();
	});

	it('has each claim appear in the article as credited, and first in the English original it translates', () => {
		const work = (id: string) => graph.find((n) => n['@id'] === id);
		// The French text is undated: its description gives no date.
		expect(work('_:article')).toEqual({
			'@id': '_:article',
			'@type': 'CreativeWork',
			headline: article.title,
			url: 'https://www.spiceworks.com/',
			inLanguage: 'fr',
			publisher: { '@type': 'Organization', name: 'Spiceworks' }
		});
		expect(work('_:original')).toMatchObject({
			headline: 'Meta Struggles To Maintain AI Workforce Following High-Level Exits',
			datePublished: '2024-04-03',
			inLanguage: 'en'
		});
		const claims = [
			...reviews.map((r) => r.itemReviewed as Node),
			...graph.filter((n) => n['@type'] === 'Claim')
		];
		expect(claims).toHaveLength(2 + dataset.trends.length);
		for (const claim of claims)
			expect(claim).toMatchObject({
				'@type': 'Claim',
				inLanguage: 'fr',
				appearance: { '@id': '_:article' },
				firstAppearance: { '@id': '_:original' }
			});
		for (const review of reviews) expect((review.itemReviewed as Node).text).toBe(review.claimReviewed);
	});

	it('does not change the dataset or the article', () => {
		const before = structuredClone({ dataset, article });
		claimsMarkup(dataset, article);
		expect({ dataset, article }).toEqual(before);
	});
});

describe('jsonLdScript', () => {
	it('writes a JSON-LD block that no text in the data can close or comment out', () => {
		const hostile = { text: '</script><script>alert(1)</script><!-- $& $1' };
		const script = jsonLdScript(hostile);
		expect(script.startsWith('<script type="application/ld+json">')).toBe(true);
		expect(script.match(/<\//g)).toEqual(['</']);
		expect(script).not.toContain('<!--');
		const json = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(JSON.parse(json)).toEqual(hostile);
	});
});
