import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import FlowDiagram from '../../../src/lib/components/charts/FlowDiagram.svelte';
import Timeline from '../../../src/lib/components/charts/Timeline.svelte';
import { messagesFor } from '../../../src/lib/i18n/messages';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import { StoryState } from '../../../src/lib/state/story.svelte';
import { flowLabels, timelineRowName } from '../../../src/lib/transforms/chartLabels';
import { indexDataset } from '../../../src/lib/transforms/describeFact';
import { basisOf, listFacts } from '../../../src/lib/transforms/facts';
import { buildFlowGraph, type FlowGraph } from '../../../src/lib/transforms/flowGraph';
import { buildTimeline } from '../../../src/lib/transforms/timeline';
import { normalizeSvg } from './normalizeSvg';
import WithStory from './WithStory.svelte';

const article = talentJson as Dataset;
const order = articleJson.blocks.flatMap((b) => b.sentences.map((s) => s.id));
const PUBLICATION = Date.UTC(2024, 3, 4) - 1;

function renderFlow(dataset: Dataset, graph: FlowGraph, locale: 'en' | 'fr' = 'en', interactive = false) {
	const m = messagesFor(locale);
	const index = indexDataset(dataset);
	const labels = flowLabels(graph, index, locale, m);
	const story = new StoryState(() => ({ dataset, facts: listFacts(dataset), articleOrder: order }));
	story.interactive = interactive;
	const props = {
		graph,
		names: labels.names,
		nodeLabels: labels.nodeLabels,
		linkLabels: labels.linkLabels,
		showsLater: false,
		m
	};
	return render(WithStory, { props: { story, component: FlowDiagram, props } }).body;
}

function renderTimeline(dataset: Dataset, locale: 'en' | 'fr' = 'en') {
	const m = messagesFor(locale);
	const index = indexDataset(dataset);
	const timeline = buildTimeline(dataset, PUBLICATION);
	const all = [...timeline.items, ...timeline.undated];
	const names = new Map(all.map((i) => [i.id, timelineRowName(i, index, locale, m)]));
	const story = new StoryState(() => ({ dataset, facts: listFacts(dataset), articleOrder: order }));
	const props = { timeline, names, labels: names, wordingLang: 'fr', locale, m };
	return render(WithStory, { props: { story, component: Timeline, props } }).body;
}

const articleMoves = (d: Dataset) => d.moves.filter((m) => basisOf(m.evidence) === 'article');
const organizations = (d: Dataset) => indexDataset(d).organizations;

/** The article's dataset plus a person who leaves Meta for Google and comes back: a cycle of employers. */
function withReturn(): Dataset {
	const d = structuredClone(article);
	const evidence = d.moves[0]!.evidence;
	d.organizations.push({ id: 'google', name: 'Google', kind: 'big-tech', evidence });
	d.people.push({ id: 'ann', name: 'Ann Example', roles: [], evidence });
	const base = {
		person: 'ann',
		certainty: 'stated' as const,
		evidence,
		date: { precision: 'year' as const, start: '2023' }
	};
	d.moves.push({ ...base, id: 'ann-out', from: 'meta', to: 'google' } as Move);
	d.moves.push({ ...base, id: 'ann-back', from: 'google', to: 'meta' } as Move);
	return d;
}

describe('FlowDiagram, rendered on the server at its default size', () => {
	it('draws the article’s moves', async () => {
		const svg = renderFlow(article, buildFlowGraph(articleMoves(article), organizations(article)));
		expect(svg).toContain(
			'Meta → Not disclosed: 2 people (Devi Parikh, Abhishek Das). The article does not say where.'
		);
		expect(svg).not.toMatch(/Anthropic|Cohere|OpenAI/);
		await expect(normalizeSvg(svg)).toMatchFileSnapshot('__snapshots__/flow-article.svg');
	});

	it('draws the article’s moves in French', async () => {
		const svg = renderFlow(article, buildFlowGraph(articleMoves(article), organizations(article)), 'fr');
		expect(svg).toContain('Non divulguée');
		await expect(normalizeSvg(svg)).toMatchFileSnapshot('__snapshots__/flow-article-fr.svg');
	});

	it('draws a return to a past employer without an exception', async () => {
		const d = withReturn();
		const svg = renderFlow(d, buildFlowGraph(articleMoves(d), organizations(d)));
		expect(svg).toContain('<title>Google: 1 person (Ann Example)</title>');
		expect(svg).not.toContain('could not be drawn');
		await expect(normalizeSvg(svg)).toMatchFileSnapshot('__snapshots__/flow-return.svg');
	});

	it('draws marks as pictures until the page is interactive, then as named toggle buttons', () => {
		const graph = buildFlowGraph(articleMoves(article), organizations(article));
		expect(renderFlow(article, graph)).not.toContain('role="button"');
		const live = renderFlow(article, graph, 'en', true);
		expect(live).toContain(
			'role="button" tabindex="0" aria-label="Meta → Not disclosed: 2 people (Devi Parikh, Abhishek Das). The article does not say where." aria-pressed="false"'
		);
	});

	it('says so in words when there is nothing to draw', () => {
		const svg = renderFlow(article, { nodes: [], links: [] });
		expect(svg).toContain('No moves to draw.');
		expect(svg).not.toContain('<svg class="layercake');
	});

	it('draws what it can and says what it left out: zero values, unknown ids, a cycle', async () => {
		const graph: FlowGraph = {
			nodes: [
				{ id: 'from:meta', stage: 0, organization: 'meta', moves: ['move-das-undisclosed'] },
				{ id: 'kind:undisclosed', stage: 1, kind: 'undisclosed', moves: ['move-das-undisclosed'] }
			],
			links: [
				{
					id: 'ok',
					source: 'from:meta',
					target: 'kind:undisclosed',
					value: 1,
					moves: ['move-das-undisclosed'],
					certainty: 'undisclosed',
					basis: 'article'
				},
				{
					id: 'zero',
					source: 'from:meta',
					target: 'kind:undisclosed',
					value: 0,
					moves: [],
					certainty: 'stated',
					basis: 'article'
				},
				{
					id: 'unknown',
					source: 'from:meta',
					target: 'to:nowhere',
					value: 1,
					moves: [],
					certainty: 'stated',
					basis: 'article'
				},
				{
					id: 'cycle',
					source: 'kind:undisclosed',
					target: 'from:meta',
					value: 1,
					moves: [],
					certainty: 'stated',
					basis: 'article'
				}
			]
		};
		const svg = renderFlow(article, graph);
		expect(svg).toContain('3 flows could not be drawn and are left out.');
		expect(svg).not.toContain('NaN');
		await expect(normalizeSvg(svg)).toMatchFileSnapshot('__snapshots__/flow-problems.svg');
	});
});

describe('Timeline, rendered on the server at its default size', () => {
	it('draws the article’s dated facts and lists the undated ones', async () => {
		const svg = renderTimeline(article);
		expect(svg).toContain('shape-fade-in');
		expect(svg).toContain('« en 2022 »');
		expect(svg).not.toContain('NaN');
		await expect(normalizeSvg(svg)).toMatchFileSnapshot('__snapshots__/timeline-article.svg');
	});

	it('labels its axis in French', () => {
		const svg = renderTimeline(article, 'fr');
		expect(svg).toContain('Non daté par les sources');
	});

	it('draws a return to a past employer and an empty selection without an exception', () => {
		expect(renderTimeline(withReturn())).toContain('Ann Example');
		const empty = { ...article, moves: [], events: [], aggregates: [] };
		expect(() => renderTimeline(empty)).not.toThrow();
	});

	it('never marks anything lit before the reader points at it', () => {
		const html =
			renderTimeline(article) +
			renderFlow(article, buildFlowGraph(articleMoves(article), organizations(article)));
		expect(html).not.toMatch(/class="[^"]*\blit\b/);
		expect(html).not.toMatch(/class="[^"]*\bdim\b/);
	});
});
