// Generators shared by the property tests: valid datasets of imported facts, and their parts.
import fc from 'fast-check';
import { cleanName } from '../../../src/lib/import/buildDataset';
import type { Dataset, Move } from '../../../src/lib/schema/dataset';
import { compareBounds, type FuzzyDate } from '../../../src/lib/schema/dates';
import type { ImportEvidence } from '../../../src/lib/schema/evidence';
import { DIRECTION_CONTROL, VISIBLE_CHARACTER } from '../../../src/lib/schema/text';

/** Runs per property: about 200 by default, more when FC_RUNS is set (`FC_RUNS=5000 npx vitest run …`). */
export const numRuns = Number(process.env.FC_RUNS ?? 200);

/** A test timeout that grows with the number of runs, so that FC_RUNS=10000 is not cut short. */
export const timeout = Math.max(5_000, numRuns * 25);

/** An id as the format allows it, short: `a`, `b2-c`, `x.y`. */
export const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:[-.][a-z0-9]{1,6}){0,2}$/);

/** A real day, month or year between 1990 and 2035. */
export const partialDate = fc
	.record({
		day: fc.date({
			min: new Date('1990-01-01T00:00:00Z'),
			max: new Date('2035-12-31T00:00:00Z'),
			noInvalidDate: true
		}),
		digits: fc.constantFrom(4, 7, 10)
	})
	.map(({ day, digits }) => day.toISOString().slice(0, digits));

const optionalText = fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined });

/** A FuzzyDate of any precision that the schema accepts, with or without wording and note. */
export function fuzzyDate(wording: fc.Arbitrary<string | undefined> = optionalText): fc.Arbitrary<FuzzyDate> {
	const exact = partialDate.map((start) => ({
		precision: ({ 4: 'year', 7: 'month', 10: 'day' } as const)[start.length as 4 | 7 | 10],
		start
	}));
	const range = fc
		.tuple(fc.option(partialDate, { nil: undefined }), fc.option(partialDate, { nil: undefined }))
		.filter(([a, b]) => a !== undefined || b !== undefined)
		.map(([a, b]) => {
			const [start, end] = a && b && compareBounds(a, b) > 0 ? [b, a] : [a, b];
			return { precision: 'range' as const, ...(start ? { start } : {}), ...(end ? { end } : {}) };
		});
	const unknown = fc.constant({ precision: 'unknown' as const });
	return fc
		.record({ date: fc.oneof(exact, range, unknown), wording, note: optionalText })
		.map(({ date, wording, note }) => ({
			...date,
			...(wording !== undefined ? { wording } : {}),
			...(note !== undefined ? { note } : {})
		}));
}

/** A name the importer keeps as it is (cleanName leaves it unchanged): what a CSV round trip can preserve. */
export const cleanNameArbitrary = fc
	.string({
		unit: fc.constantFrom(
			'a',
			'B',
			'z',
			'é',
			'Ö',
			'北',
			' ',
			',',
			';',
			'"',
			"'",
			'=',
			'+',
			'-',
			'@',
			'<',
			'>',
			'.'
		),
		minLength: 1,
		maxLength: 12
	})
	.filter((name) => cleanName(name) === name && name !== '');

/**
 * Any text a name may be, from every plane of Unicode: what a JSON round trip must preserve. The
 * schema refuses direction controls in names (they can make a name read as another), so none.
 */
export const anyNameArbitrary = fc
	.string({ unit: 'binary', minLength: 1, maxLength: 20 })
	.filter((name) => VISIBLE_CHARACTER.test(name) && !DIRECTION_CONTROL.test(name));

interface DatasetOptions {
	/** Names of people and organizations (organization names are made distinct, case aside). */
	name?: fc.Arbitrary<string>;
	/** The wording of dates. */
	wording?: fc.Arbitrary<string | undefined>;
	minMoves?: number;
}

/**
 * A valid dataset of imported facts: people and organizations with safe, unique ids, moves between
 * two distinct organizations dated with every precision (some with the end of the stay they begin),
 * and import evidence citing import sources.
 */
export function datasetArbitrary({
	name = anyNameArbitrary,
	wording = optionalText,
	minMoves = 0
}: DatasetOptions = {}): fc.Arbitrary<Dataset> {
	const evidenceSpec = fc.array(fc.record({ source: fc.nat(), row: fc.integer({ min: 1, max: 200_000 }) }), {
		minLength: 1,
		maxLength: 2
	});
	return fc
		.record({
			title: fc.record({ en: fc.string({ minLength: 1 }), fr: fc.string({ minLength: 1 }) }),
			sources: fc.uniqueArray(
				fc.record({
					id: slug,
					title: fc.string({ minLength: 1, maxLength: 20 }),
					publisher: fc.string({ minLength: 1, maxLength: 20 }),
					language: fc.option(fc.constantFrom('en', 'fr', 'de'), { nil: undefined }),
					published: fc.option(fuzzyDate(), { nil: undefined }),
					note: optionalText
				}),
				{ minLength: 1, maxLength: 3, selector: (s) => s.id }
			),
			organizations: fc.uniqueArray(
				fc.record({
					slug,
					name,
					kind: fc.constantFrom('big-tech', 'ai-startup', 'unnamed-startup', 'undisclosed', 'unknown'),
					label: fc.option(fc.record({ en: fc.string({ minLength: 1 }), fr: fc.string({ minLength: 1 }) }), {
						nil: undefined
					}),
					evidence: evidenceSpec
				}),
				{ minLength: 2, maxLength: 6, selector: (o) => o.name.toLowerCase() }
			),
			people: fc.array(
				fc.record({
					slug,
					name,
					roles: fc.array(
						fc.record({
							title: fc.string({ minLength: 1, maxLength: 20 }),
							titleEn: optionalText,
							organization: fc.nat(),
							evidence: evidenceSpec
						}),
						{ maxLength: 2 }
					),
					evidence: evidenceSpec
				}),
				{ minLength: 1, maxLength: 5 }
			),
			moves: fc.array(
				fc.record({
					slug,
					person: fc.nat(),
					from: fc.nat(),
					to: fc.nat(),
					date: fuzzyDate(wording),
					stayEnd: fc.option(fuzzyDate(wording), { nil: undefined }),
					certainty: fc.constantFrom('stated', 'implied', 'undisclosed'),
					evidence: evidenceSpec
				}),
				{ minLength: minMoves, maxLength: 8 }
			)
		})
		.map(({ title, sources, organizations, people, moves }) => {
			const sourceIds = sources.map((s) => `s-${s.id}`);
			const orgIds = organizations.map((o, i) => `o${i}-${o.slug}`);
			const personIds = people.map((p, i) => `p${i}-${p.slug}`);
			const cite = (list: { source: number; row: number }[]): ImportEvidence[] =>
				list.map((e) => ({ basis: 'import', source: sourceIds[e.source % sourceIds.length]!, row: e.row }));
			const n = orgIds.length;
			return {
				schemaVersion: 1,
				title,
				sources: sources.map(({ id, language, published, note, ...rest }) => ({
					id: `s-${id}`,
					kind: 'import' as const,
					...rest,
					...(language !== undefined ? { language } : {}),
					...(published !== undefined ? { published } : {}),
					...(note !== undefined ? { note } : {})
				})),
				organizations: organizations.map((o, i) => ({
					id: orgIds[i]!,
					name: o.name,
					...(o.label ? { label: o.label } : {}),
					kind: o.kind,
					evidence: cite(o.evidence)
				})),
				people: people.map((p, i) => ({
					id: personIds[i]!,
					name: p.name,
					roles: p.roles.map((r) => ({
						title: r.title,
						...(r.titleEn !== undefined ? { titleEn: r.titleEn } : {}),
						organization: orgIds[r.organization % n]!,
						evidence: cite(r.evidence)
					})),
					evidence: cite(p.evidence)
				})),
				moves: moves.map((m, i): Move => {
					const from = m.from % n;
					const to = (from + 1 + (m.to % (n - 1))) % n;
					return {
						id: `m${i}-${m.slug}`,
						person: personIds[m.person % personIds.length]!,
						from: orgIds[from]!,
						to: orgIds[to]!,
						date: m.date,
						...(m.stayEnd !== undefined ? { stayEnd: m.stayEnd } : {}),
						certainty: m.certainty,
						evidence: cite(m.evidence)
					};
				}),
				aggregates: [],
				events: [],
				reasons: [],
				trends: []
			};
		});
}

/**
 * Names shared by people and organizations, in pairs a file tells apart only by case or by how an
 * accent is written, so that rows name the same person or organization in different ways.
 */
const NAMES = ['Ada', 'ada', 'Meta', 'META', 'Yutori', 'Caf\u00e9', 'Cafe\u0301'];

/** Cells a file might hold: mostly names (shared by people and organizations) and dates, some junk. */
const cell = fc.oneof(
	{ arbitrary: fc.constantFrom(...NAMES, 'Me\u200bta'), weight: 6 },
	{
		arbitrary: fc.constantFrom('Import', 'Move 1', 'person', '北京', '=1+1', "'=1", '<b>', '__proto__', ' '),
		weight: 2
	},
	{
		// What a hostile file holds: prototype names, formulas, markup, invisible and direction
		// characters, a cell one character over the limit.
		arbitrary: fc.constantFrom(
			'constructor',
			'toString',
			'@SUM(A1)',
			'\t-2',
			'<img src=x onerror=alert(1)>',
			'\u202eateM',
			'Me\u200bta',
			'\u2067Meta\u2069',
			'\ufeff',
			'x'.repeat(1001)
		),
		weight: 1
	},
	{ arbitrary: fc.oneof(partialDate, fc.constant('')), weight: 5 },
	{
		arbitrary: fc.constantFrom('2024-02-30', '2024-13', 'year', 'month', 'day', 'range', 'implied', 'maybe'),
		weight: 1
	},
	{ arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
	{
		arbitrary: fc.string({
			unit: fc.constantFrom('"', ',', ';', '\t', '\n', '\r', 'a', ' ', '\u0000'),
			maxLength: 6
		}),
		weight: 1
	}
);

const header = fc.oneof(
	fc.constantFrom(
		['person', 'organization', 'title', 'start', 'end'],
		['name', 'company', 'start_date', 'start_precision', 'end_date', 'end_precision'],
		['person', 'from', 'to', 'date', 'date_end', 'precision', 'wording', 'certainty'],
		['Nom', 'Entreprise', 'Début', 'Fin']
	),
	fc.array(cell, { minLength: 1, maxLength: 6 })
);

/** A field as a CSV writer writes it: plain, or quoted with its quotes doubled. */
const quoted = (cells: fc.Arbitrary<string>) =>
	fc.oneof(
		{ arbitrary: cells, weight: 3 },
		{ arbitrary: cells.map((text) => `"${text.replace(/"/g, '""')}"`), weight: 1 }
	);

const nameCell = fc.constantFrom(...NAMES, 'Import', 'Move 1');
const dateCell = fc.oneof(partialDate, fc.constant(''));
const precisionCell = fc.constantFrom('', 'year', 'month', 'day');

/** What a column of a known header mostly holds, so that many rows are usable; any cell now and then. */
function cellFor(column: string): fc.Arbitrary<string> {
	const folded = column.toLowerCase();
	const usual = /precision/.test(folded)
		? precisionCell
		: /date|start|end|début|fin/.test(folded)
			? dateCell
			: /person|name|nom|organization|company|entreprise|^from$|^to$/.test(folded)
				? nameCell
				: cell;
	return quoted(fc.oneof({ arbitrary: usual, weight: 6 }, { arbitrary: cell, weight: 1 }));
}

/** A header and rows, mostly as wide as the header, joined by a delimiter and line ends, maybe with a stray quote. */
const structuredCsv = header.chain((columns) =>
	fc
		.record({
			rows: fc.array(
				fc.oneof(
					{ arbitrary: fc.tuple(...columns.map(cellFor)), weight: 6 },
					{ arbitrary: fc.array(quoted(cell), { maxLength: 9 }), weight: 1 }
				),
				{ maxLength: 10 }
			),
			delimiter: fc.constantFrom(',', ';', '\t'),
			lineEnd: fc.constantFrom('\n', '\r\n'),
			bom: fc.boolean(),
			strayQuote: fc.option(fc.nat(), { freq: 4 })
		})
		.map(({ rows, delimiter, lineEnd, bom, strayQuote }) => {
			const text = [columns, ...rows].map((r) => r.join(delimiter)).join(lineEnd) + lineEnd;
			const at = strayQuote === null ? -1 : strayQuote % text.length;
			return (bom ? '\ufeff' : '') + (at < 0 ? text : `${text.slice(0, at)}"${text.slice(at)}`);
		})
);

/** CSV-like text, or any string at all. */
export const csvTextArbitrary = fc.oneof(
	{ arbitrary: structuredCsv, weight: 4 },
	{ arbitrary: fc.string(), weight: 1 },
	{ arbitrary: fc.string({ unit: 'binary' }), weight: 1 }
);
