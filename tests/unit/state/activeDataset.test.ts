import { beforeEach, describe, expect, it, vi } from 'vitest';
import talentJson from '../../../data/talent.json';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { ActiveDataset } from '../../../src/lib/state/activeDataset.svelte';
import { move } from '../core/testMoves';
import { datasetOf } from '../core/viewsOf';

/** The browser's storage, answered by hand: each call waits until the test settles it. */
const storage = vi.hoisted(() => {
	type Pending = { resolve: (value?: unknown) => void; reject: (error: Error) => void };
	const calls: { load: Pending[]; save: Pending[]; clear: Pending[] } = { load: [], save: [], clear: [] };
	const waitFor = (list: Pending[]) => new Promise((resolve, reject) => list.push({ resolve, reject }));
	return {
		calls,
		module: {
			loadSavedDataset: () => waitFor(calls.load),
			saveDataset: () => waitFor(calls.save),
			clearSavedDataset: () => waitFor(calls.clear)
		}
	};
});
vi.mock('../../../src/lib/browser/savedDataset', () => storage.module);

const article = talentJson as Dataset;
const first = datasetOf([move('ann', 'google', 'meta', '2020-01-10')]);
const second = datasetOf([move('bob', 'openai', 'meta', '2021-03')]);

/** Waits until the state has asked the storage `count` times to save (the import is prepared by then). */
async function saves(count: number): Promise<void> {
	await vi.waitFor(() => expect(storage.calls.save).toHaveLength(count));
}

beforeEach(() => {
	storage.calls.load.length = 0;
	storage.calls.save.length = 0;
	storage.calls.clear.length = 0;
});

describe('ActiveDataset', () => {
	it('says an import is kept only once the storage has taken it', async () => {
		const active = new ActiveDataset(article);
		const using = active.use({ dataset: first }, 'first.csv');
		await saves(1);
		expect(active.current).toBe(first);
		expect(active.kept).toBe(false);
		storage.calls.save[0]!.resolve();
		await using;
		expect(active.kept).toBe(true);
		expect(active.storageProblem).toBeNull();
	});

	it('shows an import the storage refused, and says a reload will lose it', async () => {
		const active = new ActiveDataset(article);
		const using = active.use({ dataset: first }, 'first.csv');
		await saves(1);
		storage.calls.save[0]!.reject(new Error('QuotaExceededError'));
		await using;
		expect(active.current).toBe(first);
		expect(active.kept).toBe(false);
		expect(active.storageProblem).toBe('not-saved');
	});

	it("lets a second import stand when the first one's save ends after it, kept or not", async () => {
		const active = new ActiveDataset(article);
		const usingFirst = active.use({ dataset: first }, 'first.csv');
		await saves(1);
		const usingSecond = active.use({ dataset: second }, 'second.csv');
		await saves(2);
		storage.calls.save[0]!.reject(new Error('late failure of the first'));
		// Overtaken: the page does not start its view afresh for it.
		expect(await usingFirst).toBe(false);
		expect(active.storageProblem).toBeNull();
		expect(active.kept).toBe(false);
		storage.calls.save[1]!.resolve();
		expect(await usingSecond).toBe(true);
		expect(active.current).toBe(second);
		expect(active.kept).toBe(true);
	});

	it("keeps the article's data when the reader goes back while an import is still being prepared", async () => {
		const active = new ActiveDataset(article);
		const using = active.use({ dataset: first }, 'first.csv');
		const back = active.reset();
		storage.calls.clear[0]!.resolve();
		await back;
		await using;
		expect(active.current).toBe(article);
		expect(active.preparing).toBe(false);
		expect(storage.calls.save).toHaveLength(0);
	});

	it('lets an import made while a saved one is read stand, marked as not yet kept', async () => {
		const active = new ActiveDataset(article);
		const restoring = active.restore();
		const using = active.use({ dataset: second }, 'second.csv');
		await saves(1);
		storage.calls.load[0]!.resolve({ dataset: first, fileName: 'first.csv', savedAt: '2026-01-01' });
		await restoring;
		expect(active.current).toBe(second);
		expect(active.kept).toBe(false);
		storage.calls.save[0]!.resolve();
		await using;
		expect(active.kept).toBe(true);
	});

	it('says so when an import cannot be prepared, and leaves what was shown', async () => {
		const active = new ActiveDataset(article);
		const usingFirst = active.use({ dataset: first }, 'first.csv');
		await saves(1);
		storage.calls.save[0]!.resolve();
		expect(await usingFirst).toBe(true);
		// Columns that point nowhere: the page's rebuilding refuses them.
		const damaged = { packed: { packVersion: 2 } } as never;
		expect(await active.use(damaged, 'damaged.csv')).toBe(false);
		expect(active.current).toBe(first);
		expect(active.storageProblem).toBe('not-prepared');
		expect(active.preparing).toBe(false);
		expect(storage.calls.save).toHaveLength(1);
	});

	it('removes an unreadable saved import when asked, and then says nothing more about it', async () => {
		const active = new ActiveDataset(article);
		const restoring = active.restore();
		storage.calls.load[0]!.resolve({ packed: { packVersion: 2, head: {} }, fileName: 'old.csv' });
		await restoring;
		const removing = active.removeUnreadable();
		storage.calls.clear[0]!.resolve();
		await removing;
		expect([active.storageProblem, active.unreadable]).toEqual([null, null]);
	});

	it('says a new import could not be kept, not that the unreadable one is still there, when its save fails', async () => {
		const active = new ActiveDataset(article);
		const restoring = active.restore();
		storage.calls.load[0]!.resolve({ packed: { packVersion: 2, head: {} }, fileName: 'old.csv' });
		await restoring;
		const using = active.use({ dataset: first }, 'first.csv');
		await saves(1);
		// The reader removes the unreadable one while the new one is written, and the write fails.
		const removing = active.removeUnreadable();
		storage.calls.save[0]!.reject(new Error('QuotaExceededError'));
		await using;
		storage.calls.clear[0]!.resolve();
		await removing;
		expect(active.storageProblem).toBe('not-saved');
		expect(active.current).toBe(first);
	});

	it('names a saved import it cannot read until it is removed, or until a new import is kept in its place', async () => {
		const active = new ActiveDataset(article);
		const restoring = active.restore();
		storage.calls.load[0]!.resolve({ packed: { packVersion: 2, head: {} }, fileName: 'old.csv' });
		await restoring;
		expect(active.current).toBe(article);
		expect([active.storageProblem, active.unreadable]).toEqual(['saved-invalid', 'old.csv']);

		const using = active.use({ dataset: first }, 'first.csv');
		await saves(1);
		// A new import is not about the unreadable one: the notice is no longer its.
		expect(active.storageProblem).toBeNull();
		storage.calls.save[0]!.resolve();
		await using;
		expect(active.unreadable).toBeNull();
	});
});
