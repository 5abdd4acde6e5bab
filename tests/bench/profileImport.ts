// Times each stage of a career-history import in node, and the page's derived state for the
// result, so that a change to the importer can be judged stage by stage:
// `node --expose-gc --import tsx tests/bench/profileImport.ts [bench-data/careers-100k.csv]`. Not a test and not the
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
import { messagesFor } from '../../src/lib/i18n/messages';
import type { Dataset } from '../../src/lib/schema/dataset';
import { flowLabels, flowSummary } from '../../src/lib/transforms/chartLabels';
import { buildCompanyIndex, factsForCompanies, subsetDataset } from '../../src/lib/transforms/filter';
import { indexDataset } from '../../src/lib/transforms/describeFact';
import { factsById, factsBySentence, listFacts } from '../../src/lib/transforms/facts';
import { storyFlowGraph } from '../../src/lib/transforms/flowGraph';
import { sentencesByFact } from '../../src/lib/transforms/linking';
import { storyTimeline } from '../../src/lib/transforms/timeline';
import { binTimeline, binUnitFor } from '../../src/lib/transforms/timelineBins';
import { timelineSummary } from '../../src/lib/transforms/timelineSummary';
import { inEnglish } from '../../src/lib/problems/english';

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
if (!read.ok) throw new Error(inEnglish(read.problem));
time('inspectCsv', () => inspectCsv(text), rows);
const mapping = guessMapping(read.table.headers, 'careers');
const built = time('buildDataset', () => buildDataset(read.table, 'careers', mapping, basename(file)), rows);
time('validateDataset (zod + references)', () => validateDataset(built.dataset), rows);
time('importCsv (all of the import)', () => importCsv(text, basename(file), 'careers', mapping), rows);
time(
	'structured clone of the dataset (v8 serialize + deserialize)',
	() => deserialize(serialize(built.dataset)),
	rows
);
const { packed: pack } = time(
	'buildPackedDataset (what the worker runs)',
	() => buildPackedDataset(read.table, 'careers', mapping, basename(file)),
	rows
);
time('structured clone of the pack', () => deserialize(serialize(pack)), rows);
time('unpackDataset', () => unpackDataset(pack), rows);

// What the page derives from the dataset, each timed on a fresh copy: these transforms remember
// their results per dataset, and a second call would only time the lookup.
const fresh = () => unpackDataset(pack);
function timeFresh<T>(label: string, act: (dataset: Dataset) => T): T {
	const times: number[] = [];
	let result!: T;
	for (let i = 0; i < runs; i++) {
		// A fresh copy each run, the garbage of the last one collected before timing, so that the
		// figure is the transform's and not the collector's catching up.
		const dataset = fresh();
		(globalThis as { gc?: () => void }).gc?.();
		const started = process.cpuUsage();
		result = act(dataset);
		const used = process.cpuUsage(started);
		times.push((used.user + used.system) / 1000);
	}
	times.sort((a, b) => a - b);
	rows.push([label, times[Math.floor(times.length / 2)]!.toFixed(0)]);
	return result;
}
const m = messagesFor('en');
const publication = Date.UTC(2024, 3, 3);
const page = (dataset: Dataset) => {
	const index = indexDataset(dataset);
	const facts = listFacts(dataset);
	return { index, facts };
};
timeFresh('buildCompanyIndex', (dataset) => buildCompanyIndex(dataset));
timeFresh('indexDataset', (dataset) => indexDataset(dataset));
timeFresh('listFacts', (dataset) => listFacts(dataset));
timeFresh('facts by sentence, sentences by fact, facts by id', (dataset) => {
	const facts = listFacts(dataset);
	return [factsBySentence(facts), sentencesByFact(facts), factsById(facts)];
});
timeFresh('storyFlowGraph (top 12 + Other)', (dataset) =>
	storyFlowGraph(dataset.moves, indexDataset(dataset).organizations)
);
timeFresh('flowLabels + flowSummary', (dataset) => {
	const { index } = page(dataset);
	const flow = storyFlowGraph(dataset.moves, index.organizations);
	return [
		flowLabels(flow.graph, index, 'en', m, flow.hiddenOrganizations),
		flowSummary(dataset.moves, index, 'en', m)
	];
});
timeFresh('storyTimeline', (dataset) => storyTimeline(dataset.moves, [], [], publication));
timeFresh('binTimeline + timelineSummary', (dataset) => {
	const timeline = storyTimeline(dataset.moves, [], [], publication);
	return [
		binTimeline(timeline.items, binUnitFor(timeline.domain)),
		timelineSummary(timeline, indexDataset(dataset), 'en', m)
	];
});
timeFresh('filter to the busiest company: subset, facts, graph, timeline', (dataset) => {
	const companies = buildCompanyIndex(dataset);
	const shown = subsetDataset(dataset, factsForCompanies(dataset, companies, [companies.choices[0]!.id]));
	const index = indexDataset(dataset);
	const facts = listFacts(shown);
	const flow = storyFlowGraph(shown.moves, index.organizations);
	const timeline = storyTimeline(shown.moves, [], [], publication);
	return [
		facts,
		factsById(facts),
		flowLabels(flow.graph, index, 'en', m, flow.hiddenOrganizations),
		flowSummary(shown.moves, index, 'en', m),
		binTimeline(timeline.items, binUnitFor(timeline.domain)),
		timelineSummary(timeline, index, 'en', m)
	];
});

const width = Math.max(...rows.map(([label]) => label.length));
console.log(
	`${basename(file)}: ${read.table.rows.length} rows, ${built.dataset.moves.length} moves (median CPU time of ${runs} runs)`
);
for (const [label, ms] of rows) console.log(`  ${label.padEnd(width)}  ${ms.padStart(6)} ms`);
