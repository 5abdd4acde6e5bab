import { schemaError } from '../problems/codes';
import { z } from './zod';

/** Stable identifiers: lower-case words joined by hyphens, so that they read well in URLs and CSV. */
export const Id = z
	.string({ error: schemaError('idNotText') })
	.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, { error: schemaError('idShape') })
	.max(120, { error: schemaError('idTooLong') });

/** How sure later reporting is, in the words of the project's research notes. */
export const Confidence = z.enum(['high', 'medium-high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** Words of the article itself: the quote must occur verbatim in the sentence it points to. */
export const ArticleEvidence = z.strictObject({
	basis: z.literal('article'),
	/** The source that holds the text: the id of an entry in `sources`. */
	source: Id,
	/** Where the quote sits: the id of a sentence of that source's text. */
	sentence: Id,
	/** The exact words, as printed (whitespace may differ). */
	quote: z.string().min(3, { error: schemaError('quoteTooShort') })
});
export type ArticleEvidence = z.infer<typeof ArticleEvidence>;

/** A fact from reporting other than the article, kept apart from it and graded. */
export const LaterEvidence = z.strictObject({
	basis: z.literal('later-reporting'),
	/** The id of an entry in `sources`. */
	source: Id,
	/** What that source says, summarised in English (we do not hold its text). */
	claim: z.string().min(3),
	confidence: Confidence
});
export type LaterEvidence = z.infer<typeof LaterEvidence>;

/** A row of a file that a user imported: where a fact came from when it is not from an article. */
export const ImportEvidence = z.strictObject({
	basis: z.literal('import'),
	/** The id of an entry in `sources` naming the file. */
	source: Id,
	/** The 1-based line of the file that states the fact (the header is line 1). */
	row: z.number().int().positive()
});
export type ImportEvidence = z.infer<typeof ImportEvidence>;

/**
 * A flow counted from a file too large to list its moves (`npm run aggregate`): the fact stands for
 * many rows, and the source it cites names the file, its rows, its SHA-256 and the query's version.
 */
export const AggregateEvidence = z.strictObject({
	basis: z.literal('aggregate'),
	/** The id of an entry in `sources` of kind `aggregate`, with its provenance. */
	source: Id
});
export type AggregateEvidence = z.infer<typeof AggregateEvidence>;

/** Why a fact is believed: the words that state it, or the report or file it comes from. */
export const Evidence = z.discriminatedUnion('basis', [
	ArticleEvidence,
	LaterEvidence,
	ImportEvidence,
	AggregateEvidence
]);
export type Evidence = z.infer<typeof Evidence>;

/** Every fact carries at least one piece of evidence. */
export const EvidenceList = z.array(Evidence).min(1, { error: schemaError('needsEvidence') });

/** How the source states a fact: in so many words, by implication, or not at all (undisclosed). */
export const Certainty = z.enum(['stated', 'implied', 'undisclosed']);
export type Certainty = z.infer<typeof Certainty>;
