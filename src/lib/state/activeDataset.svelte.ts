import type { Dataset } from '../schema/dataset';
import { buildStoreInSlices, type MoveStore } from '../core/store';
import { FLOW_COLUMNS_VERSION, SCHEMA_VERSION } from '../schema/version';
import { clearSavedDataset, loadSavedDataset, saveDataset, type SavedDataset } from '../browser/savedDataset';
import { runInSlices } from '../browser/timeSlices';
import type { PackedDataset } from '../import/packedDataset';
import type { FlowColumns } from '../import/flowColumns';
import type { PlacedStays } from '../core/views/placedStays';

/** An imported dataset in use, with where it came from. */
export interface ImportedDataset {
	dataset: Dataset;
	/** Its moves as columns, built in slices before it is shown. */
	store: MoveStore;
	/** Where its stays ended (for retention), placed in slices before it is shown. */
	stays: PlacedStays;
	fileName: string;
	savedAt: string;
}

/** An import ready to be shown. */
type Ready = Pick<ImportedDataset, 'dataset' | 'store' | 'stays'>;

/** An import as the import dialog hands it over: its dataset, the same in columns, or flows in columns. */
export type IncomingDataset = { dataset: Dataset } | { packed: PackedDataset } | { flows: FlowColumns };

/**
 * Which dataset the page shows: the article's, or one the reader imported (kept in IndexedDB so a
 * reload does not lose it). The article's dataset is always one `reset()` away. A large import is
 * rebuilt in slices, so that the page stays responsive and no task holds it for long.
 */
export class ActiveDataset {
	// Raw state: an import can hold a hundred thousand moves, and nothing edits them in place, so a
	// deep reactive proxy would only cost time and memory.
	imported = $state.raw<ImportedDataset | null>(null);
	/** Why a saved import could not be restored or kept, in words, when that happened. */
	storageProblem = $state<string | null>(null);
	/** The file name of a saved import that could not be read back, to name it in the notice. */
	unreadable = $state<string | null>(null);
	/** True while an import is being rebuilt and prepared, before it is shown. */
	preparing = $state(false);
	/** Whether the import shown is in this browser's storage: restored from it, or written to it. */
	kept = $state(false);
	readonly article: Dataset;
	readonly current: Dataset;
	/**
	 * Counts what the reader asked to show (a restore begun, an import used, the article's data
	 * again): work that ends after a newer request leaves the page as that one set it. A big import
	 * takes seconds to prepare, and "Back to the article's data" works meanwhile.
	 */
	#turn = 0;

	constructor(article: Dataset) {
		this.article = article;
		this.current = $derived(this.imported?.dataset ?? article);
	}

	/** Rebuilds a dataset from its columns, and builds its store, a slice at a time. */
	async #ready(incoming: IncomingDataset): Promise<Ready> {
		// The unpacking code loads only with an import: most readers never bring one.
		const start = performance.now();
		const dataset =
			'packed' in incoming
				? await runInSlices((await import('../import/packedDataset')).unpackDatasetInSlices(incoming.packed))
				: 'flows' in incoming
					? await runInSlices((await import('../import/flowColumns')).datasetOfFlowsInSlices(incoming.flows))
					: incoming.dataset;
		performance.measure('prepare: unpack', { start, end: performance.now() });
		const store = await runInSlices(buildStoreInSlices(dataset));
		const { placeStaysInSlices } = await import('../core/views/placedStays');
		const stays = await runInSlices(placeStaysInSlices(store));
		return { dataset, store, stays };
	}

	/** Restores an import saved by an earlier visit, checking it again (the format may have changed). */
	async restore(): Promise<void> {
		const turn = ++this.#turn;
		let saved: Partial<SavedDataset> | undefined;
		try {
			saved = (await loadSavedDataset()) as Partial<SavedDataset> | undefined;
			if (!saved) return;
			let ready: Ready;
			if (saved.packed) {
				// Columns are only ever written by this code: a layout or format of another version is
				// refused, and an index that points nowhere fails the rebuilding.
				if (saved.packed.head?.schemaVersion !== SCHEMA_VERSION) throw new SavedInvalid();
				ready = await this.#ready({ packed: saved.packed }).catch(() => {
					throw new SavedInvalid();
				});
			} else if (saved.flows) {
				// As columns: kept only as this code read them from a file, of this format or refused.
				const { version, frame } = saved.flows;
				if (version !== FLOW_COLUMNS_VERSION || frame?.schemaVersion !== SCHEMA_VERSION)
					throw new SavedInvalid();
				ready = await this.#ready({ flows: saved.flows }).catch(() => {
					throw new SavedInvalid();
				});
			} else {
				const { validateDataset } = await import('../validation/validateDataset');
				const checked = validateDataset(saved.dataset);
				if (!checked.ok) throw new SavedInvalid();
				ready = await this.#ready({ dataset: checked.value });
			}
			// The reader imported a file, or went back, while the saved one was read: theirs stands.
			if (turn !== this.#turn) return;
			this.imported = {
				...ready,
				fileName: String(saved.fileName ?? ''),
				savedAt: String(saved.savedAt ?? '')
			};
			this.kept = true;
		} catch (error) {
			if (turn !== this.#turn) return;
			this.storageProblem = error instanceof SavedInvalid ? 'saved-invalid' : 'storage-unavailable';
			// Kept, not dropped without a word: the reader decides to remove it.
			if (error instanceof SavedInvalid) this.unreadable = String(saved?.fileName ?? '');
		}
	}

	/**
	 * Shows an imported dataset and keeps it for later visits. Resolves to whether it is shown: not
	 * when a newer request came meanwhile, nor when it could not be prepared (the page then says so,
	 * and what it showed stays).
	 */
	async use(incoming: IncomingDataset, fileName: string): Promise<boolean> {
		const turn = ++this.#turn;
		this.preparing = true;
		let ready: Ready;
		try {
			ready = await this.#ready(incoming);
		} catch {
			// Out of memory in the page, or columns the worker should never have sent.
			if (turn === this.#turn) this.storageProblem = 'not-prepared';
			return false;
		} finally {
			if (turn === this.#turn) this.preparing = false;
		}
		// "Back to the article's data", or another import, came while this one was prepared.
		if (turn !== this.#turn) return false;
		// A timestamp for the record, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const savedAt = new Date().toISOString();
		const { dataset } = ready;
		this.imported = { ...ready, fileName, savedAt };
		this.storageProblem = null;
		// Said to be kept only once it is: the storage may be full or refused.
		this.kept = false;
		try {
			const kept =
				'packed' in incoming
					? { packed: incoming.packed }
					: 'flows' in incoming
						? { flows: incoming.flows }
						: { dataset };
			await saveDataset({ ...kept, fileName, savedAt });
			if (turn !== this.#turn) return false;
			this.kept = true;
			// Written where the unreadable one was: it is gone.
			this.unreadable = null;
		} catch {
			if (turn !== this.#turn) return false;
			this.storageProblem = 'not-saved';
		}
		return true;
	}

	/** Removes a saved import that could not be read. */
	async removeUnreadable(): Promise<void> {
		try {
			await clearSavedDataset();
			this.unreadable = null;
			// Unless something newer is being said meanwhile (an import that could not be kept).
			if (this.storageProblem === 'saved-invalid') this.storageProblem = null;
		} catch {
			if (this.storageProblem === 'saved-invalid') this.storageProblem = 'storage-unavailable';
		}
	}

	/** Goes back to the article's dataset and forgets the import. */
	async reset(): Promise<void> {
		const turn = ++this.#turn;
		this.imported = null;
		this.preparing = false;
		this.kept = false;
		this.storageProblem = null;
		try {
			await clearSavedDataset();
			this.unreadable = null;
		} catch {
			if (turn === this.#turn) this.storageProblem = 'storage-unavailable';
		}
	}
}

/** A saved import that can no longer be read as a dataset. */
class SavedInvalid extends Error {}
