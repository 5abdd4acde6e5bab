import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { fr } from '../../../src/lib/i18n/fr';
import {
	annotationCollection,
	CONTEXT_LENGTH,
	factAddress,
	quoteSelector,
	type Annotation,
	type TextQuoteSelector
} from '../../../src/lib/provenance/annotations';
import { articleText } from '../../../src/lib/provenance/articleText';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { article, dataset } from './committed';

const OPTIONS = { self: 'annotations.jsonld', page: '../', locale: 'en' as const, m: en };
const collection = annotationCollection(dataset, article, OPTIONS);
const items = collection.first.items;
const { text, sentences } = articleText(article);

/**
 * Every place a selector finds in a text, as an annotation tool reads it back: each occurrence of
 * the exact words whose text before ends with the prefix and whose text after starts with the suffix.
 */
function placesOf(selector: TextQuoteSelector, within: string): number[] {
	const places: number[] = [];
	for (let at = within.indexOf(selector.exact); at !== -1; at = within.indexOf(selector.exact, at + 1)) {
		const before = within.slice(0, at);
		const after = within.slice(at + selector.exact.length);
		if (before.endsWith(selector.prefix ?? '') && after.startsWith(selector.suffix ?? '')) places.push(at);
	}
	return places;
}

/** The evidence an annotation stands for, read back from its link and its id. */
function evidenceOf(annotation: Annotation) {
	const link = annotation.body.find((b) => b.type === 'SpecificResource')!;
	const factId = link['schema:identifier'];
	const n = Number(/-evidence-(\d+)$/.exec(annotation.id)![1]);
	return listFacts(dataset).find((f) => f.id === factId)!.evidence[n - 1]!;
}

const quotes = items.filter((a) => 'selector' in a.target);
const claims = items.filter((a) => !('selector' in a.target));

describe('annotationCollection of the article’s dataset', () => {
	it('is a W3C Web Annotation collection: its context, one page holding every annotation, the total', () => {
		expect(collection).toMatchObject({
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			id: 'annotations.jsonld',
			type: 'AnnotationCollection',
			total: items.length,
			first: { id: 'annotations.jsonld#page-1', type: 'AnnotationPage', startIndex: 0 },
			last: 'annotations.jsonld#page-1'
		});
		expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
	});

	it('holds one annotation per quote of the article and per claim of other reporting', () => {
		const evidence = listFacts(dataset).flatMap((f) => f.evidence);
		expect(quotes).toHaveLength(evidence.filter((e) => e.basis === 'article').length);
		expect(claims).toHaveLength(evidence.filter((e) => e.basis === 'later-reporting').length);
		expect(quotes.length).toBeGreaterThan(40);
	});

	it('reads back: each selector finds exactly one place in the article, inside the sentence its evidence names', () => {
		for (const annotation of quotes) {
			const { selector, source } = annotation.target as { source: string; selector: TextQuoteSelector };
			const evidence = evidenceOf(annotation);
			if (evidence.basis !== 'article') throw new Error(`${annotation.id} is not a quote`);
			const places = placesOf(selector, text);
			expect(places, annotation.id).toHaveLength(1);
			const sentence = sentences.get(evidence.sentence)!;
			expect(places[0], annotation.id).toBeGreaterThanOrEqual(sentence.start);
			expect(places[0]! + selector.exact.length, annotation.id).toBeLessThanOrEqual(sentence.end);
			expect(selector.exact.replace(/\s+/g, ' '), annotation.id).toBe(evidence.quote.replace(/\s+/g, ' '));
			expect(source).toBe('https://www.spiceworks.com/');
		}
	});

	it('settles a quote the article holds more than once by its prefix and suffix', () => {
		const repeated = quotes.filter((a) => {
			const { exact } = (a.target as { selector: TextQuoteSelector }).selector;
			return text.indexOf(exact) !== text.lastIndexOf(exact);
		});
		// "quittent Meta" is in the first paragraph and in the first answer of the FAQ.
		expect(repeated.map((a) => (a.target as { selector: TextQuoteSelector }).selector.exact)).toContain(
			'quittent Meta'
		);
	});

	it('describes the fact each quote supports: in words, its kind, its certainty, and a link to its row', () => {
		const annotation = items.find((a) => a.id === 'annotations.jsonld#meta-ai-staff-exodus-evidence-1')!;
		expect(annotation.motivation).toBe('describing');
		expect(annotation.body).toEqual([
			{
				type: 'TextualBody',
				purpose: 'describing',
				value: 'More than 30% of its staff on AI projects have left Meta',
				format: 'text/plain',
				language: 'en'
			},
			{ type: 'TextualBody', purpose: 'tagging', value: 'aggregate' },
			{ type: 'TextualBody', purpose: 'classifying', value: 'certainty: stated' },
			{
				type: 'SpecificResource',
				purpose: 'linking',
				source: '../#fact-meta-ai-staff-exodus',
				'schema:identifier': 'meta-ai-staff-exodus'
			}
		]);
	});

	it('puts a claim of other reporting on that report’s address, with its outlet, headline and confidence', () => {
		const annotation = items.find((a) => a.id === 'annotations.jsonld#move-das-yutori-evidence-1')!;
		expect(annotation.target).toEqual({
			id: 'https://www.focal.vc/founder-resources/how-to-win-in-ai-and-why-horizontal-vertical',
			type: 'Text',
			language: 'en',
			'schema:headline': 'Notes from a podcast with Abhishek Das, co-founder of Yutori',
			'schema:publisher': 'focal.vc'
		});
		expect(annotation.body.slice(0, 2)).toEqual([
			{
				type: 'TextualBody',
				purpose: 'describing',
				value:
					'Abhishek Das is a co-founder of Yutori (which he joined after leaving Meta; when is not said).',
				format: 'text/plain',
				language: 'en'
			},
			{ type: 'TextualBody', purpose: 'classifying', value: 'confidence: medium-high' }
		]);
		// The page lists a fact known only from other reporting once other reporting is shown.
		expect(annotation.body.at(-1)).toMatchObject({ source: '../?later=1#fact-move-das-yutori' });
	});

	it('describes the facts in the page’s language when asked', () => {
		const french = annotationCollection(dataset, article, { ...OPTIONS, locale: 'fr', m: fr });
		const body = french.first.items.find((a) => a.id.endsWith('#meta-ai-staff-exodus-evidence-1'))!.body[0]!;
		expect(body).toMatchObject({ language: 'fr', value: expect.stringContaining('Meta') });
		expect(body).not.toEqual(items.find((a) => a.id.endsWith('#meta-ai-staff-exodus-evidence-1'))!.body[0]);
	});

	it('does not change the dataset or the article', () => {
		const before = structuredClone({ dataset, article });
		annotationCollection(dataset, article, OPTIONS);
		expect({ dataset, article }).toEqual(before);
	});
});

describe('quoteSelector', () => {
	const sample = 'one two one three one';
	it.each([
		{ at: 'the start', span: { start: 0, end: 3 }, expected: { exact: 'one', suffix: ' two one three one' } },
		{ at: 'the end', span: { start: 18, end: 21 }, expected: { exact: 'one', prefix: 'one two one three ' } },
		{
			at: 'the middle',
			span: { start: 8, end: 11 },
			expected: { exact: 'one', prefix: 'one two ', suffix: ' three one' }
		}
	])('keeps the words at $at of the text and what surrounds them', ({ span, expected }) => {
		expect(quoteSelector(sample, span)).toEqual({ type: 'TextQuoteSelector', ...expected });
	});

	it(`keeps at most ${CONTEXT_LENGTH} characters on each side`, () => {
		const long = `${'a'.repeat(50)}QUOTE${'b'.repeat(50)}`;
		expect(quoteSelector(long, { start: 50, end: 55 })).toEqual({
			type: 'TextQuoteSelector',
			exact: 'QUOTE',
			prefix: 'a'.repeat(CONTEXT_LENGTH),
			suffix: 'b'.repeat(CONTEXT_LENGTH)
		});
	});

	it('never cuts a character written as two UTF-16 units in half', () => {
		const emoji = '😀';
		const text = `${emoji}${'a'.repeat(CONTEXT_LENGTH - 1)}QUOTE${'b'.repeat(CONTEXT_LENGTH - 1)}${emoji}`;
		const start = emoji.length + CONTEXT_LENGTH - 1;
		const selector = quoteSelector(text, { start, end: start + 5 });
		expect(selector.prefix).toBe('a'.repeat(CONTEXT_LENGTH - 1));
		expect(selector.suffix).toBe('b'.repeat(CONTEXT_LENGTH - 1));
	});
});

describe('factAddress', () => {
	it.each([
		{ page: '../', basis: 'article', expected: '../#fact-x' },
		{ page: '../', basis: 'later-reporting', expected: '../?later=1#fact-x' },
		{ page: '/en/?company=meta', basis: 'later-reporting', expected: '/en/?company=meta&later=1#fact-x' },
		{ page: '/en/?later=1', basis: 'later-reporting', expected: '/en/?later=1#fact-x' },
		{
			page: 'https://h.example/fr/?company=meta#fact-y',
			basis: 'article',
			expected: 'https://h.example/fr/?company=meta#fact-x'
		}
	] as const)('$page, a fact from $basis → $expected', ({ page, basis, expected }) => {
		expect(factAddress(page, { id: 'x', basis })).toBe(expected);
	});
});

describe('articleText', () => {
	it('places every sentence of the article at its own words', () => {
		for (const block of article.blocks)
			for (const sentence of block.sentences) {
				const span = sentences.get(sentence.id)!;
				expect(text.slice(span.start, span.end)).toBe(sentence.text);
			}
	});
});
