// When the browser lets the page down: a saved import it can no longer read, storage that is
// refused or full, an import worker that dies. Each time the page says what happened in the
// reader's language, and what they had on screen stays.
import { writeFile } from 'node:fs/promises';
import { csvFormatRow } from 'd3';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { careerRows } from '../fixtures/careers';
import { messagesFor } from '../../src/lib/i18n/messages';
import { enDialog } from '../../src/lib/i18n/dialog/en';
import { frDialog } from '../../src/lib/i18n/dialog/fr';
import { enProblems } from '../../src/lib/i18n/problems/en';
import { frProblems } from '../../src/lib/i18n/problems/fr';
import { SCHEMA_VERSION } from '../../src/lib/schema/version';
import {
	chooseFile,
	fixture,
	importedData,
	importThroughDialog,
	openImportDialog,
	savedImportExists,
	storedKeys
} from './dataFiles';
import { openStory } from './story';

const MOVES = { path: fixture('moves.csv'), name: 'moves.csv', moves: 4 };
const DIALOG = { en: enDialog, fr: frDialog };
const PROBLEMS = { en: enProblems, fr: frProblems };

/** Imports the four moves of `moves.csv` through the dialog, as a reader would. */
async function importMoves(page: Page, language: 'en' | 'fr' = 'en') {
	const dialog = await importThroughDialog(page, MOVES.path, language);
	await dialog.getByRole('button', { name: DIALOG[language].importUse(MOVES.moves) }).click();
	await expect(dialog).toBeHidden();
}

/** Writes a record where the page keeps its import, as an earlier visit would have (run in the page). */
function writeSaved(record: unknown): Promise<void> {
	return new Promise((resolve, reject) => {
		const opened = indexedDB.open('talent-flows', 1);
		opened.onupgradeneeded = () => opened.result.createObjectStore('datasets');
		opened.onerror = () => reject(opened.error);
		opened.onsuccess = () => {
			const db = opened.result;
			const put = db.transaction('datasets', 'readwrite').objectStore('datasets').put(record, 'imported');
			put.onsuccess = () => (db.close(), resolve());
			put.onerror = () => (db.close(), reject(put.error));
		};
	});
}

for (const language of ['en', 'fr'] as const) {
	const m = messagesFor(language);

	test(`${language}: a saved import of an older layout is named in a notice, the article's data is shown, and the import stays saved until the reader removes it`, async ({
		page
	}) => {
		await openStory(page, `/${language}/`);
		// As a visit with an earlier version of the page left it: columns of an older layout.
		await page.evaluate(writeSaved, {
			packed: { packVersion: 2, head: { schemaVersion: SCHEMA_VERSION } },
			fileName: 'careers-2025.csv',
			savedAt: '2025-11-02T10:00:00.000Z'
		});
		await page.reload();
		const notice = page.getByRole('region', { name: m.datasetHeading }).getByRole('status');
		await expect(notice).toContainText(m.storageSavedUnreadable('careers-2025.csv'));
		await expect(page.locator('.dataset-line')).toHaveText(m.datasetArticle);
		// Nothing is dropped without a word: a reload says the same, and the record is still there.
		await page.reload();
		await expect(notice).toContainText(m.storageSavedUnreadable('careers-2025.csv'));
		expect(await page.evaluate(savedImportExists)).toBe(true);

		await notice.getByRole('button', { name: m.storageRemoveSaved }).click();
		await expect(notice).toBeHidden();
		expect(await page.evaluate(savedImportExists)).toBe(false);
		await page.reload();
		await expect(page.locator('.dataset-line')).toHaveText(m.datasetArticle);
		await expect(page.getByRole('region', { name: m.datasetHeading }).getByRole('status')).toHaveCount(0);
	});
}

/** Two ways a browser lets the page's storage down, each made in the page before its scripts run. */
const FAULTS = [
	{
		name: 'refused',
		// Opening the database fails, as in a browser that refuses this site its storage.
		make: () => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			};
		},
		onLoad: 'storageUnavailable'
	},
	{
		name: 'full',
		// As a full disk does: the write is taken, then its transaction aborts.
		make: () => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
				const request = put.apply(this, args);
				this.transaction.abort();
				return request;
			};
		},
		onLoad: null
	}
] as const;

for (const fault of FAULTS) {
	test(`with the storage ${fault.name}, an import still works for the visit, is not said to be kept, and the page says a reload will lose it`, async ({
		page
	}) => {
		await page.addInitScript(fault.make);
		const m = messagesFor('en');
		await openStory(page, '/en/');
		const notice = page.getByRole('region', { name: m.datasetHeading }).getByRole('status');
		// Told at once when the storage cannot even be opened.
		if (fault.onLoad) await expect(notice).toHaveText(m[fault.onLoad]);
		else await expect(notice).toHaveCount(0);

		await importMoves(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.importHeading(MOVES.name));
		await expect(page.locator('.dataset-line')).toHaveText(m.datasetImported(MOVES.name, MOVES.moves, false));
		await expect(notice).toHaveText(m.storageNotSaved);

		// As the notice said: nothing was kept, so a reload brings back the article's data.
		await page.reload();
		await expect(page.locator('.dataset-line')).toHaveText(m.datasetArticle);
	});
}

test('an import is said to be kept in this browser once it is, and a reload brings it back', async ({
	page
}) => {
	await openStory(page, '/en/');
	await importMoves(page);
	await expect(page.locator('.dataset-line')).toHaveText(importedData(MOVES.name, MOVES.moves));
	expect(await page.evaluate(savedImportExists)).toBe(true);
	await page.reload();
	await expect(page.locator('.dataset-line')).toHaveText(importedData(MOVES.name, MOVES.moves));
});

const LARGE = 'careers-12k-people.csv';

/**
 * Imports a generated career file of about 21,000 moves, whose columns of numbers are each past the
 * size kept apart (64 KiB); resolves to its count of moves as the dialog wrote it.
 */
async function importLarge(page: Page, testInfo: TestInfo): Promise<string> {
	const path = testInfo.outputPath(LARGE);
	await writeFile(
		path,
		careerRows(12_000, 300, 20240403)
			.map((row) => csvFormatRow(row))
			.join('\n') + '\n'
	);
	const dialog = await importThroughDialog(page, path);
	const use = dialog.getByRole('button', { name: /^Use these [\d,]+ moves$/ });
	await expect(use).toBeVisible({ timeout: 30_000 });
	const moves = /[\d,]+/.exec((await use.textContent()) ?? '')![0];
	await use.click();
	await expect(dialog).toBeHidden();
	return moves;
}

test('a large import is kept with each large column apart, a reload brings it back whole, and going back to the article’s data removes every part', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	await openStory(page, '/en/');
	const moves = await importLarge(page, testInfo);
	const line = page.locator('.dataset-line');
	const kept = `Your import: ${LARGE} (${moves} moves), kept in this browser.`;
	await expect(line).toHaveText(kept, { timeout: 30_000 });

	const keys = await page.evaluate(storedKeys);
	expect(keys).toContain('imported');
	const parts = keys.filter((key) => Array.isArray(key));
	expect(parts.length).toBeGreaterThan(10);
	expect(parts).toEqual(parts.map((_, n) => ['imported', n]));

	await page.reload();
	await expect(line).toHaveText(kept, { timeout: 30_000 });
	await expect(page.locator('.flow-links path').first()).toBeAttached();

	await page.getByRole('button', { name: 'Back to the article’s data' }).click();
	await expect(line).toHaveText(messagesFor('en').datasetArticle);
	await expect.poll(() => page.evaluate(storedKeys)).toEqual([]);
});

test('storage that fills up part way through a large import keeps nothing of it: the import before it stays saved, whole', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	const m = messagesFor('en');
	await openStory(page, '/en/');
	await importMoves(page);
	await expect(page.locator('.dataset-line')).toHaveText(importedData(MOVES.name, MOVES.moves));

	// The fourth part is refused, as a full disk would refuse it: three are written by then.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			const request = put.apply(this, args);
			const key = args[1];
			if (Array.isArray(key) && key[1] === 3) this.transaction.abort();
			return request;
		};
	});
	const moves = await importLarge(page, testInfo);
	await expect(page.locator('.dataset-line')).toHaveText(
		m.datasetImported(LARGE, Number(moves.replace(/,/g, '')), false),
		{
			timeout: 30_000
		}
	);
	const notice = page.getByRole('region', { name: m.datasetHeading }).getByRole('status');
	await expect(notice).toHaveText(m.storageNotSaved);

	// What was saved before is still there, as it was: its record alone, without a part of the new one.
	expect(await page.evaluate(storedKeys)).toEqual(['imported']);
	await page.reload();
	await expect(page.locator('.dataset-line')).toHaveText(importedData(MOVES.name, MOVES.moves));
});

for (const language of ['en', 'fr'] as const) {
	test(`${language}: an import worker that dies says so, and the import on screen before it stays`, async ({
		page
	}) => {
		await openStory(page, `/${language}/`);
		await importMoves(page, language);
		const m = messagesFor(language);
		await expect(page.locator('.dataset-line')).toHaveText(m.datasetImported(MOVES.name, MOVES.moves, true));

		// The next worker fails as it starts, as one the browser cannot run would. (A worker that
		// runs out of memory mid-import takes the whole tab down in Chromium: the limits prevent it.)
		await page.route('**/*import.worker*', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("out of memory");' })
		);
		const d = DIALOG[language];
		// The worker reads the file's first lines for the mapping step: it fails there already.
		const dialog = await openImportDialog(page, language);
		await chooseFile(dialog, MOVES.path, language);
		await expect(dialog.getByRole('alert')).toHaveText(d.importFailed);
		await expect(dialog.getByRole('listitem')).toContainText(
			PROBLEMS[language].problem.importUnavailable({} as never)
		);
		await dialog.getByRole('button', { name: d.importAnother }).click();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.locator('.dataset-line')).toHaveText(m.datasetImported(MOVES.name, MOVES.moves, true));
	});
}
