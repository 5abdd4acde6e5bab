import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import FlowPanel from '../../../src/lib/components/charts/FlowPanel.svelte';
import TimelinePanel from '../../../src/lib/components/charts/TimelinePanel.svelte';
import { flowView, type FlowGraph, type FlowView } from '../../../src/lib/core/views/flow';
import { timelineOfSelection } from '../../../src/lib/core/views/timeline';
import { messagesFor } from '../../../src/lib/i18n/messages';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import { DashboardState } from '../../../src/lib/state/dashboard.svelte';
import { StoryState } from '../../../src/lib/state/story.svelte';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { publicationEnd } from '../../../src/lib/transforms/timeline';
import type { MonthWindow } from '../../../src/lib/transforms/timeWindow';
import { datasetOf } from '../core/viewsOf';
import { normalizeSvg } from './normalizeSvg';
import { svgSnapshot } from './svgSnapshot';
import { renderInPage } from './renderInPage';

const article = talentJson as Dataset;
const order = articleJson.blocks.flatMap((b) => b.sentences.map((s) => s.id));

interface Drawn {
	/** The address's query: the article's own reporting by default, `later=1` adds other reporting. */
	query?: string;
	locale?: 'en' | 'fr';
	/** Whether the page's scripts run (marks are then buttons). */
	interactive?: boolean;
}

/**
 * The page's dashboard state and story state for a dataset under a query, as the story view has
 * them, and the chart views of its selection, made as the dashboard makes them.
 */
function statesOf(dataset: Dataset, { query = '', locale = 'en', interactive = false }: Drawn) {
	const articleText = articleJson as Article;
	const dashboard = new DashboardState(() => ({ article: articleText, dataset, query, locale }));
	const story = new StoryState(() => ({
		store: dashboard.store,
		moveRow: dashboard.index.moveRow,
		facts: listFacts(dataset),
		articleOrder: order
	}));
	story.interactive = interactive;
	const { store, rows, selection } = dashboard;
	const flow = flowView(store, rows, { chosen: selection.organizations });
	const timeline = timelineOfSelection(store, selection, publicationEnd(articleText.published.date.start));
	return { dashboard, story, flow, timeline, locale };
}

/** The flow panel (summary, diagram, notes) the page draws of a dataset, or of another flow view given. */
function renderFlow(dataset: Dataset, drawn: Drawn = {}, flow?: FlowView) {
	const { dashboard, story, locale, ...views } = statesOf(dataset, drawn);
	const props = { flow: flow ?? views.flow, index: dashboard.index, showsLater: false, imported: false };
	return renderInPage(FlowPanel, props, { locale, story, dashboard });
}

/** The timeline panel (summary, chart, window) the page draws of a dataset; other reporting on by default. */
function renderTimeline(dataset: Dataset, drawn: Drawn = {}, window: MonthWindow | null = null) {
	const { dashboard, story, locale, timeline } = statesOf(dataset, { query: 'later=1', ...drawn });
	const props = { timeline, window, onwindow: () => {}, index: dashboard.index, wordingLang: 'fr' };
	return renderInPage(TimelinePanel, props, { locale, story, dashboard });
}

/** A flow view of a graph drawn as it is. */
const flowOfGraph = (graph: FlowGraph): FlowView => ({
	graph,
	organizations: 0,
	hiddenOrganizations: 0,
	otherToOther: 0
});

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

/** An import of moves from a hub to 19 organizations, more to the first: too many to name them all. */
function manyOrganizations(): Dataset {
	const moves: Move[] = [];
	for (let k = 1; k <= 19; k++)
		for (let i = 0; i < 20 - k; i++)
			moves.push({
				id: `m${k}-${i}`,
				person: `p${k}-${i}`,
				from: 'hub',
				to: `o${String(k).padStart(2, '0')}`,
				date: { precision: 'day', start: `2024-0${1 + (k % 3)}-15` },
				certainty: 'stated',
				evidence: [{ basis: 'import', source: 'file', row: moves.length + 2 }]
			});
	const between = (id: string, from: string, to: string): Move => ({
		...moves[0]!,
		id,
		person: id,
		from,
		to
	});
	return datasetOf([...moves, between('x1', 'o18', 'o19'), between('x2', 'o19', 'o17')]);
}

describe('FlowDiagram, rendered on the server at its default size', () => {
	it('lists in its legend only the paints it draws: with other reporting, where everyone went is dotted, not hatched', () => {
		const legend = (html: string) => /<ul class="legend"[^]*?<\/ul>/.exec(html)?.[0] ?? '';
		expect(legend(renderFlow(article))).toContain('destination not disclosed');
		const html = renderFlow(article, { query: 'later=1' });
		expect(html).toContain('stroke="url(#flow-later)"');
		const later = legend(html);
		expect(later).not.toContain('destination not disclosed');
	});

	it('draws the article’s moves, from where people left (left) to where they went (right)', async () => {
		const svg = renderFlow(article);
		expect(svg).toContain(
			'Meta → Not disclosed: 2 people (Devi Parikh, Abhishek Das). The article does not say where.'
		);
		expect(svg).not.toMatch(/Anthropic|Cohere|OpenAI/);
		// Two columns of nodes, one origin and two destinations, and no column of kinds between them.
		const columns = [...normalizeSvg(svg).matchAll(/<rect class="mark" x="([\d.]+)"/g)].map(
			(match) => match[1]
		);
		expect(new Set(columns).size).toBe(2);
		expect(columns.map((x) => (x === '0' ? 'origin' : 'destination'))).toEqual([
			'origin',
			'destination',
			'destination'
		]);
		expect(svg).not.toMatch(/<text[^>]*>(Big tech|AI startup|Startup, unnamed|Kind unknown)<\/text>/);
		await expect(svgSnapshot(svg)).toMatchFileSnapshot('__snapshots__/flow-article.svg');
	});

	it('draws the article’s moves in French', async () => {
		const svg = renderFlow(article, { locale: 'fr' });
		expect(svg).toContain('Non divulguée');
		await expect(svgSnapshot(svg)).toMatchFileSnapshot('__snapshots__/flow-article-fr.svg');
	});

	it('draws a return to a past employer without an exception', async () => {
		const svg = renderFlow(withReturn());
		expect(svg).toContain('<title>Google: 1 person (Ann Example)</title>');
		expect(svg).not.toContain('could not be drawn');
		await expect(svgSnapshot(svg)).toMatchFileSnapshot('__snapshots__/flow-return.svg');
	});

	it('draws marks as pictures until the page is interactive, then as named toggle buttons', () => {
		expect(renderFlow(article)).not.toContain('role="button"');
		const live = renderFlow(article, { interactive: true });
		expect(live).toContain(
			'role="button" tabindex="0" aria-label="Meta → Not disclosed: 2 people (Devi Parikh, Abhishek Das). The article does not say where." aria-pressed="false"'
		);
	});

	it('says so in words when there is nothing to draw', () => {
		const svg = renderFlow(article, {}, flowOfGraph({ nodes: [], links: [] }));
		expect(svg).toContain('No moves to draw.');
		expect(svg).not.toContain('<svg class="layercake');
	});

	it('names the busiest organizations, groups the rest as “Other”, and says what moved between those it groups', () => {
		const html = renderFlow(manyOrganizations());
		expect(html).toContain('Other (8 organizations)');
		expect(html).toContain(messagesFor('en').flowOtherToOther(2));
		expect(html).not.toContain('NaN');
	});

	it('draws what it can and says what it left out: zero values, unknown ids, a cycle', async () => {
		const node = {
			value: 1,
			people: 1,
			firstPeople: ['abhishek-das'],
			moves: ['move-das-undisclosed'],
			rows: Int32Array.of(1),
			litBy: () => false
		};
		const link = {
			moves: [],
			rows: new Int32Array(0),
			litBy: () => false,
			people: 0,
			firstPeople: [],
			basis: 'article' as const
		};
		const graph: FlowGraph = {
			nodes: [
				{ id: 'from:meta', stage: 0, organization: 'meta', kind: 'big-tech', ...node },
				{ id: 'to:undisclosed', stage: 1, organization: 'undisclosed', kind: 'undisclosed', ...node }
			],
			links: [
				{
					...link,
					id: 'ok',
					source: 'from:meta',
					target: 'to:undisclosed',
					value: 1,
					moves: ['move-das-undisclosed'],
					people: 1,
					firstPeople: ['abhishek-das'],
					certainty: 'undisclosed'
				},
				{ ...link, id: 'zero', source: 'from:meta', target: 'to:undisclosed', value: 0, certainty: 'stated' },
				{ ...link, id: 'unknown', source: 'from:meta', target: 'to:nowhere', value: 1, certainty: 'stated' },
				{ ...link, id: 'cycle', source: 'to:undisclosed', target: 'from:meta', value: 1, certainty: 'stated' }
			]
		};
		const svg = renderFlow(article, {}, flowOfGraph(graph));
		expect(svg).toContain('3 flows could not be drawn and are left out.');
		expect(svg).not.toContain('NaN');
		await expect(svgSnapshot(svg)).toMatchFileSnapshot('__snapshots__/flow-problems.svg');
	});
});

describe('Timeline, rendered on the server at its default size', () => {
	it('draws the article’s dated facts and lists the undated ones', async () => {
		const svg = renderTimeline(article);
		expect(svg).toContain('shape-fade-in');
		expect(svg).toContain('« en 2022 »');
		// A later report's words keep its language and its quotation marks.
		expect(svg).toMatch(/lang="en"[^>]*>“last week”</);
		expect(svg).toMatch(/lang="fr"[^>]*>« en 2022 »</);
		expect(svg).not.toContain('NaN');
		await expect(svgSnapshot(svg)).toMatchFileSnapshot('__snapshots__/timeline-article.svg');
	});

	it('labels its axis in French', () => {
		const svg = renderTimeline(article, { locale: 'fr' });
		expect(svg).toContain('Non daté par les sources');
	});

	it('draws a return to a past employer and an empty selection without an exception', () => {
		expect(renderTimeline(withReturn())).toContain('Ann Example');
		const empty = { ...article, moves: [], events: [], aggregates: [] };
		expect(renderTimeline(empty)).toContain('Nothing dated to draw.');
	});

	it('counts the moves of each month as bars when there are too many to draw one by one', () => {
		const html = renderTimeline(manyOrganizations());
		expect(html).toContain('Too many to draw one by one: each bar counts the moves of a month.');
		expect(html.match(/class="mark timeline-bin/g)).toHaveLength(3);
		expect(html).toContain('<title>January 2024: 57 moves</title>');
		expect(html).not.toContain('NaN');
	});

	it('says the time window chosen in words', () => {
		const html = renderTimeline(article, {}, { from: '2024-01', to: '2024-03' });
		expect(html).toContain('Time window: January 2024 to March 2024.');
		expect(html).toContain('Clear the time window');
	});

	it('never marks anything lit before the reader points at it', () => {
		const html = renderTimeline(article) + renderFlow(article);
		expect(html).not.toMatch(/class="[^"]*\blit\b/);
		expect(html).not.toMatch(/class="[^"]*\bdim\b/);
	});
});
