import type { Dataset } from '../schema/dataset';
import { clearSavedDataset, loadSavedDataset, saveDataset } from '../browser/savedDataset';

/** An imported dataset in use, with where it came from. */
export interface ImportedDataset {
	dataset: Dataset;
	fileName: string;
	savedAt: string;
}

/**
 * Which dataset the page shows: the article's, or one the reader imported (kept in IndexedDB so a
 * reload does not lose it). The article's dataset is always one `reset()` away.
 */
export class ActiveDataset {
	// Raw state: an import can hold a hundred thousand moves, and nothing edits them in place, so a
	// deep reactive proxy would only cost time and memory.
	imported = $state.raw<ImportedDataset | null>(null);
	/** Why a saved import could not be restored or kept, in words, when that happened. */
	storageProblem = $state<string | null>(null);
	readonly article: Dataset;
	readonly current: Dataset;

	constructor(article: Dataset) {
		this.article = article;
		this.current = $derived(this.imported?.dataset ?? article);
	}

	/** Restores an import saved by an earlier visit, checking it again (the format may have changed). */
	async restore(): Promise<void> {
		try {
			const saved = (await loadSavedDataset()) as Partial<ImportedDataset> | undefined;
			if (!saved) return;
			const { validateDataset } = await import('../validation/validateDataset');
			const checked = validateDataset(saved.dataset);
			if (!checked.ok) {
				this.storageProblem = 'saved-invalid';
				return;
			}
			this.imported = {
				dataset: checked.value,
				fileName: String(saved.fileName ?? ''),
				savedAt: String(saved.savedAt ?? '')
			};
		} catch {
			this.storageProblem = 'storage-unavailable';
		}
	}

	/** Shows an imported dataset and keeps it for later visits. */
	async use(dataset: Dataset, fileName: string): Promise<void> {
		// A timestamp for the record, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const imported = { dataset, fileName, savedAt: new Date().toISOString() };
		this.imported = imported;
		this.storageProblem = null;
		try {
			await saveDataset(imported);
		} catch {
			this.storageProblem = 'not-saved';
		}
	}

	/** Goes back to the article's dataset and forgets the import. */
	async reset(): Promise<void> {
		this.imported = null;
		this.storageProblem = null;
		try {
			await clearSavedDataset();
		} catch {
			this.storageProblem = 'storage-unavailable';
		}
	}
}
