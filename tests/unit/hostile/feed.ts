// How the hostile-input suite feeds files to the importers, and how it says what came out: one
// line per outcome, the same words the dialog and the command line show. With HOSTILE_REPORT set
// to a file, every case also appends a row (input, importer, outcome) to it, for the report.
import { appendFileSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';
import {
	importCsv,
	importJson,
	inspectCsv,
	type Imported,
	type Outcome
} from '../../../src/lib/import/importFile';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { problemLine, rowLine } from '../english';

/** The committed dataset, as text: the starting point of most hostile JSON files. */
export const TALENT_TEXT = readFileSync(new URL('../../../data/talent.json', import.meta.url), 'utf8');

/** A fresh copy of the committed dataset, to spoil. */
export const talent = (): Dataset => JSON.parse(TALENT_TEXT) as Dataset;

/** The committed dataset with one change, as JSON text. */
export function talentWith(change: (dataset: any) => void): string {
	const dataset = talent();
	change(dataset);
	return JSON.stringify(dataset);
}

/**
 * Bytes read as UTF-8 and nothing else, replacing what is not UTF-8, as TextDecoder does. The
 * import worker's File.text() reads them so too, except that Chromium also follows a UTF-16
 * byte-order mark (the end-to-end tests show it).
 */
export const asUtf8Only = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** CSV text imported as the dialog does when the reader changes nothing: the guessed kind and mapping. */
export function importCsvText(text: string, fileName = 'hostile.csv'): Outcome<Imported> {
	const inspected = inspectCsv(text);
	if (!inspected.ok) return inspected;
	return importCsv(text, fileName, inspected.value.kind, inspected.value.mapping);
}

/** JSON text imported as the dialog does. */
export const importJsonText = (text: string): Outcome<Imported> => importJson(text);

/** The names of the people of a dataset, in order. */
export const peopleOf = (dataset: Dataset) => dataset.people.map((p) => p.name);

/** The names of the organizations of a dataset, in order. */
export const organizationsOf = (dataset: Dataset) => dataset.organizations.map((o) => o.name);

/** Each move as "person: from → to (date)", with names, as a reader would say it. */
export function movesOf(dataset: Dataset): string[] {
	const names = new Map([...dataset.people, ...dataset.organizations].map((x) => [x.id, x.name]));
	return dataset.moves.map((m) => {
		const { precision, start, end } = m.date;
		const when = [start, end].filter(Boolean).join('..') || 'no date';
		return `${names.get(m.person)}: ${names.get(m.from)} → ${names.get(m.to)} (${precision} ${when})`;
	});
}

/** What an import produced, in one line: what was read and each row left out, or why nothing was. */
export function describeOutcome(outcome: Outcome<Imported>): string {
	if (!outcome.ok)
		return `nothing imported: ${outcome.problems
			.slice(0, 4)
			.map(problemLine)
			.join('; ')}${outcome.problems.length > 4 ? `; … (${outcome.problems.length} problems)` : ''}`;
	const { dataset, rejected, accepted } = outcome.value;
	const left = rejected.slice(0, 3).map(rowLine).join('; ');
	return (
		`imported ${accepted} row(s): ${dataset.moves.length} move(s), ${dataset.people.length} people, ` +
		`${dataset.organizations.length} organization(s)` +
		(rejected.length > 0 ? `; left out ${left}${rejected.length > 3 ? '; …' : ''}` : '')
	);
}

/** The dataset of an import that must succeed, or a failed expectation listing why it did not. */
export function datasetOf(outcome: Outcome<Imported>): Dataset {
	if (!outcome.ok) expect.fail(`expected an import, got: ${describeOutcome(outcome)}`);
	return outcome.value.dataset;
}

/** The located problems of an import that must fail, as "where: message" lines. */
export function problemsOf(outcome: Outcome<Imported>): string[] {
	if (outcome.ok) expect.fail(`expected nothing to be imported, got: ${describeOutcome(outcome)}`);
	return outcome.problems.map(problemLine);
}

/** Fails when anything has been added to Object.prototype (what a polluting key would do). */
export function expectPristinePrototype(): void {
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
const PRISTINE = Object.getOwnPropertyNames(Object.prototype).sort();

/** Shortens a hostile input for a table cell: long runs and invisible characters made visible. */
export function showInput(text: string, longest = 90): string {
	const visible = text
		.replace(/(.)\1{19,}/gsu, (run, c: string) => `${c}×${[...run].length}`)
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]/g, (c) =>
			c === '\n' ? '⏎' : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
		);
	return visible.length > longest ? `${visible.slice(0, longest)}…` : visible;
}

/** Adds a row to the report (only when HOSTILE_REPORT names a file): what went in, where, what came out. */
export function report(input: string, fedTo: string, produced: string): void {
	const file = process.env.HOSTILE_REPORT;
	if (!file) return;
	const family = basename(expect.getState().testPath ?? '', '.test.ts');
	const row = {
		family,
		input: showInput(input),
		fedTo,
		produced: showInput(produced.replace(/\s*\n\s*/g, ' ⏎ '), 240)
	};
	appendFileSync(file, JSON.stringify(row) + '\n');
}
