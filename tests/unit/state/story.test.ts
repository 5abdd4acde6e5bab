import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import { buildStore } from '../../../src/lib/core/store';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { markOf, StoryState } from '../../../src/lib/state/story.svelte';
import { indexDataset } from '../../../src/lib/transforms/datasetIndex';
import { listFacts } from '../../../src/lib/transforms/listFacts';

const dataset = talentJson as Dataset;
const store = buildStore(dataset);
const order = articleJson.blocks.flatMap((b) => b.sentences.map((s) => s.id));
const { moveRow } = indexDataset(dataset);
const newState = () =>
	new StoryState(() => ({ store, moveRow, facts: listFacts(dataset), articleOrder: order }));
const undisclosedFlow = {
	type: 'mark' as const,
	id: 'link:from:meta→kind:undisclosed',
	facts: ['move-parikh-undisclosed', 'move-das-undisclosed']
};

describe('StoryState', () => {
	it('lights nothing until something is pointed at or selected', () => {
		const story = newState();
		expect(story.active).toBeNull();
		expect(story.litFacts.size).toBe(0);
		expect(story.litSentences).toEqual([]);
	});

	it('from a sentence, lights its facts and the moves and events of the people in them', () => {
		const story = newState();
		story.hovered = { type: 'sentence', id: 'p4.s3' };
		expect(story.isLit(['event-meijer-team-layoffs'])).toBe(true);
		expect(story.isLit(['move-meijer-own-startup'])).toBe(true);
		expect(story.isLit(['move-das-undisclosed'])).toBe(false);
		expect(story.litSentences).toEqual(['p4.s3']);
	});

	it('tells the lit moves by row: exactly the rows of the moves lit, each person’s moves included, and those that refine them', () => {
		const story = newState();
		// A move of other reporting that refines a lit move of the article is drawn in its place: lit too.
		const lit = (m: Dataset['moves'][number]) =>
			story.litFacts.has(m.id) || (m.refines !== undefined && story.litFacts.has(m.refines));
		const litByName = () => dataset.moves.flatMap((m, row) => (lit(m) ? [row] : []));
		const litByRow = () =>
			story.litRows ? [...story.litRows.keys()].filter((row) => story.litRows![row] === 1) : [];
		expect(story.litRows).toBeNull();
		story.hovered = { type: 'sentence', id: 'p4.s3' };
		expect(litByRow()).toEqual(litByName());
		expect(litByRow().length).toBeGreaterThan(0);
		story.hovered = undisclosedFlow;
		expect(litByRow()).toEqual(litByName());
	});

	it('lights a mark of a chart by the rows of its moves, naming none of them', () => {
		const story = newState();
		const rowOf = (id: string) => dataset.moves.findIndex((m) => m.id === id);
		let named = false;
		const flow = markOf(
			'link:from:meta→kind:undisclosed',
			() => ((named = true), ['move-parikh-undisclosed', 'move-das-undisclosed']),
			{ rows: () => [rowOf('move-parikh-undisclosed'), rowOf('move-das-undisclosed')] }
		);
		story.hovered = flow;
		const litByRow = story.litRows
			? [...story.litRows.keys()].filter((row) => story.litRows![row] === 1)
			: [];
		// With the moves to Yutori that refine them, drawn in their place with other reporting.
		expect(litByRow).toEqual(
			['move-parikh-undisclosed', 'move-das-undisclosed', 'move-parikh-yutori', 'move-das-yutori']
				.map(rowOf)
				.sort((a, b) => a - b)
		);
		// The facts of its moves are lit by row, not by name; a fact of no move is not lit.
		expect(story.isLitFact('move-das-undisclosed')).toBe(true);
		expect(story.isLit(['move-das-undisclosed'])).toBe(false);
		expect(story.isLitFact('move-meijer-own-startup')).toBe(false);
		expect(story.isLitFact('meta')).toBe(false);
		expect(named).toBe(false);
		// Each mark of a view asks its view, which tells from the lit rows.
		expect(story.isLitMark({ litBy: (lit) => lit[rowOf('move-das-undisclosed')] === 1 })).toBe(true);
		expect(story.isLitMark({ litBy: (lit) => lit[rowOf('move-meijer-own-startup')] === 1 })).toBe(false);
		// A node also stands for its organization, lit by name.
		story.hovered = markOf('node:from:meta', () => ['meta'], { rows: () => [], others: ['meta'] });
		expect(story.isLit(['meta'])).toBe(true);
		expect(story.isLitFact('meta')).toBe(true);
		expect(story.litRows).toBeNull();
		// Nothing pointed at: no mark is asked.
		story.hovered = null;
		expect(story.isLitMark({ litBy: () => true })).toBe(false);
	});

	it('from a mark, lights the sentences that state its facts, in reading order', () => {
		const story = newState();
		story.toggle(undisclosedFlow);
		expect(story.litSentences).toEqual(['p4.s1', 'p4.s2', 'p4.s5']);
		expect(story.isSelected(undisclosedFlow)).toBe(true);
	});

	it('lets pointing win over the selection while it lasts, then returns to the selection', () => {
		const story = newState();
		story.toggle(undisclosedFlow);
		story.hovered = { type: 'sentence', id: 'p5.s2' };
		expect(story.litSentences).toEqual(['p5.s2']);
		story.hovered = null;
		expect(story.litSentences).toEqual(['p4.s1', 'p4.s2', 'p4.s5']);
	});

	it('toggles a selection off when it is selected again, and clears everything on request', () => {
		const story = newState();
		story.toggle(undisclosedFlow);
		story.toggle(undisclosedFlow);
		expect(story.selected).toBeNull();
		story.toggle({ type: 'sentence', id: 'p4.s2' });
		story.hovered = undisclosedFlow;
		story.clear();
		expect(story.active).toBeNull();
	});

	it('lights no sentence for a mark known only from later reporting', () => {
		const story = newState();
		story.hovered = { type: 'mark', id: 'time:event-publication', facts: ['event-publication'] };
		expect(story.litSentences).toEqual([]);
		expect(story.isLit(['event-publication'])).toBe(true);
	});
});
