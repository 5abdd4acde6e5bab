import type { Dataset } from '../schema/dataset';
import type { PackedDataset } from '../import/packedDataset';
import type { FlowColumns } from '../import/flowColumns';

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

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = db.transaction(STORE, mode);
			const request = act(transaction.objectStore(STORE));
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(transaction.error ?? new Error('the browser’s storage failed'));
			transaction.onabort = () =>
				reject(transaction.error ?? new Error('the browser’s storage refused the data'));
		});
	} finally {
		db.close();
	}
}

/** The imported dataset kept in IndexedDB, if any. */
export async function loadSavedDataset(): Promise<unknown> {
	if (typeof indexedDB === 'undefined') return undefined;
	return run('readonly', (store) => store.get(KEY));
}

/** Keeps an imported dataset in IndexedDB until the reader goes back to the article's data. */
export async function saveDataset(saved: SavedDataset): Promise<void> {
	await run('readwrite', (store) => store.put(saved, KEY));
}

/** Forgets the imported dataset. */
export async function clearSavedDataset(): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await run('readwrite', (store) => store.delete(KEY));
}
