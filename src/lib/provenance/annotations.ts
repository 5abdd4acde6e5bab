// The evidence of a dataset as a W3C Web Annotation collection (Web Annotation Data Model, 2017):
// each quote highlighted on the article, each claim of other reporting on its own source, so that an
// annotation tool can show what our facts rest on. Pure: the route and the export panel call it.
import type { Article } from '../schema/article';
import type { Dataset, Source } from '../schema/dataset';
import type { ArticleEvidence, LaterEvidence } from '../schema/evidence';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { describeFact, indexDataset } from '../transforms/describeFact';
import type { FactRow } from '../transforms/facts';
import { listFacts } from '../transforms/listFacts';
import { articleText, locateQuote, type ArticleText, type Span } from './articleText';

/** The media type of the collection, as the Web Annotation Protocol names it. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** How much of the article's text a selector keeps on each side of a quote, as annotation tools do. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix?: string;
	suffix?: string;
}

type Body =
	| { type: 'TextualBody'; purpose: 'describing'; value: string; format: 'text/plain'; language: string }
	| { type: 'TextualBody'; purpose: 'tagging' | 'classifying'; value: string }
	| { type: 'SpecificResource'; purpose: 'linking'; source: string; 'schema:identifier': string };

export interface Annotation {
	id: string;
	type: 'Annotation';
	motivation: 'describing';
	body: Body[];
	target:
		| { source: string; selector: TextQuoteSelector }
		| { id: string; type: 'Text'; language?: string; 'schema:headline': string; 'schema:publisher': string };
}

export interface AnnotationCollection {
	'@context': 'http://www.w3.org/ns/anno.jsonld';
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
	last: string;
}

export interface AnnotationOptions {
	/** The collection's own address (relative addresses resolve against it, as JSON-LD reads them). */
	self: string;
	/** The address of the dashboard page, with its query, whose rows `#fact-<id>` the bodies link to. */
	page: string;
	/** The language of the bodies that describe facts, with its messages. */
	locale: Locale;
	m: Messages;
}

/**
 * The address of a fact's row on the page. A fact known only from other reporting is listed once
 * the page shows other reporting, so its link asks for it.
 */
export function factAddress(page: string, fact: Pick<FactRow, 'id' | 'basis'>): string {
	const [address = '', query] = page.split('#')[0]!.split(/\?(.*)/s);
	const later = fact.basis === 'later-reporting' && !/(^|&)later=1(&|$)/.test(query ?? '');
	const search = [query, later ? 'later=1' : ''].filter(Boolean).join('&');
	return `${address}${search ? `?${search}` : ''}#fact-${fact.id}`;
}

/**
 * A selector for a place in the article's text: the words there, and up to `CONTEXT_LENGTH`
 * characters before and after them, which tell apart words the text holds more than once.
 */
export function quoteSelector(text: string, span: Span): TextQuoteSelector {
	let from = Math.max(0, span.start - CONTEXT_LENGTH);
	let to = Math.min(text.length, span.end + CONTEXT_LENGTH);
	// Never half a character: a cut inside a surrogate pair moves to its edge.
	if (from > 0 && /[\udc00-\udfff]/.test(text[from]!)) from++;
	if (to < text.length && /[\ud800-\udbff]/.test(text[to - 1]!)) to--;
	const prefix = text.slice(from, span.start);
	const suffix = text.slice(span.end, to);
	return {
		type: 'TextQuoteSelector',
		exact: text.slice(span.start, span.end),
		...(prefix ? { prefix } : {}),
		...(suffix ? { suffix } : {})
	};
}

/** A body in words, plain text in the given language. */
function describing(value: string, language: string): Body {
	return { type: 'TextualBody', purpose: 'describing', value, format: 'text/plain', language };
}

/** The bodies that say which fact a piece of evidence supports: its kind, certainty and link. */
function factBodies(fact: FactRow, page: string): Body[] {
	return [
		{ type: 'TextualBody', purpose: 'tagging', value: fact.kind },
		...(fact.certainty
			? [
					{
						type: 'TextualBody' as const,
						purpose: 'classifying' as const,
						value: `certainty: ${fact.certainty}`
					}
				]
			: []),
		{
			type: 'SpecificResource',
			purpose: 'linking',
			source: factAddress(page, fact),
			'schema:identifier': fact.id
		}
	];
}

/** A quote of the article, highlighted where the article says it. */
function quoteAnnotation(
	id: string,
	evidence: ArticleEvidence,
	text: ArticleText,
	source: Source | undefined,
	statement: Body,
	bodies: Body[]
): Annotation | undefined {
	const span = locateQuote(text, evidence.sentence, evidence.quote);
	if (!span || !source?.url) return undefined;
	return {
		id,
		type: 'Annotation',
		motivation: 'describing',
		body: [statement, ...bodies],
		target: { source: source.url, selector: quoteSelector(text.text, span) }
	};
}

/** A claim of other reporting, on that report's own address, with how sure it is. */
function claimAnnotation(
	id: string,
	evidence: LaterEvidence,
	source: Source | undefined,
	bodies: Body[]
): Annotation | undefined {
	if (!source?.url) return undefined;
	return {
		id,
		type: 'Annotation',
		motivation: 'describing',
		body: [
			// The claim is what that source says, summarised in English; the fact it supports is ours.
			describing(evidence.claim, 'en'),
			{ type: 'TextualBody', purpose: 'classifying', value: `confidence: ${evidence.confidence}` },
			...bodies
		],
		target: {
			id: source.url,
			type: 'Text',
			...(source.language ? { language: source.language } : {}),
			'schema:headline': source.title,
			'schema:publisher': source.publisher
		}
	};
}

/**
 * Every piece of evidence of a dataset that quotes the article or cites other reporting, as one
 * annotation each, in the order the page lists facts. Rows of a file have no text to point at, and
 * are left to the provenance document.
 */
export function annotationCollection(
	dataset: Dataset,
	article: Article,
	options: AnnotationOptions
): AnnotationCollection {
	const index = indexDataset(dataset);
	const text = articleText(article);
	const items: Annotation[] = [];
	for (const fact of listFacts(dataset)) {
		const statement = describing(describeFact(fact, index, options.locale, options.m), options.locale);
		const bodies = factBodies(fact, options.page);
		fact.evidence.forEach((evidence, n) => {
			const id = `${options.self}#${fact.id}-evidence-${n + 1}`;
			const source = index.sources.get(evidence.source);
			const annotation =
				evidence.basis === 'article' && evidence.source === article.sourceId
					? quoteAnnotation(id, evidence, text, source, statement, bodies)
					: evidence.basis === 'later-reporting'
						? claimAnnotation(id, evidence, source, bodies)
						: undefined;
			if (annotation) items.push(annotation);
		});
	}
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: options.self,
		type: 'AnnotationCollection',
		label: dataset.title[options.locale],
		total: items.length,
		first: { id: `${options.self}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
		last: `${options.self}#page-1`
	};
}

/** The collection as the file users download: JSON, one tab per level. */
export function annotationsToJson(collection: AnnotationCollection): string {
	return JSON.stringify(collection, null, '\t') + '\n';
}
