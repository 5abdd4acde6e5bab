// __proto__, constructor and prototype (and other names every object has) as JSON keys, CSV
// headers, names that become ids, and cell values. None may reach Object.prototype, and an id
// such as "constructor" must find its own organization, not a property every object inherits.
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/lib/import/importFile';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { flowLabels } from '../../../src/lib/transforms/chartLabels';
import { indexDataset } from '../../../src/lib/transforms/describeFact';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import {
	datasetOf,
	describeOutcome,
	expectPristinePrototype,
	importCsvText,
	importJsonText,
	movesOf,
	problemsOf,
	report,
	talent
} from './feed';
import { englishChecked, problemLine, rowLine } from '../english';
import { viewsOf } from '../core/viewsOf';

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Where in the committed dataset a key is slipped in, and the path a problem there names. */
const PLACES: { name: string; at: (d: any) => Record<string, unknown>; path: string }[] = [
	{ name: 'the top level', at: (d) => d, path: '(top level)' },
	{ name: 'the title', at: (d) => d.title, path: 'title' },
	{ name: 'a source', at: (d) => d.sources[0], path: 'sources[0]' },
	{ name: 'an organization', at: (d) => d.organizations[1], path: 'organizations[1]' },
	{
		name: 'an organization’s label',
		at: (d) => d.organizations.find((o: any) => o.label).label,
		path: 'organizations[1].label'
	},
	{ name: 'a person', at: (d) => d.people[0], path: 'people[0]' },
	{ name: 'a role', at: (d) => d.people[0].roles[0], path: 'people[0].roles[0]' },
	{ name: 'a move', at: (d) => d.moves[0], path: 'moves[0]' },
	{ name: 'a date', at: (d) => d.moves[0].date, path: 'moves[0].date' },
	{ name: 'a piece of evidence', at: (d) => d.people[0].evidence[0], path: 'people[0].evidence[0]' },
	{ name: 'an aggregate', at: (d) => d.aggregates[0], path: 'aggregates[0]' },
	{ name: 'an event’s summary', at: (d) => d.events[0].summary, path: 'events[0].summary' },
	{ name: 'a reason', at: (d) => d.reasons[0], path: 'reasons[0]' },
	{ name: 'a trend', at: (d) => d.trends[0], path: 'trends[0]' }
];

/** The committed dataset as JSON text, with `"key": {"polluted": true}` written into one object. */
function withKey(at: (d: any) => Record<string, unknown>, key: string): string {
	const dataset = talent();
	at(dataset).__marker__ = 1;
	return JSON.stringify(dataset).replace('"__marker__":1', `"${key}":{"polluted":true}`);
}

describe('prototype keys in a JSON dataset', () => {
	it('finds the label of the place the tests spoil where they expect it', () => {
		expect(talent().organizations.findIndex((o) => o.label)).toBe(1);
	});

	it.each(PLACES.flatMap((place) => KEYS.map((key) => ({ ...place, key }))))(
		'$key in $name: refused as an unknown field at $path, and nothing is polluted',
		({ name, at, path, key }) => {
			const outcome = importJsonText(withKey(at, key));
			report(`"${key}": {"polluted": true} in ${name}`, 'JSON import', describeOutcome(outcome));
			expect(problemsOf(outcome)).toEqual([`${path}: unknown field "${key}"`]);
			expectPristinePrototype();
		}
	);

	it.each([
		{ name: 'a bare {"__proto__": …}', text: '{"__proto__": {"polluted": true}}' },
		{ name: 'constructor.prototype', text: '{"constructor": {"prototype": {"polluted": true}}}' },
		{ name: '__proto__ nested in __proto__', text: '{"__proto__": {"__proto__": {"polluted": true}}}' },
		{ name: '__proto__ in a list of moves', text: '{"moves": [{"__proto__": {"polluted": true}}]}' },
		{ name: '__proto__ written with an escape', text: '{"\\u005f_proto__": {"polluted": true}}' }
	])('$name: refused with located problems, and nothing is polluted', ({ name, text }) => {
		const outcome = importJsonText(text);
		report(name, 'JSON import', describeOutcome(outcome));
		expect(problemsOf(outcome).length).toBeGreaterThan(0);
		for (const problem of problemsOf(outcome))
			expect(problem).toMatch(/^(\(top level\)|[a-zA-Z]+(\[\d+\]|\.[a-zA-Z]+)*): /);
		expectPristinePrototype();
	});

	it('validateDataset refuses an object whose own __proto__ key JSON.parse made, and pollutes nothing', () => {
		const input = JSON.parse(withKey((d) => d.moves[1], '__proto__'));
		expect(Object.getOwnPropertyNames(input.moves[1])).toContain('__proto__');
		const checked = validateDataset(input);
		report(
			'an own __proto__ property of moves[1]',
			'validateDataset',
			checked.ok ? 'valid' : checked.problems.map(problemLine).join('; ')
		);
		expect(englishChecked(checked)).toEqual({
			ok: false,
			problems: [{ path: 'moves[1]', message: 'unknown field "__proto__"' }]
		});
		expectPristinePrototype();
	});
});

describe('prototype names in a CSV', () => {
	it('does not take headers named __proto__, constructor or toString for any field', () => {
		const outcome = importCsvText(
			'__proto__,constructor,prototype,toString,hasOwnProperty\nAda,Meta,Yutori,2024,x\n'
		);
		report(
			'headers __proto__, constructor, prototype, toString, hasOwnProperty',
			'CSV import (guessed mapping)',
			describeOutcome(outcome)
		);
		expect(problemsOf(outcome)).toEqual([
			'(columns): no column is chosen for person, organization; pick one in the mapping step'
		]);
		expectPristinePrototype();
	});

	it('imports such columns when the reader maps them, as plain names', () => {
		const text =
			'__proto__,constructor,prototype\n__proto__,constructor,prototype\nvalueOf,hasOwnProperty,toString\n';
		const outcome = importCsv(text, 'proto.csv', 'moves', { person: 0, from: 1, to: 2 });
		report(
			'columns __proto__, constructor, prototype mapped to person, from, to',
			'CSV import (moves)',
			describeOutcome(outcome)
		);
		expect(movesOf(datasetOf(outcome))).toEqual([
			'__proto__: constructor → prototype (unknown no date)',
			'valueOf: hasOwnProperty → toString (unknown no date)'
		]);
		expect(datasetOf(outcome).organizations.map((o) => o.id)).toEqual([
			'constructor',
			'prototype',
			'hasownproperty',
			'tostring'
		]);
		expectPristinePrototype();
	});

	it.each([
		{
			name: 'a certainty of "constructor"',
			header: 'certainty',
			cell: 'constructor',
			left: 'row 2, certainty: should be stated, implied or undisclosed'
		},
		{
			name: 'a certainty of "__proto__"',
			header: 'certainty',
			cell: '__proto__',
			left: 'row 2, certainty: should be stated, implied or undisclosed'
		},
		{
			name: 'a precision of "toString"',
			header: 'date,precision',
			cell: '2024,toString',
			left: 'row 2, date: precision "tostring" should be year, month or day'
		},
		{
			name: 'a precision of "__proto__"',
			header: 'date,precision',
			cell: '2024,__proto__',
			left: 'row 2, date: precision "__proto__" should be year, month or day'
		}
	])('leaves out a row with $name, saying row and column', ({ name, header, cell, left }) => {
		const outcome = importCsvText(
			`person,from,to,${header}\nAda,Meta,Yutori,${cell}\nBob,Meta,Yutori,${cell.replace(/[^,]+$/, '')}\n`
		);
		report(name, 'CSV import (moves)', describeOutcome(outcome));
		expect(outcome.ok && outcome.value.rejected.map(rowLine)).toEqual([left]);
		expectPristinePrototype();
	});
});

describe('organizations whose ids every object has as properties', () => {
	const names = ['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
	const csv = `person,from,to\n${names.map((name, i) => `Person ${i},${name},Meta`).join('\n')}\n`;
	const dataset: Dataset = datasetOf(importCsvText(csv));

	it('get ids of their own', () => {
		report(
			names.join(', '),
			'CSV import (moves), then the page’s transforms',
			`ids ${dataset.organizations.map((o) => o.id).join(', ')}`
		);
		expect(dataset.organizations.map((o) => o.id)).toEqual([
			'constructor',
			'meta',
			'prototype',
			'proto',
			'tostring',
			'hasownproperty',
			'valueof'
		]);
	});

	it('are found by their ids in the index, the filter, the flow graph and its labels', () => {
		const index = indexDataset(dataset);
		expect(index.organizations.get('constructor')?.name).toBe('constructor');
		const all = viewsOf(dataset);
		expect(all.choices.map((c) => c.id).sort()).toEqual(dataset.organizations.map((o) => o.id).sort());
		const shown = viewsOf(dataset, { companies: ['constructor'] });
		const moves = Array.from(shown.rows, (row) => dataset.moves[row]!);
		expect(movesOf({ ...dataset, moves })).toEqual(['Person 0: constructor → Meta (unknown no date)']);
		const labels = flowLabels(all.flow.graph, index, 'en', messagesFor('en'), all.flow.hiddenOrganizations);
		expect([...labels.names.values()].sort()).toEqual([...names, 'Meta'].sort());
		const listed = shown.facts.others.slice(0, shown.facts.others.length).map((f) => f.id);
		expect(listed).toEqual([moves[0]!.id, 'person-0', 'constructor', 'meta']);
		expectPristinePrototype();
	});
});
