import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	parseViewState,
	serializeViewState,
	URL_LIMITS,
	type ViewState
} from '../../../src/lib/state/viewUrl';
import { NAMED_RANGE } from '../../../src/lib/core/views/flowNaming';

const known = new Set(['meta', 'yutori', 'mistral-ai', 'x.ai']);
const many = new Set(Array.from({ length: 60 }, (_, i) => `company-${i}`));

describe('serializeViewState', () => {
	it.each([
		{ input: DEFAULT_VIEW, expected: '' },
		{ input: { companies: [], later: false }, expected: '' },
		{ input: { companies: ['meta'], later: false }, expected: '?company=meta' },
		{ input: { companies: ['meta', 'yutori'], later: false }, expected: '?company=meta,yutori' },
		{ input: { companies: [], later: true }, expected: '?later=1' },
		{ input: { companies: ['x.ai'], later: true }, expected: '?company=x.ai&later=1' },
		{ input: { companies: ['meta'], later: false, named: 20 }, expected: '?company=meta&named=20' },
		{ input: { companies: [], later: false, named: NAMED_RANGE.default }, expected: '' }
	])('$input → "$expected" (defaults are left out)', ({ input, expected }) => {
		expect(serializeViewState(input)).toBe(expected);
	});

	it('does not mutate its input', () => {
		const view: ViewState = { companies: ['yutori', 'meta'], later: true };
		const copy = structuredClone(view);
		serializeViewState(view);
		expect(view).toEqual(copy);
	});
});

describe('parseViewState', () => {
	it.each([
		{ input: DEFAULT_VIEW },
		{ input: { companies: ['meta'], later: false } },
		{ input: { companies: ['yutori', 'meta'], later: false } },
		{ input: { companies: ['x.ai', 'mistral-ai', 'meta'], later: true } },
		{ input: { companies: [], later: true } },
		{ input: { companies: ['meta'], later: false, named: NAMED_RANGE.min } },
		{ input: { companies: [], later: false, named: NAMED_RANGE.max } }
	])('reads back what serializeViewState wrote: $input', ({ input }) => {
		expect(parseViewState(serializeViewState(input), known)).toEqual({ view: input, notices: [] });
	});

	it.each([
		{ input: '', expected: { companies: [], later: false } },
		{ input: '?', expected: { companies: [], later: false } },
		{ input: '?company=meta', expected: { companies: ['meta'], later: false } },
		{ input: 'company=meta', expected: { companies: ['meta'], later: false } },
		{ input: '?company=meta&company=yutori', expected: { companies: ['meta', 'yutori'], later: false } },
		{ input: '?company=meta,yutori', expected: { companies: ['meta', 'yutori'], later: false } },
		{ input: '?company=meta%2Cyutori', expected: { companies: ['meta', 'yutori'], later: false } },
		{
			input: '?company=yutori,meta&company=x.ai',
			expected: { companies: ['yutori', 'meta', 'x.ai'], later: false }
		},
		{ input: '?company=+meta+,%20yutori', expected: { companies: ['meta', 'yutori'], later: false } },
		{ input: '?company=meta,,,yutori,', expected: { companies: ['meta', 'yutori'], later: false } },
		{ input: '?company=', expected: { companies: [], later: false } },
		{ input: '?company=,', expected: { companies: [], later: false } }
	])('reads companies from "$input", in order', ({ input, expected }) => {
		expect(parseViewState(input, known)).toEqual({ view: expected, notices: [] });
	});

	it.each([
		{ input: '?named=20', named: 20 },
		{ input: '?named=5', named: 5 },
		{ input: '?named=30', named: 30 },
		{ input: '?named=07', named: 7 },
		{ input: '?named=20&named=9', named: 20 },
		// The default is the bare address.
		{ input: '?named=12', named: undefined }
	])('reads how many organizations the flow names from "$input": $named', ({ input, named }) => {
		expect(parseViewState(input, known)).toEqual({
			view: { companies: [], later: false, ...(named ? { named } : {}) },
			notices: []
		});
	});

	it.each(['4', '31', '0', '-5', '12.5', '1e1', 'twelve', '', ' 20', '020'])(
		'ignores ?named=%s, out of 5–30 or not a whole number, with a notice',
		(value) => {
			expect(parseViewState(`?named=${encodeURIComponent(value)}&company=meta`, known)).toEqual({
				view: { companies: ['meta'], later: false },
				notices: [{ kind: 'bad-value', parameter: 'named', value }]
			});
		}
	);

	it('accepts URLSearchParams as well as a string', () => {
		const params = new URLSearchParams([
			['company', 'meta'],
			['later', '1']
		]);
		expect(parseViewState(params, known)).toEqual({
			view: { companies: ['meta'], later: true },
			notices: []
		});
	});

	it.each([
		{ input: '?later=1', expected: true, notices: [] },
		{ input: '?later=true', expected: true, notices: [] },
		{ input: '?later=0', expected: false, notices: [] },
		{ input: '?later=false', expected: false, notices: [] },
		{ input: '?later=1&later=0', expected: false, notices: [] },
		{ input: '?later=0&later=1', expected: true, notices: [] },
		{
			input: '?later=yes',
			expected: false,
			notices: [{ kind: 'bad-value', parameter: 'later', value: 'yes' }]
		},
		{
			input: '?later=TRUE',
			expected: false,
			notices: [{ kind: 'bad-value', parameter: 'later', value: 'TRUE' }]
		},
		{
			input: '?later=',
			expected: false,
			notices: [{ kind: 'bad-value', parameter: 'later', value: '' }]
		},
		{
			input: '?later=1&later=garbage',
			expected: true,
			notices: [{ kind: 'bad-value', parameter: 'later', value: 'garbage' }]
		}
	])('reads later=… from "$input" as $expected', ({ input, expected, notices }) => {
		expect(parseViewState(input, known)).toEqual({ view: { companies: [], later: expected }, notices });
	});

	it.each([
		{
			name: 'a duplicate in one value',
			input: '?company=meta,meta',
			companies: ['meta'],
			notices: [{ kind: 'duplicate-company', value: 'meta' }]
		},
		{
			name: 'a duplicate across repeated parameters',
			input: '?company=meta&company=yutori,meta',
			companies: ['meta', 'yutori'],
			notices: [{ kind: 'duplicate-company', value: 'meta' }]
		},
		{
			name: 'an unknown id',
			input: '?company=acme,meta',
			companies: ['meta'],
			notices: [{ kind: 'unknown-company', value: 'acme' }]
		},
		{
			name: 'an id in the wrong case',
			input: '?company=Meta',
			companies: [],
			notices: [{ kind: 'unknown-company', value: 'Meta' }]
		},
		{
			name: 'an unknown parameter',
			input: '?company=meta&utm_source=news',
			companies: ['meta'],
			notices: [{ kind: 'unknown-parameter', parameter: 'utm_source' }]
		},
		{
			name: 'an unknown parameter given twice, reported once',
			input: '?x=1&x=2',
			companies: [],
			notices: [{ kind: 'unknown-parameter', parameter: 'x' }]
		}
	])('drops $name, with a notice, and keeps the rest', ({ input, companies, notices }) => {
		expect(parseViewState(input, known)).toEqual({ view: { companies, later: false }, notices });
	});

	it(`ignores a company value longer than ${URL_LIMITS.valueLength} characters as a whole`, () => {
		const long = ['meta', ...Array.from({ length: 500 }, () => 'yutori')].join(',');
		expect(long.length).toBeGreaterThan(URL_LIMITS.valueLength);
		expect(parseViewState(`?company=${long}&company=x.ai`, known)).toEqual({
			view: { companies: ['x.ai'], later: false },
			notices: [{ kind: 'too-long', parameter: 'company', limit: URL_LIMITS.valueLength }]
		});
	});

	it(`drops an id longer than ${URL_LIMITS.idLength} characters, even a known one, and shortens it in the notice`, () => {
		const longId = 'a'.repeat(URL_LIMITS.idLength + 1);
		const result = parseViewState(`?company=${longId},meta`, new Set([longId, 'meta']));
		expect(result.view.companies).toEqual(['meta']);
		expect(result.notices).toEqual([{ kind: 'unknown-company', value: `${'a'.repeat(40)}…` }]);
	});

	it(`keeps at most ${URL_LIMITS.companies} companies and says so once`, () => {
		const ids = [...many];
		const result = parseViewState(`?company=${ids.join(',')}`, many);
		expect(result.view.companies).toEqual(ids.slice(0, URL_LIMITS.companies));
		expect(result.notices).toEqual([{ kind: 'too-many-companies', limit: URL_LIMITS.companies }]);
	});

	it('gives back a fresh companies list, not the default one', () => {
		const { view } = parseViewState('', known);
		view.companies.push('meta');
		expect(DEFAULT_VIEW.companies).toEqual([]);
	});

	it('does not mutate the known companies nor the parameters it is given', () => {
		const companies = new Set(known);
		const params = new URLSearchParams('company=meta,acme&later=1');
		parseViewState(params, companies);
		expect([...companies]).toEqual([...known]);
		expect(params.toString()).toBe('company=meta%2Cacme&later=1');
	});
});

describe('the time window (?from=, ?to=) and the person (?person=)', () => {
	const people = new Set(['devi-parikh']);
	const read = (search: string) => parseViewState(search, known, people);

	it.each([
		{ input: '?from=2021-06&to=2022-08', window: { from: '2021-06', to: '2022-08' } },
		{ input: '?from=2021-06', window: { from: '2021-06' } },
		{ input: '?to=2022-08', window: { to: '2022-08' } },
		{ input: '?from=2022-08&to=2022-08', window: { from: '2022-08', to: '2022-08' } },
		// Lenient where the meaning is plain: a month without its leading zero, spaces around it.
		{ input: '?from=2024-3&to=%202024-09%20', window: { from: '2024-03', to: '2024-09' } },
		{ input: '?from=&to=', window: {} }
	])('reads the window of "$input"', ({ input, window }) => {
		expect(read(input)).toEqual({ view: { companies: [], later: false, ...window }, notices: [] });
	});

	it.each([
		['?from=2024-13', 'from', '2024-13'],
		['?from=2024-00', 'from', '2024-00'],
		['?to=2024', 'to', '2024'],
		['?to=24-03', 'to', '24-03'],
		['?from=2024-03-15', 'from', '2024-03-15'],
		['?from=March%202024', 'from', 'March 2024']
	])('ignores a month it cannot read for sure ("%s"), and says so', (input, parameter, value) => {
		expect(read(input)).toEqual({
			view: { companies: [], later: false },
			notices: [{ kind: 'bad-value', parameter, value }]
		});
	});

	it('keeps the start of a window that ends before it starts, drops the end, and says so', () => {
		expect(read('?from=2024-06&to=2024-01')).toEqual({
			view: { companies: [], later: false, from: '2024-06' },
			notices: [{ kind: 'bad-value', parameter: 'to', value: '2024-01' }]
		});
	});

	it('reads a known person, and names an unknown one in a notice without applying it', () => {
		expect(read('?person=devi-parikh&company=meta').view).toEqual({
			companies: ['meta'],
			later: false,
			person: 'devi-parikh'
		});
		expect(read('?person=nobody')).toEqual({
			view: { companies: [], later: false },
			notices: [{ kind: 'unknown-person', value: 'nobody' }]
		});
	});

	it('writes the window and the person back as it reads them', () => {
		const view: ViewState = {
			companies: ['meta'],
			later: true,
			from: '2023-01',
			to: '2024-04',
			person: 'devi-parikh'
		};
		expect(serializeViewState(view)).toBe('?company=meta&later=1&from=2023-01&to=2024-04&person=devi-parikh');
		expect(read(serializeViewState(view))).toEqual({ view, notices: [] });
	});
});

describe('the moves behind a number (?moves=)', () => {
	it('keeps the value as written, for the balance to read, and writes it back with its colons and at signs plain', () => {
		const { view, notices } = parseViewState('?company=meta&moves=from%3Ayutori%402024-03', known);
		expect(notices).toEqual([]);
		expect(view.moves).toBe('from:yutori@2024-03');
		expect(serializeViewState(view)).toBe('?company=meta&moves=from:yutori@2024-03');
	});
});
