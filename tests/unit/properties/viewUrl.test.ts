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
					kind: fc.constantFrom('arrivals', 'departures', 'net', 'internal', 'from', 'to', 'pair', 'none'),
					outside: fc.constantFrom(...knownIds, '_other'),
					period
				})
				.map(({ companies, later, named, kind, outside, period }): ViewState => {
					const view: ViewState = { companies, later, ...(named ? { named } : {}) };
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
					expect(parseViewState(serializeViewState(input), known)).toEqual({ view: input, notices: [] });
				}),
				{ numRuns }
			);
		},
		timeout
	);
});
