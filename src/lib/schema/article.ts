import { z } from './zod';
import { Id } from './evidence';
import { FuzzyDate } from './dates';
import { LaterEvidence } from './evidence';

/** A sentence of the article, addressable by id so that facts can point at it and the page can mark it. */
export const Sentence = z.strictObject({ id: Id, text: z.string().min(1) });
export type Sentence = z.infer<typeof Sentence>;

/** The parts of the article, in reading order; `question` and `answer` make up its FAQ. */
export const BlockKind = z.enum(['title', 'paragraph', 'heading', 'question', 'answer']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.strictObject({ id: Id, kind: BlockKind, sentences: z.array(Sentence).min(1) });
export type Block = z.infer<typeof Block>;

/** The article's text, split into addressable sentences, with what is known about it. */
export const Article = z.strictObject({
	/** The id of the article's entry in the dataset's `sources`. */
	sourceId: Id,
	language: z.string().min(2),
	title: z.string().min(1),
	/** The publisher the text credits. */
	credit: z.strictObject({
		publisher: z.string().min(1),
		url: z.url({ protocol: /^https$/ }),
		/** The credit line exactly as printed under the text. */
		line: z.string().min(1)
	}),
	/** The article is undated; its date comes from later reporting, which is cited here. */
	published: z.strictObject({ date: FuzzyDate, evidence: z.array(LaterEvidence).min(1) }),
	/** What the text is a translation of, as established by later reporting. */
	translationOf: z
		.strictObject({
			title: z.string().min(1),
			language: z.string().min(2),
			evidence: z.array(LaterEvidence).min(1)
		})
		.optional(),
	/**
	 * A translation written for this project, sentence by sentence (keyed by sentence id), marked as
	 * such wherever it is shown. Quotes and evidence always use the original text.
	 */
	translation: z
		.strictObject({
			language: z.string().min(2),
			by: z.string().min(1),
			note: z.string().min(1),
			sentences: z.record(Id, z.string().min(1))
		})
		.optional(),
	blocks: z.array(Block).min(1)
});
export type Article = z.infer<typeof Article>;
