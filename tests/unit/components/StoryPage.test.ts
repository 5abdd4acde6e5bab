import { beforeAll, describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import FactTables from '../../../src/lib/components/FactTables.svelte';
import StoryPage from '../../../src/lib/components/StoryPage.svelte';
import { loadLazyViews } from '../../../src/lib/core/lazyViews.svelte';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { indexDataset } from '../../../src/lib/transforms/describeFact';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { viewsOf } from '../core/viewsOf';
import { renderInPage } from './renderInPage';

const article = articleJson as Article;
const dataset = talentJson as Dataset;

function renderPage(locale: 'en' | 'fr', data: Dataset = dataset) {
	return renderInPage(StoryPage, { article, dataset: data }, { locale });
}

/** The tables of facts the page shows once other reporting is on (the prerendered page has it off). */
function renderTablesWithLater(locale: 'en' | 'fr') {
	const props = {
		facts: viewsOf(dataset, { later: true }).facts,
		index: indexDataset(dataset),
		isArticle: true,
		articleLanguage: article.language
	};
	return renderInPage(FactTables, props, { locale });
}

describe('StoryPage, rendered on the server', () => {
	let en = '';
	let fr = '';
	// The server draws the charts and the tables in full: their views are loaded before it renders.
	beforeAll(async () => {
		await loadLazyViews();
		en = renderPage('en');
		fr = renderPage('fr');
	});

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

	it('lists each of the article’s facts once, as a row that can be linked to, and no other reporting while it is off', () => {
		const ids = [...en.matchAll(/<tr id="fact-([^"]+)"/g)].map((match) => match[1]);
		expect(ids).toEqual(
			listFacts(dataset)
				.filter((f) => f.basis === 'article')
				.map((f) => f.id)
		);
		expect(en).not.toContain('From other reporting (not in the article)</caption>');
	});

	it('lists every fact once, as a row that can be linked to, once other reporting is on', () => {
		const ids = [...renderTablesWithLater('en').matchAll(/<tr id="fact-([^"]+)"/g)].map((match) => match[1]);
		const count =
			dataset.moves.length +
			dataset.aggregates.length +
			dataset.events.length +
			dataset.people.length +
			dataset.organizations.length +
			dataset.reasons.length +
			dataset.trends.length;
		expect(ids).toHaveLength(count);
		expect(new Set(ids).size).toBe(count);
	});

	it('links each fact sentence to its first fact, and each quote back to its sentence', () => {
		expect(en).toMatch(/href="#fact-meta-ai-staff-exodus" lang="en" aria-label="1 fact in this sentence"/);
		expect(en).toContain('href="#sentence-p5.s2"');
	});

	it('sets other reporting apart, with its source and confidence', () => {
		const tables = renderTablesWithLater('en');
		expect(tables).toContain('From other reporting (not in the article)');
		expect(tables + en).not.toMatch(/later reporting/i);
		expect(tables).toMatch(
			/Fortune: The ‘Meta AI mafia’ brain drain continues with at least 3 more high-level departures<\/cite>\s*<span class="confidence">\(confidence: high\)/
		);
		expect(renderTablesWithLater('fr')).toContain('(fiabilité\u00a0: élevée)');
	});

	it('says that the destinations of Parikh and Das are not disclosed', () => {
		expect(en).toContain('Devi Parikh leaves Meta; where to is not disclosed');
		expect(fr).toContain('Abhishek Das quitte Meta\u202f; sa destination n’est pas divulguée');
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
		expect(summaries(fr)[1]).toMatch(/^La chronologie place 3 mouvements, 3 événements et 1 chiffre/);
	});

	it('writes names from the data as text, never as markup', () => {
		const hostile = structuredClone(dataset);
		hostile.people[0]!.name = '<img src=x onerror=alert(1)>';
		const html = renderPage('en', hostile);
		expect(html).not.toContain('<img src=x');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});
});
