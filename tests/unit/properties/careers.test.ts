import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveMoves, type DerivedMove, type Position } from '../../../src/lib/import/careers';
import { isStated, type CellDate } from '../../../src/lib/import/dates';
import { numRuns, partialDate, timeout } from './arbitraries';

const cellDate: fc.Arbitrary<CellDate> = fc.option(
	partialDate.map((value) => ({
		value,
		precision:
			value.length === 10 ? ('day' as const) : value.length === 7 ? ('month' as const) : ('year' as const)
	})),
	{ nil: null, freq: 3 }
);

/** Career rows of a few people at a few organizations, with random or missing dates, numbered from row 2. */
const positions: fc.Arbitrary<Position[]> = fc
	.array(
		fc.record({
			person: fc.constantFrom('ada', 'bob', 'chloé'),
			organization: fc.constantFrom('meta', 'yutori', 'google', 'mistral'),
			title: fc.constantFrom('', 'Engineer', 'Director'),
			start: cellDate,
			end: cellDate
		}),
		{ maxLength: 25 }
	)
	.chain((list) =>
		fc.shuffledSubarray(
			list.map((p, i) => ({ ...p, row: i + 2 })),
			{ minLength: list.length, maxLength: list.length }
		)
	);

/**
 * The rules of `deriveMoves` written plainly, as they read: each person's dated positions in a
 * list (people in the order of their first one), sorted by date then row, a move at each change
 * of organization, and the end of the last stay from the run of positions there.
 */
function plainDeriveMoves(positions: readonly Position[]) {
	const byPerson = new Map<string, Position[]>();
	for (const p of positions) {
		if (!p.start && !p.end) continue;
		if (!byPerson.has(p.person)) byPerson.set(p.person, []);
		byPerson.get(p.person)!.push(p);
	}
	const key = (p: Position) => (p.start ?? p.end)!.value;
	const lastDay = (value: string) => value + '-12-31'.slice(value.length - 4);
	const moves: DerivedMove[] = [];
	for (const [person, list] of byPerson) {
		const ordered = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.row - b.row));
		const last = ordered.at(-1)!.organization;
		let lastRun = ordered.length - 1;
		while (lastRun > 0 && ordered[lastRun - 1]!.organization === last) lastRun--;
		ordered.forEach((after, i) => {
			const before = ordered[i - 1];
			if (!before || before.organization === after.organization) return;
			const dateFrom = isStated(after.start) ? 'start' : isStated(before.end) ? 'previous-end' : 'none';
			const move: DerivedMove = {
				person,
				from: before.organization,
				to: after.organization,
				date: dateFrom === 'start' ? after.start : dateFrom === 'previous-end' ? before.end : null,
				dateFrom,
				rows: [before.row, after.row]
			};
			const run = ordered.slice(lastRun);
			if (i === lastRun && run.every((p) => p.end)) {
				const vague = run.find((p) => !isStated(p.end));
				const latest = run.reduce((a, b) => (lastDay(b.end!.value) > lastDay(a.end!.value) ? b : a));
				move.stayEnd = (vague ?? latest).end!;
			}
			moves.push(move);
		});
	}
	const skipped = positions.filter((p) => !p.start && !p.end).map((p) => ({ row: p.row, reason: 'undated' }));
	return { moves, skipped };
}

describe('deriveMoves', () => {
	it('orders thousands of positions of one person as it orders a few (a column mapped as the person that is not one)', () => {
		const many: Position[] = Array.from({ length: 3_000 }, (_, i) => ({
			row: i + 2,
			person: 'everyone',
			organization: ['meta', 'yutori', 'google'][i % 3]!,
			title: '',
			start: { value: String(2020 - Math.floor(i / 100)), precision: 'year' },
			end: null
		}));
		expect(deriveMoves(many)).toEqual(plainDeriveMoves(many));
	});

	it('keeps two positions of the same date and row in the order given, as a stable sort does', () => {
		const at = (organization: string): Position => ({
			row: 2,
			person: 'ada',
			organization,
			title: '',
			start: { value: '2020', precision: 'year' },
			end: null
		});
		expect(deriveMoves([at('meta'), at('yutori')]).moves.map((m) => [m.from, m.to])).toEqual([
			['meta', 'yutori']
		]);
	});

	it(
		'gives the moves of its plain definition, in the same order, for any positions in any order',
		() => {
			fc.assert(
				fc.property(positions, (input) => {
					expect(deriveMoves(input)).toEqual(plainDeriveMoves(input));
				}),
				{ numRuns }
			);
		},
		timeout
	);

	it(
		'never throws, and never invents a move between organizations that no row of that person connects',
		() => {
			fc.assert(
				fc.property(positions, (input) => {
					const { moves, skipped } = deriveMoves(input);
					const byRow = new Map(input.map((p) => [p.row, p]));
					for (const move of moves) {
						const [before, after] = move.rows.map((row) => byRow.get(row));
						expect(before?.person).toBe(move.person);
						expect(after?.person).toBe(move.person);
						expect(before?.organization).toBe(move.from);
						expect(after?.organization).toBe(move.to);
						expect(move.from).not.toBe(move.to);
					}
					expect(skipped.map((s) => s.row).sort()).toEqual(
						input
							.filter((p) => !p.start && !p.end)
							.map((p) => p.row)
							.sort()
					);
				}),
				{ numRuns }
			);
		},
		timeout
	);

	it(
		'gives each person at most one move fewer than their dated positions',
		() => {
			fc.assert(
				fc.property(positions, (input) => {
					const { moves } = deriveMoves(input);
					for (const person of new Set(input.map((p) => p.person))) {
						const dated = input.filter((p) => p.person === person && (p.start || p.end)).length;
						const made = moves.filter((m) => m.person === person).length;
						expect(made).toBeLessThanOrEqual(Math.max(0, dated - 1));
					}
				}),
				{ numRuns }
			);
		},
		timeout
	);

	it(
		'dates each move by the start of the new position, or else the end of the old one',
		() => {
			fc.assert(
				fc.property(positions, (input) => {
					const byRow = new Map(input.map((p) => [p.row, p]));
					for (const move of deriveMoves(input).moves) {
						const [before, after] = move.rows.map((row) => byRow.get(row)!);
						expect(move.date).toEqual(after!.start ?? before!.end);
					}
				}),
				{ numRuns }
			);
		},
		timeout
	);
});
