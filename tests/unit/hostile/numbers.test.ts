// Hostile numbers in a JSON dataset: zero, negative, fractional, infinite and not-a-number counts
// and shares (JSON has no NaN; 1e999 parses to Infinity), and how an accepted share is written.
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/lib/transforms/formatNumbers';
import {
	datasetOf,
	describeOutcome,
	importJsonText,
	problemsOf,
	report,
	TALENT_TEXT,
	talentWith
} from './feed';

/** The committed dataset with the share of its aggregate written as `value`, verbatim in the JSON text. */
const share = (value: string) => TALENT_TEXT.replace(/("value": )0\.3\b/, `$1${value}`);

/** The committed dataset with a piece of import evidence whose row is written as `row`, verbatim. */
const importRow = (row: string) =>
	talentWith((d) => {
		d.sources.push({ id: 'import', kind: 'import', title: 'x.csv', publisher: 'A test' });
		d.people[0].evidence.push({ basis: 'import', source: 'import', row: 777_777 });
	}).replace('777777', row);

describe('a share of staff (aggregates[0].value, between 0 and 1)', () => {
	it('is the committed 0.3, which the hostile files below replace', () => {
		expect(share('0.25')).not.toBe(TALENT_TEXT);
	});

	it.each([
		{ value: '-0.3', problem: 'aggregates[0].value: must be at least 0' },
		{ value: '30', problem: 'aggregates[0].value: must be at most 1' },
		{ value: '1e999', problem: 'aggregates[0].value: expected a number, found Infinity' },
		{ value: '-1e999', problem: 'aggregates[0].value: expected a number, found -Infinity' },
		{ value: 'null', problem: 'aggregates[0].value: expected a number, found null' },
		{ value: '"0.3"', problem: 'aggregates[0].value: expected a number, found the text "0.3"' },
		{ value: 'NaN', problem: expect.stringMatching(/^\(file\): this is not valid JSON \(.+\)$/s) },
		{ value: 'Infinity', problem: expect.stringMatching(/^\(file\): this is not valid JSON \(.+\)$/s) }
	])('refuses $value, with its path', ({ value, problem }) => {
		const outcome = importJsonText(share(value));
		report(`a share of ${value}`, 'JSON import (validateDataset)', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([problem]);
	});

	it.each([
		{ value: '0', expected: 0, written: '0%' },
		{ value: '-0', expected: -0, written: '0%' },
		{ value: '1', expected: 1, written: '100%' },
		{ value: '1e-300', expected: 1e-300, written: '0%' },
		{ value: '0.30000000000000004', expected: 0.30000000000000004, written: '30%' }
	])('accepts $value and writes it as $written', ({ value, expected, written }) => {
		const outcome = importJsonText(share(value));
		report(
			`a share of ${value}`,
			'JSON import, then formatPercent',
			`${describeOutcome(outcome)}; shown as ${formatPercent(datasetOf(outcome).aggregates[0]!.value, 'en')}`
		);
		expect(datasetOf(outcome).aggregates[0]!.value).toBe(expected);
		// -0 is a number JSON can hold; Intl would write it "-0%".
		expect(formatPercent(datasetOf(outcome).aggregates[0]!.value, 'en')).toBe(written);
	});
});

describe('the row a piece of import evidence cites (a whole number from 1)', () => {
	it.each([
		{ row: '0', problem: 'people[0].evidence[1].row: must be more than 0' },
		{ row: '-3', problem: 'people[0].evidence[1].row: must be more than 0' },
		{ row: '2.5', problem: 'people[0].evidence[1].row: expected a whole number, found the number 2.5' },
		{ row: '1e999', problem: 'people[0].evidence[1].row: expected a number, found Infinity' },
		{ row: '"12"', problem: 'people[0].evidence[1].row: expected a number, found the text "12"' }
	])('refuses $row, with its path', ({ row, problem }) => {
		const outcome = importJsonText(importRow(row));
		report(`an evidence row of ${row}`, 'JSON import (validateDataset)', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([problem]);
	});

	it.each([{ row: '1' }, { row: '1e5' }, { row: '2.0' }])('accepts $row', ({ row }) => {
		const outcome = importJsonText(importRow(row));
		report(`an evidence row of ${row}`, 'JSON import (validateDataset)', describeOutcome(outcome));
		expect(datasetOf(outcome).people[0]!.evidence[1]).toEqual({
			basis: 'import',
			source: 'import',
			row: Number(row)
		});
	});
});

describe('the schema version', () => {
	it.each([
		{ value: '2', problem: 'schemaVersion: expected schemaVersion 1' },
		{ value: '"1"', problem: 'schemaVersion: expected schemaVersion 1' },
		{ value: '1e999', problem: 'schemaVersion: expected schemaVersion 1' }
	])('refuses $value, with its path', ({ value, problem }) => {
		const outcome = importJsonText(TALENT_TEXT.replace('"schemaVersion": 1', `"schemaVersion": ${value}`));
		report(`a schemaVersion of ${value}`, 'JSON import (validateDataset)', describeOutcome(outcome));
		expect(problemsOf(outcome)).toEqual([problem]);
	});
});
