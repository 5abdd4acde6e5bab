import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import StoryPage from '../../../src/lib/components/StoryPage.svelte';
import { messagesFor } from '../../../src/lib/i18n/messages';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset } from '../../../src/lib/schema/dataset';

const article = articleJson as Article;
const dataset = talentJson as Dataset;

function renderPage(locale: 'en' | 'fr', data: Dataset = dataset) {
	return render(StoryPage, { props: { article, dataset: data, locale, m: messagesFor(locale) } }).body;
}

describe('StoryPage, rendered on the server', () => {
	const en = renderPage('en');
	const fr = renderPage('fr');

	it('marks each sentence that states a fact, and only those', () => {
		expect(en.match(/<mark id="sentence-/g)).toHaveLength(23);
		expect(en).toContain('<mark id="sentence-p5.s2" class="sentence">Meta lui-même a connu un exode');
		expect(en).toContain('<span id="sentence-q1.s1" class="sentence">Pourquoi');
	});

	it('keeps the article in French, whatever the interface language', () => {
		for (const html of [en, fr]) expect(html).toContain('<article class="article" lang="fr"');
		expect(en).toContain('<h2 id="article-heading">The article</h2>');
		expect(fr).toContain('<h2 id="article-heading">L’article</h2>');
	});

	it('lists each fact once, as a row that can be linked to', () => {
		const rows = en.match(/<tr id="fact-/g) ?? [];
		const count =
			dataset.moves.length +
			dataset.aggregates.length +
			dataset.events.length +
			dataset.people.length +
			dataset.organizations.length +
			dataset.reasons.length +
			dataset.trends.length;
		expect(rows).toHaveLength(count);
	});

	it('links each fact sentence to its first fact, and each quote back to its sentence', () => {
		expect(en).toMatch(/href="#fact-meta-ai-staff-exodus" lang="en" aria-label="1 fact in this sentence"/);
		expect(en).toContain('href="#sentence-p5.s2"');
	});

	it('sets other reporting apart, with its source and confidence', () => {
		expect(en).toContain('From other reporting (not in the article)');
		expect(en).not.toMatch(/later reporting/i);
		expect(en).toMatch(
			/Fortune: The ‘Meta AI mafia’ brain drain continues with at least 3 more high-level departures<\/cite>\s*<span class="confidence">\(confidence: high\)/
		);
		expect(fr).toContain('(fiabilité : élevée)');
	});

	it('says that the destinations of Parikh and Das are not disclosed', () => {
		expect(en).toContain('Devi Parikh leaves Meta; where to is not disclosed');
		expect(fr).toContain('Abhishek Das quitte Meta ; sa destination n’est pas divulguée');
	});

	it('says what each chart shows in words, in a region announced politely', () => {
		const summaries = (html: string) =>
			[...html.matchAll(/<p class="chart-summary[^"]*" aria-live="polite">([^<]*)<\/p>/g)].map((match) =>
				match[1]!.trim()
			);
		expect(summaries(en)).toEqual([
			expect.stringMatching(/^3 people left Meta: Erik Meijer for/),
			expect.stringMatching(/^The timeline places 3 moves, 3 events, and 1 figure over a period between 2022/)
		]);
		expect(summaries(fr)[1]).toMatch(/^La chronologie place 3 départs, 3 événements et 1 chiffre/);
	});

	it('writes names from the data as text, never as markup', () => {
		const hostile = structuredClone(dataset);
		hostile.people[0]!.name = '<img src=x onerror=alert(1)>';
		const html = renderPage('en', hostile);
		expect(html).not.toContain('<img src=x');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});
});
