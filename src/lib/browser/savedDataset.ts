import type { Dataset } from '../schema/dataset';
import type { PackedDataset } from '../import/packedDataset';
import type { FlowColumns } from '../import/flowColumns';
import { joinParts, partsCalledFor, splitParts } from './savedParts';

/**
 * An imported dataset as kept in the browser, so that it survives a reload: in columns when it came
 * from a CSV file (storing a hundred thousand objects would hold the page for seconds), flows in
 * columns as they came, else as it is.
 */
export interface SavedDataset {
	dataset?: Dataset;
	packed?: PackedDataset;
	flows?: FlowColumns;
	fileName: string;
	/** When it was imported, as an ISO timestamp. */
	savedAt: string;
}

const DB = 'talent-flows';
const STORE = 'datasets';
const KEY = 'imported';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('the browser’s storage could not be opened'));
	});
}

/**
 * One transaction on the store: `act` asks what it needs (its callbacks may ask more, in the same
 * transaction) and returns how to read the answer once the transaction has completed. Anything it
 * throws, there or in a callback it wraps with `orAbort`, aborts the transaction: nothing of it is
 * kept.
 */
async function run<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore, orAbort: (step: () => void) => () => void) => () => T
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = db.transaction(STORE, mode);
			let failure: unknown = null;
			const abort = (error: unknown) => {
				failure = error;
				try {
					transaction.abort();
				} catch {
					// It had ended already.
				}
			};
			const orAbort = (step: () => void) => () => {
				try {
					step();
				} catch (error) {
					abort(error);
				}
			};
			let answer: () => T = () => undefined as T;
			try {
				answer = act(transaction.objectStore(STORE), orAbort);
			} catch (error) {
				abort(error);
			}
			transaction.oncomplete = () => {
				try {
					resolve(answer());
				} catch (error) {
					reject(error);
				}
			};
			transaction.onerror = () => reject(transaction.error ?? new Error('the browser’s storage failed'));
			transaction.onabort = () =>
				reject(failure ?? transaction.error ?? new Error('the browser’s storage refused the data'));
		});
	} finally {
		db.close();
	}
}

/** The keys of a record's parts, beside its own key (see savedParts.ts). */
const partKey = (n: number) => [KEY, n];
/** More parts than any record of this code has (a pack has about 25 columns). */
const MOST_PARTS = 1000;
const allParts = () => IDBKeyRange.bound(partKey(0), partKey(Infinity));

/**
 * The imported dataset kept in IndexedDB, if any: its head, then its parts, each read back (and so
 * copied into the page) in a task of its own, in one transaction.
 */
export async function loadSavedDataset(): Promise<unknown> {
	if (typeof indexedDB === 'undefined') return undefined;
	return run('readonly', (store, orAbort) => {
		let head: unknown;
		const parts: unknown[] = [];
		const got = store.get(KEY);
		got.onsuccess = orAbort(() => {
			head = got.result;
			// A record of ours has a few dozen parts: one that calls for more is damaged, and its
			// parts are left unread, for the record's checks to refuse.
			const count = partsCalledFor(head);
			if (count > MOST_PARTS) return;
			// Asked for all at once, so that their trips to the storage overlap; each answer still
			// comes, and is copied, in a task of its own.
			for (let n = 0; n < count; n++) {
				const request = store.get(partKey(n));
				request.onsuccess = () => (parts[n] = request.result);
				// A part that cannot be read back is missing, not a storage that failed: the page
				// then names the saved import as unreadable and offers to remove it.
				request.onerror = (event) => {
					event.preventDefault();
					event.stopPropagation();
				};
			}
		});
		return () => joinParts(head, parts);
	});
}

/**
 * Keeps an imported dataset in IndexedDB until the reader goes back to the article's data: its
 * large columns one per task, then its head, all in one transaction, so that a record is either
 * written whole or not at all (a value that cannot be stored aborts it, with the removal of the
 * earlier record's parts), and the parts of an earlier one are removed with it.
 */
export async function saveDataset(saved: SavedDataset): Promise<void> {
	const { head, parts } = splitParts(saved);
	await run('readwrite', (store, orAbort) => {
		const writeFrom = (n: number) => {
			if (n === parts.length) return void store.put(head, KEY);
			store.put(parts[n], partKey(n)).onsuccess = orAbort(() => writeFrom(n + 1));
		};
		store.delete(allParts());
		writeFrom(0);
		return () => undefined;
	});
}

/** Forgets the imported dataset, and its parts. */
export async function clearSavedDataset(): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await run('readwrite', (store) => {
		store.delete(allParts());
		store.delete(KEY);
		return () => undefined;
	});
}
