import { describe, expect, it } from 'vitest';
import { flowsDataset } from '../../../src/cli/aggregate/toDataset';
import { buildDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { guessMapping } from '../../../src/lib/import/mapping';
import { provenanceDocument, type ProvDocument } from '../../../src/lib/provenance/prov';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { listFacts } from '../../../src/lib/transforms/listFacts';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { dataset } from './committed';
import { provProblems } from './provJsonShape';

const OPTIONS = { self: 'provenance.json', page: '../' };

/** The derivations of a document, as (fact, source entity) pairs with their other attributes. */
const derivations = (document: ProvDocument) => Object.values(document.wasDerivedFrom);

/** Whether a derivation says one fact revises another (a move refining one of the article's). */
const isRevision = (d: Record<string, unknown>) =>
	(d['prov:type'] as { $?: string } | undefined)?.$ === 'prov:Revision';

/** A dataset imported from CSV text, as the import dialog makes it with the guessed mapping. */
function imported(text: string, kind: 'careers' | 'moves'): Dataset {
	const read = readCsv(text);
	if (!read.ok) throw new Error('unreadable CSV');
	return buildDataset(read.table, kind, guessMapping(read.table.headers, kind), 'people.csv').dataset;
}

describe('the PROV-JSON shape check', () => {
	it('refuses a derivation without the entity it used, and a prefix never declared', () => {
		const document = provenanceDocument(dataset, OPTIONS);
		const broken = structuredClone(document) as unknown as Record<string, Record<string, object>>;
		delete (Object.values(broken.wasDerivedFrom!)[0] as Record<string, unknown>)['prov:usedEntity'];
		expect(provProblems(broken).join('\n')).toMatch(/wasDerivedFrom/);
		const undeclared = structuredClone(document);
		undeclared.entity['ex:thing'] = { 'prov:label': 'a thing' };
		expect(provProblems(undeclared)).toEqual(['ex:thing: the prefix “ex” is not declared']);
	});
});

describe('provenanceDocument of the article’s dataset', () => {
	const document = provenanceDocument(dataset, OPTIONS);

	it('is a PROV-JSON document: the submission’s shape, declared prefixes, no relation to a missing record', () => {
		expect(provProblems(document)).toEqual([]);
	});

	it('derives every fact from each source its evidence cites, and from no other', () => {
		for (const fact of listFacts(dataset)) {
			const used = derivations(document)
				.filter((d) => d['prov:generatedEntity'] === `fact:${fact.id}` && !isRevision(d))
				.map((d) => d['prov:usedEntity']);
			const cited = fact.evidence.map((e) => `tf:source-${e.source}`);
			expect([...new Set(used)].sort(), fact.id).toEqual([...new Set(cited)].sort());
		}
	});

	it('says that each move of other reporting revises the article’s departure it tells more of, and nothing else does', () => {
		const revisions = derivations(document)
			.filter(isRevision)
			.map((d) => [d['prov:generatedEntity'], d['prov:usedEntity']]);
		expect(revisions.sort()).toEqual(
			[
				['fact:move-meijer-automind', 'fact:move-meijer-own-startup'],
				['fact:move-parikh-yutori', 'fact:move-parikh-undisclosed'],
				['fact:move-das-yutori', 'fact:move-das-undisclosed']
			].sort()
		);
	});

	it('keeps each quote with its sentence, and each claim of other reporting with its confidence', () => {
		const meijer = derivations(document).filter(
			(d) => d['prov:generatedEntity'] === 'fact:move-meijer-automind'
		);
		expect(meijer).toContainEqual(
			expect.objectContaining({
				'prov:usedEntity': 'tf:source-dcd-2024',
				'tf:claim': 'Erik Meijer has left Meta, where he was senior director of engineering for eight years.',
				'tf:confidence': 'high'
			})
		);
		expect(derivations(document)).toContainEqual(
			expect.objectContaining({
				'prov:generatedEntity': 'fact:meta-ai-staff-exodus',
				'prov:usedEntity': 'tf:source-spiceworks-fr-2024',
				'prov:activity': 'tf:reading',
				'tf:sentence': 'p5.s2'
			})
		);
	});

	it('generates each fact once, by the reading of the sources, which used each source it cites', () => {
		const generated = Object.values(document.wasGeneratedBy).map((g) => g['prov:entity']);
		expect(generated.sort()).toEqual(
			listFacts(dataset)
				.map((f) => `fact:${f.id}`)
				.sort()
		);
		const used = Object.values(document.used).map((u) => u['prov:entity']);
		expect(used.sort()).toEqual(dataset.sources.map((s) => `tf:source-${s.id}`).sort());
		expect(Object.keys(document.activity)).toEqual(['tf:reading']);
	});

	it('attributes the article and each report to its outlet, and gives each source its address', () => {
		const attributed = Object.values(document.wasAttributedTo).map((a) => [
			a['prov:entity'],
			a['prov:agent']
		]);
		expect(attributed).toContainEqual(['tf:source-dcd-2024', 'tf:publisher-datacenter-dynamics']);
		expect(attributed).toContainEqual(['tf:source-spiceworks-fr-2024', 'tf:publisher-spiceworks']);
		expect(document.agent['tf:publisher-spiceworks']).toEqual({
			'prov:type': { $: 'prov:Organization', type: 'prov:QUALIFIED_NAME' },
			'prov:label': 'Spiceworks'
		});
		for (const source of dataset.sources)
			expect(document.entity[`tf:source-${source.id}`]!['prov:location']).toBe(source.url);
	});

	it('names facts by their rows on the page, and its own records by places in the file', () => {
		expect(document.prefix).toEqual({ tf: 'provenance.json#', fact: '../#fact-' });
	});

	it('does not change the dataset it describes', () => {
		const before = structuredClone(dataset);
		provenanceDocument(dataset, OPTIONS);
		expect(dataset).toEqual(before);
	});
});

describe('provenanceDocument of an imported file', () => {
	const careers = imported(
		[
			'person,organization,title,start,end',
			'Ada Okafor,Meta,Engineer,2019,2022',
			'Ada Okafor,Yutori,Founder,2023,',
			'Ben Ito,Meta,Researcher,2020,2023-06'
		].join('\n'),
		'careers'
	);
	const document = provenanceDocument(careers, { self: 'x.json', page: 'https://example.org/en/' });

	it('is a PROV-JSON document', () => {
		expect(provProblems(document)).toEqual([]);
	});

	it('says which file each fact came from, by its name, and from which of its rows', () => {
		expect(document.entity['tf:source-import']).toMatchObject({
			'prov:label': 'people.csv',
			'tf:kind': 'import'
		});
		const move = careers.moves[0]!;
		expect(derivations(document)).toContainEqual({
			'prov:generatedEntity': `fact:${move.id}`,
			'prov:usedEntity': 'tf:source-import',
			'prov:activity': 'tf:import-import',
			'tf:row': move.evidence.map((e) => (e.basis === 'import' ? e.row : -1))
		});
		expect(move.evidence.map((e) => (e.basis === 'import' ? e.row : -1))).toEqual([2, 3]);
		const ben = careers.people.find((p) => p.name === 'Ben Ito')!;
		expect(derivations(document)).toContainEqual(
			expect.objectContaining({ 'prov:generatedEntity': `fact:${ben.id}`, 'tf:row': 4 })
		);
	});

	it('has one activity, the import of the file, which used it', () => {
		expect(document.activity).toEqual({
			'tf:import-import': { 'prov:label': 'The import of people.csv', 'tf:file': 'people.csv' }
		});
		expect(Object.values(document.used)).toEqual([
			{ 'prov:activity': 'tf:import-import', 'prov:entity': 'tf:source-import' }
		]);
		expect(document.prefix.fact).toBe('https://example.org/en/#fact-');
	});
});

describe('provenanceDocument of flows counted from a large file', () => {
	const provenance = {
		file: 'careers.parquet',
		rows: 3_000_000,
		sha256: 'ab'.repeat(32),
		query: 'talent-flows-sql/2+0123456789ab'
	};
	const flows = flowsDataset(
		'careers.parquet',
		provenance,
		[
			{
				fromKey: 'meta',
				toKey: 'yutori',
				date: { precision: 'month', start: '2024-03' },
				certainty: 'stated',
				weight: 12
			}
		],
		[
			{ key: 'meta', name: 'Meta', firstRow: 2 },
			{ key: 'yutori', name: 'Yutori', firstRow: 5 }
		]
	);
	const document = provenanceDocument(flows, { self: 'x.json', page: '../' });

	it('is a PROV-JSON document', () => {
		expect(validateDataset(flows).ok).toBe(true);
		expect(provProblems(document)).toEqual([]);
	});

	it('says which query counted the flows, from which file (its name, rows and SHA-256)', () => {
		const activity = 'tf:aggregation-aggregate';
		expect(document.activity[activity]).toEqual({
			'prov:label': `careers.parquet counted into flows by the query ${provenance.query}`,
			'tf:query': provenance.query
		});
		expect(document.entity['tf:source-aggregate']).toMatchObject({
			'tf:file': 'careers.parquet',
			'tf:rows': 3_000_000,
			'tf:sha256': provenance.sha256
		});
		expect(document.entity['tf:query-aggregate']).toMatchObject({ 'tf:version': provenance.query });
		expect(
			Object.values(document.used)
				.map((u) => u['prov:entity'])
				.sort()
		).toEqual(['tf:query-aggregate', 'tf:source-aggregate']);
		expect(derivations(document)).toContainEqual({
			'prov:generatedEntity': `fact:${flows.moves[0]!.id}`,
			'prov:usedEntity': 'tf:source-aggregate',
			'prov:activity': activity
		});
	});
});
