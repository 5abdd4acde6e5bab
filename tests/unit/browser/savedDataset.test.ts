import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	clearSavedDataset,
	loadSavedDataset,
	saveDataset,
	type SavedDataset
} from '../../../src/lib/browser/savedDataset';
import { buildPackedDataset } from '../../../src/lib/import/buildDataset';
import { readCsv } from '../../../src/lib/import/csv';
import { guessMapping } from '../../../src/lib/import/mapping';
import { careerRows, toCsv } from '../../fixtures/careers';
import { joinParts, PART_FROM, partsCalledFor, splitParts } from '../../../src/lib/browser/savedParts';

/** A record shaped as an import's columns: two large columns, a long text, and small parts. */
function columns(rows: number, name = 'careers.csv') {
	return {
		packed: {
			packVersion: 3,
			head: { schemaVersion: '1', title: 'Careers', sources: [{ id: 's', title: 'File' }] },
			moves: {
				person: Int32Array.from({ length: rows }, (_, i) => i % 97),
				certainty: new Uint8Array(rows).fill(2),
				id: Array.from({ length: rows }, (_, i) => `m${i}\u0000`).join('')
			},
			organizations: { kind: new Uint8Array([0, 1, 2]) }
		},
		fileName: name,
		savedAt: '2026-12-05T14:00:00.000Z'
	};
}

/** An import of a generated career file as the page keeps it: its pack, the file's name, the time. */
function savedImport(people: number, fileName = 'careers.csv'): SavedDataset {
	const read = readCsv(toCsv(careerRows(people, 40, 7)));
	if (!read.ok) throw new Error('the generated file should read');
	const mapping = guessMapping(read.table.headers, 'careers');
	const { packed } = buildPackedDataset(read.table, 'careers', mapping, fileName);
	return { packed, fileName, savedAt: '2026-12-05T14:00:00.000Z' };
}

/** Writes to the page's store directly, as a damaged or an older record would be found. */
function rawWrite(act: (store: IDBObjectStore) => void): Promise<void> {
	return new Promise((resolve, reject) => {
		const opened = indexedDB.open('talent-flows', 1);
		opened.onupgradeneeded = () => opened.result.createObjectStore('datasets');
		opened.onerror = () => reject(opened.error);
		opened.onsuccess = () => {
			const transaction = opened.result.transaction('datasets', 'readwrite');
			act(transaction.objectStore('datasets'));
			transaction.oncomplete = () => (opened.result.close(), resolve());
		};
	});
}

/** Every key in the page's store, as IndexedDB lists them. */
function storedKeys(): Promise<IDBValidKey[]> {
	return new Promise((resolve, reject) => {
		const opened = indexedDB.open('talent-flows', 1);
		opened.onerror = () => reject(opened.error);
		opened.onsuccess = () => {
			const keys = opened.result.transaction('datasets').objectStore('datasets').getAllKeys();
			keys.onsuccess = () => (opened.result.close(), resolve(keys.result));
		};
	});
}

describe('a record in parts: large columns apart, the rest with a mark where each was', () => {
	it('takes out each typed array or text of at least PART_FROM, in order, and keeps the rest in place', () => {
		const record = columns(PART_FROM);
		const { head, parts } = splitParts(record);
		expect(parts).toEqual([
			record.packed.moves.person,
			record.packed.moves.certainty,
			record.packed.moves.id
		]);
		expect(head).toMatchObject({
			packed: { moves: { person: { savedPart: 0 }, certainty: { savedPart: 1 }, id: { savedPart: 2 } } },
			fileName: 'careers.csv'
		});
		expect((head as typeof record).packed.organizations.kind).toBe(record.packed.organizations.kind);
		expect(partsCalledFor(head)).toBe(3);
	});

	it('keeps arrays whole: a dataset of objects has no column to take out', () => {
		const record = { dataset: { moves: [{ id: 'x'.repeat(PART_FROM) }] }, fileName: 'a.json' };
		expect(splitParts(record)).toEqual({ head: record, parts: [] });
		expect(partsCalledFor(record)).toBe(0);
	});

	it('puts every part back where its mark was', () => {
		const record = columns(PART_FROM * 2);
		const { head, parts } = splitParts(record);
		expect(joinParts(head, parts)).toEqual(record);
	});

	it('keeps dates, maps and other objects that are not plain fields whole', () => {
		const record = { when: new Date(0), seen: new Map([['a', 1]]), fields: { at: new Date(1) } };
		expect(splitParts(record).head).toEqual(record);
		expect(joinParts(record, [])).toEqual(record);
	});

	it('leaves a missing part undefined, for the record’s checks to refuse', () => {
		const { head } = splitParts(columns(PART_FROM));
		expect((joinParts(head, []) as ReturnType<typeof columns>).packed.moves.person).toBeUndefined();
	});
});

describe('an import kept in IndexedDB', () => {
	beforeEach(() => {
		vi.stubGlobal('indexedDB', new IDBFactory());
		vi.stubGlobal('IDBKeyRange', IDBKeyRange);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('comes back as it was written, its large columns kept as records of their own beside its head', async () => {
		const record = savedImport(12_000);
		await saveDataset(record);
		const { parts } = splitParts(record);
		expect(parts.length).toBeGreaterThan(10);
		expect(await storedKeys()).toEqual(['imported', ...parts.map((_, n) => ['imported', n])]);
		expect(await loadSavedDataset()).toEqual(record);
	});

	it('written again with fewer parts, leaves none of the earlier record’s behind', async () => {
		await saveDataset(savedImport(12_000));
		const smaller = savedImport(20, 'small.csv');
		await saveDataset(smaller);
		expect(await storedKeys()).toEqual(['imported']);
		expect(await loadSavedDataset()).toEqual(smaller);
	});

	it('is forgotten whole: its head and its parts', async () => {
		await saveDataset(savedImport(12_000));
		await clearSavedDataset();
		expect(await storedKeys()).toEqual([]);
		expect(await loadSavedDataset()).toBeUndefined();
	});

	it('reads a record written whole by an earlier version as it is', async () => {
		const record = savedImport(12_000);
		await rawWrite((store) => store.put(record, 'imported'));
		expect(await loadSavedDataset()).toEqual(record);
	});

	it('reads a record whose part is gone with that part missing, for the page to name it unreadable', async () => {
		const record = savedImport(12_000);
		await saveDataset(record);
		await rawWrite((store) => store.delete(['imported', 1]));
		const { head, parts } = splitParts(record);
		const loaded = await loadSavedDataset();
		expect(loaded).toEqual(
			joinParts(
				head,
				parts.map((part, n) => (n === 1 ? undefined : part))
			)
		);
		expect(loaded).not.toEqual(record);
	});

	it('reads none of the parts a damaged head calls for past any record’s count', async () => {
		await rawWrite((store) => store.put({ packed: { moves: { person: { savedPart: 1e9 } } } }, 'imported'));
		expect(await loadSavedDataset()).toEqual({ packed: { moves: { person: undefined } } });
	});

	it('a write that fails leaves the record before it whole, parts and head', async () => {
		const kept = savedImport(12_000);
		await saveDataset(kept);
		// A function cannot be stored: the last write (the head) fails, after the parts were written.
		const broken = { ...savedImport(15_000, 'broken.csv'), note: () => 'not storable' };
		await expect(saveDataset(broken as never)).rejects.toThrow();
		expect(await loadSavedDataset()).toEqual(kept);
	});
});
