// Times each stage of a career-history import in node, and the page's derived state for the
// result, so that a change to the importer can be judged stage by stage:
// `npx tsx tests/bench/profileImport.ts [bench-data/careers-100k.csv]`. Not a test and not the
// benchmark (`npm run bench` measures in Chromium); a profiling aid that prints one table.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { importCsv, inspectCsv } from '../../src/lib/import/importFile';
import { readCsv } from '../../src/lib/import/csv';
import { unpackDataset } from '../../src/lib/import/packedDataset';
import { buildDataset, buildPackedDataset } from '../../src/lib/import/buildDataset';
import { guessMapping } from '../../src/lib/import/mapping';
import { validateDataset } from '../../src/lib/validation/validateDataset';
import { buildCompanyIndex, factsForCompanies, subsetDataset } from '../../src/lib/transforms/filter';
import { indexDataset } from '../../src/lib/transforms/describeFact';
import { listFacts } from '../../src/lib/transforms/facts';
import { buildFlowGraph, topOrganizations } from '../../src/lib/transforms/flowGraph';
import { buildTimeline } from '../../src/lib/transforms/timeline';
import { binTimeline, binUnitFor } from '../../src/lib/transforms/timelineBins';

const file = process.argv[2] ?? 'bench-data/careers-100k.csv';
const runs = Number(process.env.RUNS ?? 3);
const text = readFileSync(file, 'utf8');

/**
 * The median time of `runs` calls, as CPU time of this process (the machine is shared, and wall
 * time counts whatever else runs), and the last result.
 */
function time<T>(label: string, act: () => T, table: [string, string][]): T {
	const times: number[] = [];
	let result!: T;
	for (let i = 0; i < runs; i++) {
		const started = process.cpuUsage();
		result = act();
		const used = process.cpuUsage(started);
		times.push((used.user + used.system) / 1000);
	}
	times.sort((a, b) => a - b);
	table.push([label, times[Math.floor(times.length / 2)]!.toFixed(0)]);
	return result;
}

const rows: [string, string][] = [];
const read = time('readCsv', () => readCsv(text), rows);
if (!read.ok) throw new Error(read.problem.message);
time('inspectCsv', () => inspectCsv(text), rows);
const mapping = guessMapping(read.table.headers, 'careers');
const built = time('buildDataset', () => buildDataset(read.table, 'careers', mapping, basename(file)), rows);
time('validateDataset (zod + references)', () => validateDataset(built.dataset), rows);
time('importCsv (all of the import)', () => importCsv(text, basename(file), 'careers', mapping), rows);
const dataset = built.dataset;
time(
	'structured clone of the dataset (v8 serialize + deserialize)',
	() => deserialize(serialize(dataset)),
	rows
);
const { packed: pack } = time(
	'buildPackedDataset (what the worker runs)',
	() => buildPackedDataset(read.table, 'careers', mapping, basename(file)),
	rows
);
time('structured clone of the pack', () => deserialize(serialize(pack)), rows);
time('unpackDataset', () => unpackDataset(pack), rows);
const companies = time('buildCompanyIndex', () => buildCompanyIndex(dataset), rows);
time('indexDataset', () => indexDataset(dataset), rows);
time('listFacts', () => listFacts(dataset), rows);
const busiest = companies.choices[0]!.id;
time(
	'filter to the busiest company (facts + subset)',
	() => subsetDataset(dataset, factsForCompanies(dataset, companies, [busiest])),
	rows
);
const organizations = indexDataset(dataset).organizations;
time(
	'flow graph (top 12 + Other)',
	() => buildFlowGraph(dataset.moves, organizations, { shown: topOrganizations(dataset.moves, 12) }),
	rows
);
const timeline = time('buildTimeline', () => buildTimeline(dataset, Date.UTC(2024, 3, 3)), rows);
time('binTimeline', () => binTimeline(timeline.items, binUnitFor(timeline.domain)), rows);

const width = Math.max(...rows.map(([label]) => label.length));
console.log(
	`${basename(file)}: ${read.table.rows.length} rows, ${dataset.moves.length} moves (median CPU time of ${runs} runs)`
);
for (const [label, ms] of rows) console.log(`  ${label.padEnd(width)}  ${ms.padStart(6)} ms`);
