import { describe, expect, it } from 'vitest';
import {
	detectKind,
	foldHeader,
	guessMapping,
	missingFields,
	type CsvKind,
	type Mapping
} from '../../../src/lib/import/mapping';

describe('foldHeader', () => {
	it.each([
		{ input: 'person', expected: 'person' },
		{ input: 'Start Date', expected: 'startdate' },
		{ input: 'start_date', expected: 'startdate' },
		{ input: ' END-DATE ', expected: 'enddate' },
		{ input: 'Début', expected: 'debut' },
		{ input: 'De\u0301but', expected: 'debut' },
		{ input: 'Société', expected: 'societe' },
		{ input: 'Date de fin', expected: 'datedefin' },
		{ input: 'Ｏｒｇ', expected: 'org' },
		{ input: 'ﬁn', expected: 'fin' },
		{ input: '', expected: '' },
		{ input: '北京', expected: '' }
	])('$input → $expected', ({ input, expected }) => {
		expect(foldHeader(input)).toBe(expected);
	});
});

describe('detectKind', () => {
	it.each([
		{ input: ['person', 'organization', 'title', 'start', 'end'], expected: 'careers' },
		{ input: ['Name', 'Company', 'Role', 'From', 'To'], expected: 'careers' },
		{ input: ['Nom', 'Entreprise', 'Poste', 'Début', 'Fin'], expected: 'careers' },
		{ input: ['person', 'from', 'to', 'date'], expected: 'moves' },
		{ input: ['Person', 'Origin', 'Destination'], expected: 'moves' },
		{
			input: ['id', 'person', 'person_name', 'from', 'from_name', 'to', 'to_name', 'date_precision'],
			expected: 'moves'
		},
		{ input: ['person', 'to'], expected: 'careers' },
		{ input: ['a', 'b'], expected: 'careers' },
		{ input: [], expected: 'careers' }
	] as { input: string[]; expected: CsvKind }[])('$input → $expected', ({ input, expected }) => {
		expect(detectKind(input)).toBe(expected);
	});

	it('does not mutate its input', () => {
		const headers = ['person', 'from', 'to'];
		detectKind(headers);
		expect(headers).toEqual(['person', 'from', 'to']);
	});
});

describe('guessMapping', () => {
	it.each([
		{
			name: 'the canonical names',
			headers: ['person', 'organization', 'title', 'start', 'end'],
			expected: { person: 0, organization: 1, title: 2, start: 3, end: 4 }
		},
		{
			name: 'person as name, organization as org',
			headers: ['name', 'org', 'role', 'start_date', 'end_date'],
			expected: { person: 0, organization: 1, title: 2, start: 3, end: 4 }
		},
		{
			name: 'organization as company, and from/to for the dates',
			headers: ['Full Name', 'Company', 'Job Title', 'From', 'To'],
			expected: { person: 0, organization: 1, title: 2, start: 3, end: 4 }
		},
		{
			name: 'organization as employer',
			headers: ['Employee', 'Employer', 'Position', 'Since', 'Until'],
			expected: { person: 0, organization: 1, title: 2, start: 3, end: 4 }
		},
		{
			name: 'French headers',
			headers: ['Nom', 'Entreprise', 'Titre', 'Début', 'Fin'],
			expected: { person: 0, organization: 1, title: 2, start: 3, end: 4 }
		},
		{
			name: 'more French headers',
			headers: ['Personne', 'Société', 'Poste', 'Date début', 'Date fin', 'Précision début'],
			expected: { person: 0, organization: 1, title: 2, start: 3, end: 4, start_precision: 5 }
		},
		{
			name: 'precision columns',
			headers: ['person', 'organization', 'start', 'start_precision', 'end', 'end_precision'],
			expected: { person: 0, organization: 1, start: 2, start_precision: 3, end: 4, end_precision: 5 }
		},
		{
			name: 'columns in another order, with an unknown one',
			headers: ['notes', 'End', 'Start', 'Organisation', 'Person'],
			expected: { person: 4, organization: 3, start: 2, end: 1 }
		},
		{ name: 'unknown columns only', headers: ['x', 'y'], expected: {} }
	] as { name: string; headers: string[]; expected: Mapping }[])(
		'maps a career-history file with $name',
		({ headers, expected }) => {
			expect(guessMapping(headers, 'careers')).toEqual(expected);
		}
	);

	it.each([
		{
			name: 'the canonical names',
			headers: ['person', 'from', 'to', 'date', 'date_end', 'precision', 'wording', 'certainty'],
			expected: { person: 0, from: 1, to: 2, date: 3, date_end: 4, precision: 5, wording: 6, certainty: 7 }
		},
		{
			name: 'the exported moves CSV, preferring names to ids',
			headers: [
				'id',
				'person',
				'person_name',
				'from',
				'from_name',
				'to',
				'to_name',
				'date_precision',
				'date_start',
				'date_end',
				'date_wording',
				'certainty',
				'evidence',
				'sources'
			],
			expected: {
				person: 2,
				from: 4,
				to: 6,
				precision: 7,
				date: 8,
				date_end: 9,
				wording: 10,
				certainty: 11
			}
		},
		{
			name: 'synonyms',
			headers: ['Name', 'Origin', 'Destination', 'When'],
			expected: { person: 0, from: 1, to: 2, date: 3 }
		},
		{
			name: 'French headers',
			headers: ['Nom', 'De', 'Vers', 'Date', 'Certitude'],
			expected: { person: 0, from: 1, to: 2, date: 3, certainty: 4 }
		},
		{
			name: 'start and end for the date range',
			headers: ['person', 'left', 'joined', 'start', 'end'],
			expected: { person: 0, from: 1, to: 2, date: 3, date_end: 4 }
		}
	] as { name: string; headers: string[]; expected: Mapping }[])(
		'maps a moves file with $name',
		({ headers, expected }) => {
			expect(guessMapping(headers, 'moves')).toEqual(expected);
		}
	);

	it('uses each column at most once', () => {
		const mapping = guessMapping(['from', 'to'], 'careers');
		expect(mapping).toEqual({ start: 0, end: 1 });
		const columns = Object.values(guessMapping(['person', 'from', 'to', 'start', 'end'], 'moves'));
		expect(new Set(columns).size).toBe(columns.length);
	});

	it('does not mutate its input', () => {
		const headers = ['Nom', 'Entreprise'];
		guessMapping(headers, 'careers');
		expect(headers).toEqual(['Nom', 'Entreprise']);
	});
});

describe('missingFields', () => {
	it.each([
		{ mapping: { person: 0, organization: 1 }, kind: 'careers', expected: [] },
		{ mapping: { person: 0 }, kind: 'careers', expected: ['organization'] },
		{ mapping: {}, kind: 'careers', expected: ['person', 'organization'] },
		{ mapping: { person: 0, from: 1, to: 2 }, kind: 'moves', expected: [] },
		{ mapping: { person: 0, to: 2 }, kind: 'moves', expected: ['from'] },
		{ mapping: { person: 0, organization: 1 }, kind: 'moves', expected: ['from', 'to'] },
		{ mapping: { person: 0, organization: 0 }, kind: 'careers', expected: [] }
	] as { mapping: Mapping; kind: CsvKind; expected: string[] }[])(
		'$kind with $mapping lacks $expected',
		({ mapping, kind, expected }) => {
			expect(missingFields(mapping, kind)).toEqual(expected);
		}
	);
});
