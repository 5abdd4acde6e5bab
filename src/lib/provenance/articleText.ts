import type { Article } from '../schema/article';

/** Where a sentence sits in the article's text: its first character and the one after its last. */
export interface Span {
	start: number;
	end: number;
}

/** The article as one text, the way a reader meets it, with the place of each sentence in it. */
export interface ArticleText {
	text: string;
	sentences: Map<string, Span>;
}

/**
 * The article's text: its sentences in reading order, a space between two sentences of a block and
 * a blank line between blocks (the copied text, whitespace aside, without its markdown marks).
 * Text selectors are made and checked against it.
 */
export function articleText(article: Article): ArticleText {
	const sentences = new Map<string, Span>();
	let text = '';
	article.blocks.forEach((block, b) => {
		if (b > 0) text += '\n\n';
		block.sentences.forEach((sentence, s) => {
			if (s > 0) text += ' ';
			sentences.set(sentence.id, { start: text.length, end: text.length + sentence.text.length });
			text += sentence.text;
		});
	});
	return { text, sentences };
}

/**
 * Where a quote stands in its sentence, in the article's text. A quote may differ from the sentence
 * in whitespace only (as the validator allows), so any run of whitespace matches any other.
 */
export function locateQuote(article: ArticleText, sentence: string, quote: string): Span | undefined {
	const span = article.sentences.get(sentence);
	const words = quote.trim().split(/\s+/);
	if (!span || words[0] === '') return undefined;
	const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
	const found = pattern.exec(article.text.slice(span.start, span.end));
	return found
		? { start: span.start + found.index, end: span.start + found.index + found[0].length }
		: undefined;
}
