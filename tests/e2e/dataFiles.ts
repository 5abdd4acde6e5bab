// Files going in and out of the dashboard as a reader moves them: downloads from “Take the data”,
// and the import dialog with its file picker, its drop zone and its steps.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** The root of the checkout, where `npm run validate` runs. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The fixtures folder of the end-to-end tests. */
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** A file the browser handed over: the name it suggested, where the test saved it, and its bytes. */
export interface Downloaded {
	name: string;
	path: string;
	bytes: Buffer;
}

/** Clicks a button or link that downloads a file, and keeps the file in the test's output folder. */
export async function downloadBy(page: Page, control: Locator, testInfo: TestInfo): Promise<Downloaded> {
	// With a big dataset the tables above the downloads are laid out as they come near the screen
	// (content-visibility), which moves what is below them: laid out at once, nothing moves under the click.
	await page.addStyleTag({ content: '.renders-near-screen { content-visibility: visible; }' });
	const downloading = page.waitForEvent('download');
	await control.click();
	const download = await downloading;
	const name = download.suggestedFilename();
	const path = testInfo.outputPath(name);
	await download.saveAs(path);
	return { name, path, bytes: await readFile(path) };
}

/** Runs `npm run validate` on a file, as a reader of the README would; throws on a non-zero exit. */
export function validateWithCli(path: string): string {
	return execFileSync('npm', ['run', '-s', 'validate', '--', path], { cwd: repoRoot, encoding: 'utf8' });
}

/** The regions and controls of the page that say which data is shown and take new data in. */
export function dataRegions(page: Page) {
	const dataShown = page.getByRole('region', { name: 'Data shown' });
	return {
		dataShown,
		importButton: dataShown.getByRole('button', { name: 'Import your data…' }),
		backToArticle: dataShown.getByRole('button', { name: 'Back to the article’s data' }),
		takeTheData: page.getByRole('region', { name: 'Take the data' })
	};
}

/** What the line under “Data shown” says while the article’s own facts are shown. */
export const ARTICLE_DATA =
	'The facts of the article credited to Spiceworks (English original of April 2024).';

/** What the line under “Data shown” says while an import is shown. */
export const importedData = (fileName: string, moves: number) =>
	`Your import: ${fileName} (${moves === 1 ? '1 move' : `${moves} moves`}), kept in this browser.`;

/** The names the import dialog and its controls go by, in each language of the page. */
export const IMPORT_DIALOG = {
	en: { open: 'Import your data…', title: 'Import your data', choose: 'Choose a file', start: 'Import' },
	fr: {
		open: 'Importer vos données…',
		title: 'Importer vos données',
		choose: 'Choisir un fichier',
		start: 'Importer'
	}
};
export type Language = keyof typeof IMPORT_DIALOG;

/** Opens the import dialog and returns it, at its first step (choose or drop a file). */
export async function openImportDialog(page: Page, language: Language = 'en'): Promise<Locator> {
	const names = IMPORT_DIALOG[language];
	await page.getByRole('button', { name: names.open }).click();
	const dialog = page.getByRole('dialog', { name: names.title });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel(names.choose)).toBeAttached();
	return dialog;
}

/** A file to hand to the dialog: a path on disk, or a name with its bytes. */
export type FileToImport = string | { name: string; mimeType: string; buffer: Buffer };

/** Chooses a file with the dialog's file input, as the system's file picker would. */
export async function chooseFile(
	dialog: Locator,
	file: FileToImport,
	language: Language = 'en'
): Promise<void> {
	await dialog.getByLabel(IMPORT_DIALOG[language].choose).setInputFiles(file);
}

/**
 * Takes a CSV file through the dialog as a reader would: opens it, chooses the file and, at the
 * mapping step, presses “Import” with the columns as guessed. Returns the dialog, importing.
 */
export async function importThroughDialog(
	page: Page,
	file: FileToImport,
	language: Language = 'en'
): Promise<Locator> {
	const dialog = await openImportDialog(page, language);
	await chooseFile(dialog, file, language);
	await dialog.getByRole('button', { name: IMPORT_DIALOG[language].start, exact: true }).click();
	return dialog;
}

/**
 * Drops a file on the dialog's drop zone, as dragging it from the desktop would: the browser gets a
 * `drop` event whose DataTransfer holds the file.
 */
export async function dropFile(page: Page, dialog: Locator, file: FileToImport): Promise<void> {
	const { name, mimeType, buffer } =
		typeof file === 'string' ? { name: basename(file), mimeType: '', buffer: await readFile(file) } : file;
	const dataTransfer = await page.evaluateHandle(
		({ name, mimeType, base64 }) => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const transfer = new DataTransfer();
			transfer.items.add(new File([bytes], name, { type: mimeType }));
			return transfer;
		},
		{ name, mimeType, base64: buffer.toString('base64') }
	);
	const zone = dialog.getByRole('group', { name: 'or drop it here' });
	await zone.dispatchEvent('dragenter', { dataTransfer });
	await zone.dispatchEvent('dragover', { dataTransfer });
	await zone.dispatchEvent('drop', { dataTransfer });
	await dataTransfer.dispose();
}

/** The flow diagram and its flows' names, as a screen reader lists them. */
export function flowDiagram(page: Page): Locator {
	return page
		.getByRole('region', { name: 'Who left, and where to' })
		.getByRole('group', { name: /^Flow diagram/ });
}

/** Whether the browser's storage holds an import (run in the page; the database the page keeps it in). */
export function savedImportExists(): Promise<boolean> {
	return new Promise((resolve) => {
		const opened = indexedDB.open('talent-flows');
		opened.onerror = () => resolve(false);
		opened.onsuccess = () => {
			const db = opened.result;
			if (!db.objectStoreNames.contains('datasets')) return (resolve(false), db.close());
			const got = db.transaction('datasets').objectStore('datasets').get('imported');
			got.onsuccess = () => (resolve(got.result !== undefined), db.close());
			got.onerror = () => (resolve(false), db.close());
		};
	});
}

/** Every key the page's storage holds: an import's own, and those of its parts (run in the page). */
export function storedKeys(): Promise<IDBValidKey[]> {
	return new Promise((resolve) => {
		const opened = indexedDB.open('talent-flows');
		opened.onerror = () => resolve([]);
		opened.onsuccess = () => {
			const db = opened.result;
			if (!db.objectStoreNames.contains('datasets')) return (resolve([]), db.close());
			const keys = db.transaction('datasets').objectStore('datasets').getAllKeys();
			keys.onsuccess = () => (resolve(keys.result), db.close());
			keys.onerror = () => (resolve([]), db.close());
		};
	});
}
