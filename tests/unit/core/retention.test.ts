import { describe, expect, it } from 'vitest';
import { buildStore } from '../../../src/lib/core/store';
import {
	retentionAvailability,
	retentionAvailabilityInSlices,
	retentionView
} from '../../../src/lib/core/views/retention';
import { anniversary } from '../../../src/lib/core/views/stays';
import { dayNumber, NO_DAY } from '../../../src/lib/core/days';
import type { Dataset } from '../../../src/lib/schema/dataset';
import type { ViewState } from '../../../src/lib/state/viewUrl';
import { balanceView } from '../../../src/lib/core/views/balance';
import { movesBehind } from '../../../src/lib/core/views/movesBehind';
import {
	NOT_A_STAY,
	OUTCOMES,
	RETENTION_YEARS,
	Stays,
	stayOutcomes
} from '../../../src/lib/core/views/stays';
import { placeStaysInSlices } from '../../../src/lib/core/views/placedStays';
import { runToEnd } from '../../../src/lib/core/runToEnd';
import type { MovesFocus } from '../../../src/lib/state/movesFocus';
import { move, on } from './testMoves';
import type { Move } from '../../../src/lib/schema/dataset';
import { buildDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { guessMapping } from '../../../src/lib/import/mapping';
import { datasetOf, viewsOf } from './viewsOf';
import talent from '../../../data/talent.json';

// People who join X, and what the data says of them. The data's last known day is 2023-12-31
// (the last move, someone else's).
const moves = [
	// Left after four and a half months: gone at 1 and at 2 years.
	move('p1', 'a', 'x', '2020-01-15'),
	move('p1', 'x', 'b', '2020-06-01'),
	// Left after a year and a half: there at 1 year, gone at 2.
	move('p2', 'a', 'x', '2020-03-01'),
	move('p2', 'x', 'b', '2021-09-01'),
	// Never seen leaving, and the data goes on for more than 2 years: there at both.
	move('p3', 'a', 'x', '2020-05-10'),
	// A return to a past employer: the second stay begins with the return, and lasts 2.5 years.
	move('p4', 'x', 'a', '2019-01-01'),
	move('p4', 'a', 'x', '2020-07-01'),
	move('p4', 'x', 'c', '2023-01-01'),
	// Two moves on the same day, in the file's order: joined and left at once.
	move('p5', 'a', 'x', '2020-08-01'),
	move('p5', 'x', 'b', '2020-08-01'),
	// Left on a day no source gives: unknown at both.
	move('p6', 'a', 'x', '2020-09-01'),
	move('p6', 'x', 'b', '?'),
	// Known to the year only: leaving in 2021 may be before or after the first anniversary (unknown),
	// but is surely before the second.
	move('p7', 'a', 'x', '2020'),
	move('p7', 'x', 'b', '2021'),
	// Joined too near the data's end to tell: censored at both.
	move('p8', 'a', 'x', '2023-06-01'),
	// Joined 18 months before its end: there at 1 year, censored at 2.
	move('p9', 'a', 'x', '2022-06-01'),
	// Joined on no date: in no cohort.
	move('p10', 'a', 'x', '?'),
	// Left on the first anniversary, to the day: still there after 1 year.
	move('p11', 'a', 'x', '2021-02-01'),
	move('p11', 'x', 'b', '2022-02-01'),
	move('q', 'a', 'b', '2023-12-31')
];
const dataset = datasetOf(moves);

const count = (stayed: number, left: number, censored: number, unknown: number) => ({
	stayed,
	left,
	censored,
	unknown
});

function retentionOf(d: Dataset, view: Partial<ViewState>) {
	const { store, rows, selection } = viewsOf(d, view);
	return retentionView(store, rows, selection);
}

describe('retentionView', () => {
	it('groups the people who joined an organization by year, and tells who was still there 1 and 2 years on', () => {
		const { cohorts, undated, lastDay } = retentionOf(dataset, { companies: ['x'] });
		expect(lastDay).toBe(dayNumber(2023, 11, 31));
		expect(cohorts.map(({ year, joined, after }) => ({ year, joined, after }))).toEqual([
			{ year: 2020, joined: 7, after: [count(3, 2, 0, 2), count(2, 4, 0, 1)] },
			{ year: 2021, joined: 1, after: [count(1, 0, 0, 0), count(0, 1, 0, 0)] },
			{ year: 2022, joined: 1, after: [count(1, 0, 0, 0), count(0, 0, 1, 0)] },
			{ year: 2023, joined: 1, after: [count(0, 0, 1, 0), count(0, 0, 1, 0)] }
		]);
		expect(retentionOf(dataset, { companies: ['x'] }).totals).toEqual([
			{ organization: expect.any(Number), joined: 10, after: [count(5, 2, 1, 2), count(2, 5, 2, 1)] }
		]);
		expect(undated).toHaveLength(1);
		expect(undated[0]!.arrivals).toBe(1);
	});

	it('chooses who joined by the time window, but follows them past it', () => {
		const { cohorts } = retentionOf(dataset, { companies: ['x'], from: '2020-03', to: '2020-03' });
		// p2 joined in March 2020 and left in September 2021, outside the window. p7 joined in 2020,
		// known to the year only: an uncertain date counts when it can fall in the window.
		expect(cohorts).toEqual([
			expect.objectContaining({ year: 2020, joined: 2, after: [count(1, 0, 0, 1), count(0, 2, 0, 0)] })
		]);
	});

	it('keeps one table per chosen organization, in the order chosen', () => {
		const { store, rows, selection } = viewsOf(dataset, { companies: ['b', 'x'] });
		const { cohorts } = retentionView(store, rows, selection);
		expect(cohorts.map((c) => [store.organizationIds[c.organization], c.year])).toEqual([
			['b', 2020],
			['b', 2021],
			['b', 2022],
			['b', 2023],
			['x', 2020],
			['x', 2021],
			['x', 2022],
			['x', 2023]
		]);
	});

	it('puts an arrival dated only to a span that runs over more than one year in no year, but in the total', () => {
		const loose = datasetOf([
			// "On or before 3 April 2024": it may have been in 2023. Never seen leaving.
			move('r1', 'a', 'x', { precision: 'range', end: '2024-04-03' }),
			// Between December 2022 and February 2023. Gone in 2023, before the first anniversary.
			move('r2', 'a', 'x', { precision: 'range', start: '2022-12', end: '2023-02' }),
			move('r2', 'x', 'b', '2023-03-01'),
			// Within 2022, to the month: in 2022.
			move('r3', 'a', 'x', { precision: 'range', start: '2022-03', end: '2022-05' }),
			move('q', 'a', 'b', '2026-06-01')
		]);
		const { cohorts, loose: looseArrivals, totals } = retentionOf(loose, { companies: ['x'] });
		expect(cohorts.map(({ year, joined }) => ({ year, joined }))).toEqual([{ year: 2022, joined: 1 }]);
		expect(looseArrivals).toEqual([{ organization: expect.any(Number), arrivals: 2 }]);
		expect(totals).toEqual([
			{ organization: expect.any(Number), joined: 3, after: [count(2, 1, 0, 0), count(2, 1, 0, 0)] }
		]);
		// Within a window of 2024 alone, "on or before 3 April 2024" is in 2024.
		expect(retentionOf(loose, { companies: ['x'], from: '2024-01', to: '2024-12' }).cohorts).toEqual([
			expect.objectContaining({ year: 2024, joined: 1 })
		]);
	});

	it('sums weights', () => {
		const weighted = datasetOf([move('p', 'a', 'x', '2020-01-01', 3), move('q', 'a', 'b', '2023-06-01')]);
		expect(retentionOf(weighted, { companies: ['x'] }).cohorts[0]).toMatchObject({
			joined: 3,
			after: [count(3, 0, 0, 0), count(3, 0, 0, 0)]
		});
	});
});

describe('retentionView, when a stay ends with no move out (the last position ended)', () => {
	/** A move whose stay ends on a date (see `on`) with no later move out. */
	const endingOn = (m: Move, end: string): Move => ({ ...m, stayEnd: on(end) });
	const ended = datasetOf([
		// Ended 8 months after joining: gone at 1 and at 2 years.
		endingOn(move('e1', 'a', 'x', '2020-04-01'), '2020-12-01'),
		// Ended 18 months after joining: there at 1 year, gone at 2.
		endingOn(move('e2', 'a', 'x', '2020-02-01'), '2021-08-01'),
		// Ended in 2021, known to the year: either side of the first anniversary, surely before the second.
		endingOn(move('e3', 'a', 'x', '2020-06-01'), '2021'),
		// Ended on a day no source gives: unclear at both.
		endingOn(move('e4', 'a', 'x', '2020-07-01'), '?'),
		// A later move out ends the stay first: whatever end is stated, the move decides.
		endingOn(move('e5', 'a', 'x', '2020-01-01'), '2020-03-01'),
		move('e5', 'x', 'b', '2022-06-01'),
		// No end and no move out, and the data goes on past both anniversaries: there at both.
		move('e6', 'a', 'x', '2020-05-01'),
		// The latest move of all is e5's, in June 2022; only the stated end of e7's stay (at b) says the
		// data goes on to June 2023, so e8 is not censored at 2 years.
		endingOn(move('e7', 'a', 'b', '2021-01-01'), '2023-06-30'),
		// Joined in January 2021: 2 years on is January 2023, before the data's last known day.
		move('e8', 'a', 'x', '2021-01-15')
	]);

	it('counts an ended stay as left before its end and still there up to it, like a move out', () => {
		const { cohorts } = retentionOf(ended, { companies: ['x'] });
		expect(cohorts.map(({ year, joined, after }) => ({ year, joined, after }))).toEqual([
			{ year: 2020, joined: 6, after: [count(3, 1, 0, 2), count(2, 3, 0, 1)] },
			{ year: 2021, joined: 1, after: [count(1, 0, 0, 0), count(1, 0, 0, 0)] }
		]);
	});

	it('leads the figures to their people: e1 gone within the year, e2 there after it but gone after two', () => {
		const { store, rows, selection } = viewsOf(ended, { companies: ['x'] });
		const balance = balanceView(store, rows, selection.organizations, 'year');
		const stays = stayOutcomes(store, selection.later);
		const people = (focus: MovesFocus) =>
			[...movesBehind(store, rows, balance, focus, stays)].map((row) => ended.moves[row]!.person);
		expect(people({ kind: 'left', years: 1 })).toEqual(['e1']);
		expect(people({ kind: 'stayed', years: 1, period: '2020' })).toEqual(['e2', 'e5', 'e6']);
		expect(people({ kind: 'left', years: 2 })).toEqual(['e1', 'e2', 'e3']);
	});

	it('draws the censoring line at the latest date the data knows, a stated end included', () => {
		expect(retentionOf(ended, { companies: ['x'] }).lastDay).toBe(dayNumber(2023, 5, 30));
		// Without that end, the data stops with its latest move: whoever joined less than 2 years before is censored.
		const withoutEnds = datasetOf(
			ended.moves.map((m) => {
				const { stayEnd, ...rest } = m;
				return stayEnd ? rest : m;
			})
		);
		const { cohorts, lastDay } = retentionOf(withoutEnds, { companies: ['x'] });
		expect(lastDay).toBe(dayNumber(2022, 5, 1));
		expect(cohorts[1]).toMatchObject({ year: 2021, after: [count(1, 0, 0, 0), count(0, 0, 1, 0)] });
	});

	it('counts from a career file: a last position that ended 8 months after joining is gone, 18 months there at 1 year only', () => {
		const read = readCsv(
			[
				'person,organization,start,end',
				'Ada,Meta,2017,2020-03',
				'Ada,Yutori,2020-04-01,2020-12-01',
				'Bob,Meta,2017,2020-01',
				'Bob,Yutori,2020-02-01,2021-08-01',
				'Cy,Meta,2017,2019',
				'Cy,Yutori,2020-01-15,',
				// The latest date of the file: Di's last position ended then.
				'Di,Meta,2017,2019',
				'Di,Google,2019,2023-06-30'
			].join('\n')
		);
		if (!read.ok) throw new Error('the file should read');
		const { dataset } = buildDataset(
			read.table,
			'careers',
			guessMapping(read.table.headers, 'careers'),
			'c.csv'
		);
		const { totals } = retentionOf(dataset, { companies: ['yutori'] });
		expect(totals[0]).toMatchObject({ joined: 3, after: [count(2, 1, 0, 0), count(1, 2, 0, 0)] });
	});
});

describe('the moves behind a retention figure', () => {
	/** The people behind a retention number, as the table lists them (`?moves=stayed:1`, say). */
	function behind(view: Partial<ViewState>, focus: MovesFocus) {
		const { store, rows, selection } = viewsOf(dataset, view);
		const balance = balanceView(store, rows, selection.organizations, 'year');
		const stays = stayOutcomes(store, selection.later);
		return [...movesBehind(store, rows, balance, focus, stays)].map((row) => dataset.moves[row]!.person);
	}

	it('lists the arrivals still there, and those gone, 1 and 2 years on: as many as the figures count', () => {
		expect(behind({ companies: ['x'] }, { kind: 'stayed', years: 1, period: '2020' })).toEqual([
			'p2',
			'p3',
			'p4'
		]);
		expect(behind({ companies: ['x'] }, { kind: 'left', years: 1, period: '2020' })).toEqual(['p1', 'p5']);
		expect(behind({ companies: ['x'] }, { kind: 'stayed', years: 2 })).toEqual(['p3', 'p4']);
		expect(behind({ companies: ['x'] }, { kind: 'left', years: 2 })).toHaveLength(5);
	});

	it('narrows to one chosen organization when several are', () => {
		const both = { companies: ['b', 'x'] };
		const atX = behind(both, { kind: 'stayed', years: 1, organization: 'x' });
		const atB = behind(both, { kind: 'stayed', years: 1, organization: 'b' });
		expect(atX).toEqual(behind({ companies: ['x'] }, { kind: 'stayed', years: 1 }));
		expect(behind(both, { kind: 'stayed', years: 1 }).sort()).toEqual([...atX, ...atB].sort());
	});
});

describe('Stays', () => {
	it('places the stays at an organization when first asked, as placing every stay in the data would', () => {
		const store = buildStore(dataset);
		const x = store.organizationNumber.get('x')!;
		const atX = new Stays(store, true).at([x]);
		const all = stayOutcomes(store, true);
		const YEARS = RETENTION_YEARS.length;
		let placed = 0;
		for (let row = 0; row < store.size; row++)
			for (let n = 0; n < YEARS; n++) {
				const expected = store.to[row] === x ? all[row * YEARS + n] : NOT_A_STAY;
				expect(atX[row * YEARS + n]).toBe(expected);
				if (expected !== NOT_A_STAY) placed++;
			}
		// Ten joined X by a dated move: p1 to p11 but p10, whose move has no date.
		expect(placed / YEARS).toBe(10);
	});
});

describe('retentionAvailability', () => {
	it('is told the same a slice of people at a time, as an import is told before it is shown', () => {
		for (const data of [dataset, talent as Dataset]) {
			const store = buildStore(data);
			const work = retentionAvailabilityInSlices(store, 2);
			let step = work.next();
			let slices = 0;
			for (; !step.done; step = work.next()) slices++;
			expect(step.value).toBe(retentionAvailability(store));
			if (step.value === 'no-stays') expect(slices).toBe(Math.floor(store.personIds.length / 2));
		}
	});

	it('is available when someone is seen leaving a place they moved to', () => {
		expect(retentionAvailability(buildStore(dataset))).toBe('available');
	});

	it('is available when the only stays that end are ended by a stated, dated end', () => {
		const onlyEnds = datasetOf([{ ...move('p', 'a', 'x', '2020'), stayEnd: on('2021-06') }]);
		expect(retentionAvailability(buildStore(onlyEnds))).toBe('available');
	});

	it('is not, when the only stated end is on a day no source gives: how long people stay cannot be told', () => {
		const undatedEnd = datasetOf([{ ...move('p', 'a', 'x', '2020'), stayEnd: on('?') }]);
		expect(retentionAvailability(buildStore(undatedEnd))).toBe('no-stays');
	});

	it('is not, when no stay ends in the data (the article: everyone leaves Meta, no one leaves again)', () => {
		expect(retentionAvailability(buildStore(talent as Dataset))).toBe('no-stays');
	});

	it('is not, for flows counted from a larger file, which follow no one', () => {
		const flows = datasetOf([move('all', 'a', 'x', '2020', 5), move('all', 'x', 'b', '2021', 2)]);
		flows.sources = [{ id: 'file', kind: 'aggregate', title: 'flows.json', publisher: 'test' }];
		expect(retentionAvailability(buildStore(flows))).toBe('no-people');
	});
});

describe('anniversary', () => {
	it.each([
		{ day: [2020, 2, 1], years: 1, expected: [2021, 2, 1] },
		{ day: [2020, 1, 29], years: 1, expected: [2021, 2, 1] },
		{ day: [2020, 1, 29], years: 4, expected: [2024, 1, 29] },
		{ day: [2023, 11, 31], years: 2, expected: [2025, 11, 31] }
	])('is the same date $years years after $day (month from 0)', ({ day, years, expected }) => {
		const [y, m, d] = day as [number, number, number];
		const [ey, em, ed] = expected as [number, number, number];
		expect(anniversary(dayNumber(y, m, d), years)).toBe(dayNumber(ey, em, ed));
	});
});

describe('placeStaysInSlices (an import’s stays, placed before it is shown)', () => {
	const YEARS = RETENTION_YEARS.length;
	it('places every stay as placing each organization when first chosen would, in slices', () => {
		const store = buildStore(dataset);
		const work = placeStaysInSlices(store);
		let slices = 0;
		let step = work.next();
		for (; !step.done; step = work.next()) slices++;
		const placed = step.value;
		expect(placed.availability).toBe('available');
		expect(slices).toBeGreaterThan(0);
		for (const later of [false, true]) {
			const all = stayOutcomes(store, later);
			expect(Array.from(placed.of(later)!.at([]))).toEqual(Array.from(all));
		}
		// Every arrival by a dated move has an outcome; nothing else has one.
		const outcomes = placed.of(false)!.outcomes;
		for (let row = 0; row < store.size; row++) {
			const arrival = store.from[row] !== store.to[row] && store.first[row] !== NO_DAY;
			expect(outcomes[row * YEARS] !== NOT_A_STAY).toBe(arrival);
		}
	});

	it('keeps one placing for both settings of other reporting when no move depends on it, and two when one does', () => {
		const store = buildStore(dataset);
		const placed = runToEnd(placeStaysInSlices(store));
		expect(placed.of(true)).toBe(placed.of(false));
		const withLater = datasetOf([
			move('p', 'a', 'x', '2020-01'),
			{ ...move('p', 'x', 'b', '2020-06'), evidence: [laterEvidence] }
		]);
		const both = runToEnd(placeStaysInSlices(buildStore(withLater)));
		expect(both.of(true)).not.toBe(both.of(false));
		const x = buildStore(withLater);
		const arrival = x.to.findIndex((k) => x.organizationIds[k] === 'x');
		// Without other reporting, no one is seen leaving X: the data ends before a year is out.
		expect(both.of(false)!.outcomes[arrival * YEARS]).toBe(OUTCOMES.indexOf('censored'));
		expect(both.of(true)!.outcomes[arrival * YEARS]).toBe(OUTCOMES.indexOf('left'));
	});

	it('places nothing where retention cannot be told, and says why', () => {
		const placed = runToEnd(placeStaysInSlices(buildStore(talent as Dataset)));
		expect(placed.availability).toBe('no-stays');
		expect(placed.of(false)).toBeNull();
	});
});

const laterEvidence = {
	basis: 'later-reporting',
	source: 'b',
	claim: 'a claim',
	confidence: 'medium'
} as const;
