import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeMovesFocus } from '../../../src/lib/state/movesFocus';
import {
	parseViewState,
	serializeViewState,
	URL_LIMITS,
	type ViewState
} from '../../../src/lib/state/viewUrl';
import { NAMED_RANGE } from '../../../src/lib/core/views/flowNaming';
import { numRuns, slug, timeout } from './arbitraries';

const known = new Set(Array.from({ length: 70 }, (_, i) => `company-${i}`).concat(['meta', 'x.ai', 'a-b.c']));
const knownIds = [...known];
const knownPeople = ['devi-parikh', 'p-1', 'ada.l'];
/** A month counted from year 0 (2024 × 12 + 2 is March 2024), as the address writes it. */
const monthOf = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/** Any text an address might carry as a month, or a real month written leniently or strictly. */
const monthValue = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc
		.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -1, max: 14 }), fc.boolean())
		.map(([year, month, pad]) => `${year}-${pad ? String(month).padStart(2, '0') : month}`)
);

/** Query strings made of pieces an address might hold: known and unknown ids, repeats, separators, junk. */
const query = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc
		.array(
			fc.oneof(
				fc.constantFrom(...knownIds),
				slug,
				fc.constantFrom(
					'__proto__',
					'constructor',
					'%00',
					'%E0%A4%A',
					'%',
					'\u202E',
					'<script>',
					',',
					'',
					' '
				)
			),
			{ maxLength: 80 }
		)
		.chain((ids) =>
			fc
				.tuple(
					fc.constantFrom('company', 'later', 'x', '__proto__'),
					fc.constantFrom(',', '&company=', '%2C', '&later=1&company=', '&')
				)
				.map(([key, glue]) => `?${key}=${ids.join(glue)}`)
		)
);

describe('parseViewState', () => {
	it(
		'never throws, and keeps only known companies, without duplicates, at most 50',
		() => {
			fc.assert(
				fc.property(query, (search) => {
					const { view, notices } = parseViewState(search, known);
					for (const id of view.companies) expect(known.has(id)).toBe(true);
					expect(new Set(view.companies).size).toBe(view.companies.length);
					expect(view.companies.length).toBeLessThanOrEqual(URL_LIMITS.companies);
					expect(typeof view.later).toBe('boolean');
					expect(Array.isArray(notices)).toBe(true);
				}),
				{ numRuns }
			);
		},
		timeout
	);

	it(
		'reads any from and to into real months in order, or leaves them out with a notice each',
		() => {
			fc.assert(
				fc.property(fc.option(monthValue), fc.option(monthValue), (from, to) => {
					const params = new URLSearchParams();
					if (from !== null) params.set('from', from);
					if (to !== null) params.set('to', to);
					const { view, notices } = parseViewState(params, known);
					for (const month of [view.from, view.to])
						if (month !== undefined) expect(month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
					// A month written plainly is kept, as written or with its zero put back, unless it ends
					// a window before its start.
					const plain = (value: string | null) => {
						const match = /^\s*(\d{4})-(0?[1-9]|1[0-2])\s*$/.exec(value ?? '');
						return match ? `${match[1]}-${match[2]!.padStart(2, '0')}` : undefined;
					};
					expect(view.from).toBe(plain(from));
					if (!(plain(from) && plain(to) && plain(from)! > plain(to)!)) expect(view.to).toBe(plain(to));
					if (view.from && view.to) expect(view.from <= view.to).toBe(true);
					// Each value given and not kept is named in a notice.
					const dropped = [from && !view.from, to && !view.to].filter(Boolean).length;
					expect(notices.filter((n) => n.kind === 'bad-value')).toHaveLength(dropped);
				}),
				{ numRuns }
			);
		},
		timeout
	);

	it(
		'reads back any valid view that serializeViewState wrote',
		() => {
			const period = fc.option(fc.constantFrom('2024', '2023-01', '1999-12', 'undated'), { nil: undefined });
			const view = fc
				.record({
					companies: fc.uniqueArray(fc.constantFrom(...knownIds), { maxLength: URL_LIMITS.companies }),
					later: fc.boolean(),
					named: fc.option(
						fc
							.integer({ min: NAMED_RANGE.min, max: NAMED_RANGE.max })
							.filter((n) => n !== NAMED_RANGE.default),
						{ nil: undefined }
					),
					window: fc.tuple(
						fc.option(fc.integer({ min: 1900 * 12, max: 2100 * 12 - 1 }), { nil: undefined }),
						fc.option(fc.integer({ min: 1900 * 12, max: 2100 * 12 - 1 }), { nil: undefined })
					),
					person: fc.option(fc.constantFrom(...knownPeople), { nil: undefined }),
					kind: fc.constantFrom('arrivals', 'departures', 'net', 'internal', 'from', 'to', 'pair', 'none'),
					outside: fc.constantFrom(...knownIds, '_other'),
					period
				})
				.map(({ companies, later, named, window, person, kind, outside, period }): ViewState => {
					// A window's ends in order, as months; either may be open.
					const [from, to] =
						window[0] !== undefined && window[1] !== undefined && window[0] > window[1]
							? [window[1], window[0]]
							: window;
					const view: ViewState = {
						companies,
						later,
						...(from !== undefined ? { from: monthOf(from) } : {}),
						...(to !== undefined ? { to: monthOf(to) } : {}),
						...(person ? { person } : {}),
						...(named ? { named } : {})
					};
					const at = period === undefined ? {} : { period };
					if (companies.length === 0 || kind === 'none') return view;
					if (kind === 'from' || kind === 'to') {
						if (companies.includes(outside)) return view;
						return { ...view, moves: writeMovesFocus({ kind, organization: outside, ...at }) };
					}
					if (kind === 'pair') {
						if (companies.length !== 2) return view;
						return {
							...view,
							moves: writeMovesFocus({ kind, organization: companies[1], other: companies[0], ...at })
						};
					}
					return { ...view, moves: writeMovesFocus({ kind, ...at }) };
				});
			fc.assert(
				fc.property(view, (input) => {
					expect(parseViewState(serializeViewState(input), known, new Set(knownPeople))).toEqual({
						view: input,
						notices: []
					});
				}),
				{ numRuns }
			);
		},
		timeout
	);
});
