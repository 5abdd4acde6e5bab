import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import { validateArticle } from '../../../src/lib/validation/validateDataset';

const SOURCE_TEXT = readFileSync(
	new URL('../../../data/source/spiceworks-fr-2024.txt', import.meta.url),
	'utf8'
);

/** The markdown prefix each kind of block had in the copied text. */
const PREFIX = { title: '', paragraph: '', heading: '### ', question: '#### ', answer: '' } as const;

const parsed = validateArticle(articleJson);
const article = parsed.ok ? parsed.value : undefined;

describe('data/article.json', () => {
	it('matches the article schema', () => {
		expect(parsed).toMatchObject({ ok: true });
	});

	it('is the copied text without its page furniture, whitespace aside', () => {
		const rebuilt = [
			...article!.blocks.map((b) => PREFIX[b.kind] + b.sentences.map((s) => s.text).join(' ')),
			article!.credit.line
		].join(' ');
		const furniture = ['Privacy policy', 'Contact'];
		const lines = SOURCE_TEXT.trimEnd().split('\n');
		expect(lines.slice(-2)).toEqual(furniture);
		const withoutFurniture = lines.slice(0, -2).join('\n');
		const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
		expect(squash(rebuilt)).toBe(squash(withoutFurniture));
	});

	it('gives every sentence an id of its own', () => {
		const ids = article!.blocks.flatMap((b) => b.sentences.map((s) => s.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('carries an English translation of every sentence, marked as the project’s own', () => {
		const ids = article!.blocks.flatMap((b) => b.sentences.map((s) => s.id));
		expect(article!.translation).toMatchObject({ language: 'en', by: 'Talent Flows' });
		expect(Object.keys(article!.translation!.sentences).sort()).toEqual([...ids].sort());
		// A translation, not a copy: no sentence is left in French.
		for (const id of ids.filter((i) => i !== 'faq.s1'))
			expect(article!.translation!.sentences[id], id).not.toBe(
				article!.blocks.flatMap((b) => b.sentences).find((s) => s.id === id)!.text
			);
	});

	it('is in French and dates itself only through later reporting', () => {
		expect(article!.language).toBe('fr');
		expect(article!.published.date).toMatchObject({ precision: 'day', start: '2024-04-03' });
		expect(article!.published.evidence.every((e) => e.basis === 'later-reporting')).toBe(true);
	});
});
