import { describe, expect, it } from 'vitest';
import { careerPath } from '../../../src/lib/core/views/careerPath';
import { buildStore } from '../../../src/lib/core/store';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { move } from './testMoves';
import { datasetOf } from './viewsOf';
import talent from '../../../data/talent.json';

/** A person's path as organization ids with the dates of the moves in and out, run by run. */
function pathOf(d: Dataset, person: string, later = true) {
	const store = buildStore(d);
	const path = careerPath(store, store.personNumber.get(person)!, later);
	const date = (row: number) =>
		row < 0 ? null : (d.moves[row]!.date.start ?? d.moves[row]!.date.end ?? '?');
	return {
		runs: path.runs.map((run) =>
			run.map((p) => [store.organizationIds[p.organization], date(p.arrival), date(p.departure)])
		),
		undated: path.undated.map((row) => d.moves[row]!.id)
	};
}

describe('careerPath', () => {
	it('lists the positions in order, each from the move in to the move out, with the dates as the source gives them', () => {
		const d = datasetOf([
			// Listed out of order: the path orders them by date.
			move('p', 'b', 'a', '2022'),
			move('p', 'a', 'b', '2019-05'),
			move('p', 'a', 'c', '2023-02-14')
		]);
		expect(pathOf(d, 'p').runs).toEqual([
			[
				['a', null, '2019-05'],
				['b', '2019-05', '2022'],
				['a', '2022', '2023-02-14'],
				['c', '2023-02-14', null]
			]
		]);
	});

	it('keeps two moves on the same day in the file’s order', () => {
		const d = datasetOf([move('p', 'a', 'b', '2020-08-01'), move('p', 'b', 'c', '2020-08-01')]);
		expect(pathOf(d, 'p').runs).toEqual([
			[
				['a', null, '2020-08-01'],
				['b', '2020-08-01', '2020-08-01'],
				['c', '2020-08-01', null]
			]
		]);
	});

	it('starts a new run when a move leaves somewhere the last one did not reach, and lists undated moves apart', () => {
		const d = datasetOf([move('p', 'a', 'b', '2020'), move('p', 'c', 'd', '2021'), move('p', 'd', 'e', '?')]);
		const path = pathOf(d, 'p');
		expect(path.runs).toEqual([
			[
				['a', null, '2020'],
				['b', '2020', null]
			],
			[
				['c', null, '2021'],
				['d', '2021', null]
			]
		]);
		expect(path.undated).toEqual([d.moves[2]!.id]);
	});

	it('follows the article: Devi Parikh left Meta for Yutori, known from other reporting only', () => {
		const article = talent as Dataset;
		expect(pathOf(article, 'devi-parikh', false).runs).toEqual([
			[
				['meta', null, '2024-04-03'],
				['undisclosed', '2024-04-03', null]
			]
		]);
		// Other reporting's move to Yutori refines the article's departure: one path, not two.
		expect(pathOf(article, 'devi-parikh', true).runs).toEqual([
			[
				['meta', null, '2024-03'],
				['yutori', '2024-03', null]
			]
		]);
	});
});
