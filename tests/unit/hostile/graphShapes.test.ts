// Hostile shapes of the graph of moves: a move that goes nowhere (from = to, however it is
// spelled), cycles (A → B → A, A → B → C → A), references to ids that do not exist, ids used twice
// and rows repeated. Fed to the CSV and JSON imports; what they accept is then laid out as the flow
// diagram, which must draw every move with finite coordinates and nothing left over.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { layoutFlows } from '../../../src/lib/transforms/flowLayout';
import {
	datasetOf,
	describeOutcome,
	importCsvText,
	importJsonText,
	movesOf,
	problemsOf,
	report,
	talentWith
} from './feed';
import { englishRow } from '../english';
import { viewsOf } from '../core/viewsOf';
import { plainShown } from '../core/plain';

/** Lays out a dataset's moves as the flow diagram does, and checks that every move is drawn. */
function expectDrawn(dataset: Dataset): void {
	const { flow } = viewsOf(dataset);
	expect(flow.otherToOther).toBe(0);
	const layout = layoutFlows(flow.graph, { width: 640, height: 400 });
	expect(layout.problems).toEqual([]);
	for (const node of layout.nodes)
		expect([node.x0, node.x1, node.y0, node.y1].every(Number.isFinite)).toBe(true);
	for (const link of layout.links) expect(link.path).not.toMatch(/NaN|Infinity/);
	// Every move shown leaves its origin in the first column, so the links out of it carry them all
	// (with other reporting on, the moves it refines are not shown: it stands in for them).
	const origins = new Set(layout.nodes.filter((n) => n.stage === 0).map((n) => n.id));
	const leaving = layout.links.filter((l) => origins.has(l.source));
	const shown = dataset.moves.filter((m) => plainShown(dataset, m, true));
	expect(leaving.reduce((sum, link) => sum + link.value, 0)).toBe(shown.length);
}

describe('a move that goes nowhere', () => {
	it.each([
		{ name: 'from = to', row: 'Ada,Meta,Meta' },
		{ name: 'from = to in another case', row: 'Ada,Meta,META' },
		{ name: 'from = to with é composed and decomposed', row: 'Ada,Caf\u00e9,Cafe\u0301' },
		{ name: 'from = to but for a zero-width space', row: 'Ada,Meta,Me\u200bta' },
		{ name: 'from = to but for spaces', row: 'Ada, Meta ,Meta' }
	])('$name, in a moves CSV: the row is left out, saying row and column', ({ name, row }) => {
		const outcome = importCsvText(`person,from,to\n${row}\nBob,Meta,Yutori\n`);
		report(`a self-loop: ${name}`, 'CSV import (moves)', describeOutcome(outcome));
		expect(outcome.ok && outcome.value.rejected.map(englishRow)).toEqual([
			{ row: 2, field: 'to', message: 'is the same organization as the one left' }
		]);
		expect(movesOf(datasetOf(outcome))).toEqual(['Bob: Meta → Yutori (unknown no date)']);
	});

	it('two positions in a row at one organization, in career histories: no move (a change of title)', () => {
		const outcome = importCsvText(
			'person,organization,title,start\nAda,Meta,Engineer,2020\nAda,Meta,Director,2022\n'
		);
		report(
			'a self-loop: two positions in a row at Meta',
			'CSV import (career histories)',
			describeOutcome(outcome)
		);
		expect(datasetOf(outcome).moves).toEqual([]);
	});

	// Both CSV imports agree on what "the same organization" is: the same name without case.
	it('two positions at "Meta" then "META", in career histories: no move, as in a moves file', () => {
		const outcome = importCsvText('person,organization,start\nAda,Meta,2020\nAda,META,2022\n');
		report(
			'a self-loop: positions at Meta then META',
			'CSV import (career histories)',
			describeOutcome(outcome)
		);
		expect(datasetOf(outcome).moves).toEqual([]);
	});

	it('from = to, in a JSON dataset: refused, with its path', () => {
		const outcome = importJsonText(talentWith((d) => (d.moves[2].to = d.moves[2].from)));
		report('a self-loop: moves[2].to = moves[2].from', 'JSON import', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([
			'moves[2].to: a move must end at another organization than it starts from'
		]);
	});
});

describe('cycles', () => {
	it.each([
		{
			name: 'A → B and B → A by two people',
			text: 'person,from,to\nAda,Meta,Yutori\nBob,Yutori,Meta\n',
			moves: ['Ada: Meta → Yutori (unknown no date)', 'Bob: Yutori → Meta (unknown no date)']
		},
		{
			name: 'A → B → A by one person',
			text: 'person,from,to,date\nAda,Meta,Yutori,2020\nAda,Yutori,Meta,2022\n',
			moves: ['Ada: Meta → Yutori (year 2020)', 'Ada: Yutori → Meta (year 2022)']
		},
		{
			name: 'A → B → C → A by three people',
			text: 'person,from,to\nAda,Meta,Yutori\nBob,Yutori,Cohere\nChloé,Cohere,Meta\n',
			moves: [
				'Ada: Meta → Yutori (unknown no date)',
				'Bob: Yutori → Cohere (unknown no date)',
				'Chloé: Cohere → Meta (unknown no date)'
			]
		},
		{
			name: 'A → B → A → B in career histories (two returns)',
			text: 'person,organization,start\nAda,Meta,2015\nAda,Yutori,2018\nAda,Meta,2020\nAda,Yutori,2022\n',
			moves: [
				'Ada: Meta → Yutori (year 2018)',
				'Ada: Yutori → Meta (year 2020)',
				'Ada: Meta → Yutori (year 2022)'
			]
		}
	])('$name: every move is imported and drawn', ({ name, text, moves }) => {
		const outcome = importCsvText(text);
		report(`a cycle: ${name}`, 'CSV import, then layoutFlows', describeOutcome(outcome));
		expect(movesOf(datasetOf(outcome))).toEqual(moves);
		expectDrawn(datasetOf(outcome));
	});

	it('A → B → A in a JSON dataset: imported and drawn', () => {
		const text = talentWith((d) => {
			const back = structuredClone(d.moves[0]);
			back.id = 'move-back';
			[back.from, back.to] = [d.moves[0].to, d.moves[0].from];
			d.moves.push(back);
		});
		const outcome = importJsonText(text);
		report(
			'a cycle: the reverse of moves[0] added',
			'JSON import, then layoutFlows',
			describeOutcome(outcome)
		);
		expectDrawn(datasetOf(outcome));
	});
});

describe('ids that do not resolve, or are used twice, in a JSON dataset', () => {
	it.each([
		{
			name: 'a move by an unknown person',
			change: (d: any) => (d.moves[0].person = 'ghost'),
			problems: [
				'moves[0].person: no person has the id "ghost"',
				// The move of other reporting that told where Meijer went is no longer of the same departure.
				'moves[3].refines: the move "move-meijer-own-startup" is another departure: a move can only refine one of the same person from the same organization'
			]
		},
		{
			name: 'a move to an unknown organization',
			change: (d: any) => (d.moves[0].to = 'nowhere'),
			problems: ['moves[0].to: no organization has the id "nowhere"']
		},
		{
			name: 'a role at an unknown organization',
			change: (d: any) => (d.people[1].roles[0].organization = 'nowhere'),
			problems: ['people[1].roles[0].organization: no organization has the id "nowhere"']
		},
		{
			name: 'an event naming an unknown person',
			change: (d: any) => d.events[0].people.push('ghost'),
			problems: [expect.stringMatching(/^events\[0\]\.people\[\d+\]: no person has the id "ghost"$/)]
		},
		{
			name: 'evidence citing an unknown source',
			change: (d: any) => (d.moves[1].evidence[0].source = 'rumour'),
			problems: ['moves[1].evidence[0].source: no source has the id "rumour"']
		},
		{
			name: 'two organizations with one id',
			change: (d: any) => (d.organizations[3].id = d.organizations[0].id),
			problems: expect.arrayContaining([
				`organizations[3].id: the id "meta" is already used at organizations[0].id`
			])
		},
		{
			name: 'a move with the id of a person',
			change: (d: any) => (d.moves[0].id = d.people[0].id),
			problems: [
				'moves[0].id: the id "devi-parikh" is already used at people[0].id',
				// The move of other reporting that refined it names an id no move has now.
				'moves[3].refines: no move has the id "move-meijer-own-startup"'
			]
		},
		{
			name: 'an id with capitals',
			change: (d: any) => (d.people[0].id = 'Devi-Parikh'),
			problems: expect.arrayContaining([
				'people[0].id: expected an id of lower-case letters, digits and hyphens, like "erik-meijer"'
			])
		}
	])('$name: refused, with its path', ({ name, change, problems }) => {
		const outcome = importJsonText(talentWith(change));
		report(name, 'JSON import (validateDataset)', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual(problems);
	});
});

describe('repeated rows in a CSV', () => {
	it('one person at one organization twice, in career histories: one position more, no move', () => {
		const outcome = importCsvText(
			'person,organization,start\nAda,Meta,2020\nAda,Meta,2020\nAda,Yutori,2022\n'
		);
		report('a career row given twice', 'CSV import (career histories)', describeOutcome(outcome));
		expect(movesOf(datasetOf(outcome))).toEqual(['Ada: Meta → Yutori (year 2022)']);
	});

	// Counted twice, the move would be drawn two people wide under a label saying "1 person".
	it('one move given twice, in a moves file: counted once, the copy left out naming the first', () => {
		const outcome = importCsvText('person,from,to,date\nAda,Meta,Yutori,2024-03\nAda,Meta,Yutori,2024-03\n');
		report('a moves row given twice', 'CSV import (moves)', describeOutcome(outcome));
		expect(movesOf(datasetOf(outcome))).toEqual(['Ada: Meta → Yutori (month 2024-03)']);
		expect(outcome.ok && outcome.value.rejected.map(englishRow)).toEqual([
			{ row: 3, message: 'repeats row 2 word for word' }
		]);
	});
});
