import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	parseViewState,
	serializeViewState,
	URL_LIMITS,
	type ViewState
} from '../../../src/lib/state/viewUrl';

const known = new Set(['meta', 'yutori', 'mistral-ai', 'x.ai']);
const many = new Set(Array.from({ length: 60 }, (_, i) => `company-${i}`));

describe('serializeViewState', () => {
	it.each([
		{ input: DEFAULT_VIEW, expected: '' },
		{ input: { companies: [], later: false }, expected: '' },
		{ input: { companies: ['meta'], later: false }, expected: '?company=meta' },
		{ input: { companies: ['meta', 'yutori'], later: false }, expected: '?company=meta,yutori' },
		{ input: { companies: [], later: true }, expected: '?later=1' },
		{ input: { companies: ['x.ai'], later: true }, expected: '?company=x.ai&later=1' }
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
		{ input: { companies: [], later: true } }
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

	it.each([
		{ name: '__proto__ as a company', input: '?company=__proto__' },
		{ name: 'constructor as a company', input: '?company=constructor' },
		{ name: 'a NUL byte', input: '?company=%00' },
		{ name: 'markup', input: '?company=%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
		{ name: 'raw markup', input: '?company=<script>alert(1)</script>' },
		{ name: 'a right-to-left override', input: '?company=%E2%80%AEatem' },
		{ name: 'a raw right-to-left override', input: '?company=\u202Eatem' },
		{ name: 'malformed percent-encoding', input: '?company=%E0%A4%A' },
		{ name: 'a lone percent sign', input: '?company=%' },
		{ name: 'an encoded lone surrogate', input: '?company=%ED%A0%80' },
		{ name: 'a raw lone surrogate', input: '?company=\uD800' }
	])('survives $name: nothing is selected and one unknown-company notice is given', ({ input }) => {
		const result = parseViewState(input, known);
		expect(result.view).toEqual(DEFAULT_VIEW);
		expect(result.notices).toHaveLength(1);
		expect(result.notices[0]!.kind).toBe('unknown-company');
	});

	it.each([
		{ input: '?__proto__=1', parameter: '__proto__' },
		{ input: '?constructor=1', parameter: 'constructor' },
		{ input: '?prototype=1', parameter: 'prototype' },
		{ input: '?%3Cscript%3E=1', parameter: '<script>' },
		// Control characters are shown as a replacement mark, so a notice reads as the address does.
		{ input: '?a%00b=1', parameter: 'a\ufffdb' },
		{ input: '?a%E2%80%AEb=1', parameter: 'a\ufffdb' }
	])('treats "$parameter" as an unknown parameter and pollutes nothing', ({ input, parameter }) => {
		const result = parseViewState(`${input}&company=meta`, known);
		expect(result).toEqual({
			view: { companies: ['meta'], later: false },
			notices: [{ kind: 'unknown-parameter', parameter }]
		});
		expect(Object.keys(Object.prototype)).toEqual([]);
	});

	it('never lets a notice carry more than 41 characters of a hostile value', () => {
		const hostile = `%3Cscript%3E${'x'.repeat(5000)}`;
		const { notices } = parseViewState(`?company=${'y'.repeat(1000)}&later=${hostile}&${hostile}=1`, known);
		for (const notice of notices)
			for (const text of [
				'value' in notice ? notice.value : '',
				'parameter' in notice ? notice.parameter : ''
			])
				expect(text.length).toBeLessThanOrEqual(41);
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
