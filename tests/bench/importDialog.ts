// Taking a file through the page's import dialog as a reader does (choose, map, import, use), with
// the time each step took from the reader's action to the frame that painted its result.
import type { Locator, Page } from '@playwright/test';
import { VIEWPORT } from './browser';
import { installProbe, longestTask, resetInput, settledReaction, type Reaction } from './pageProbe';
import type { Browser } from '@playwright/test';

/** The three steps of an import that the machine works through, each from the reader's action. */
export interface ImportSteps {
	/** File chosen → mapping step painted (the file read, its header and first rows parsed). */
	chosen: Reaction;
	/** “Import” → review painted (the worker parses, validates and derives the moves). */
	imported: Reaction;
	/** “Use these … moves” → charts painted with the new data (aggregation and rendering). */
	used: Reaction;
	/** The three added: the time a reader waits on the machine. */
	totalMs: number;
	/** The longest main-thread task inside any of the three steps. */
	longestTaskMs: number;
}

const LONG_WAIT = { timeout: 300_000 };

/** Opens the English page in a fresh context with the probe in place, once it is interactive. */
export async function openProbedPage(browser: Browser, siteUrl: string): Promise<Page> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await installProbe(page);
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${siteUrl}/en/`);
	try {
		// Once the page's scripts have run, its islands wait for a reader (src/lib/islands).
		await page
			.locator('.island[data-island="waiting"], .island[data-island="live"]')
			.first()
			.waitFor({ state: 'attached' });
	} catch (error) {
		const reported = errors.length > 0 ? `; it reported: ${errors.join(' | ')}` : '';
		throw new Error(`the page did not become interactive${reported}`, { cause: error });
	}
	return page;
}

/** The dialog's last button, which names how many moves it brings in. */
const useButton = (dialog: Locator) =>
	dialog.getByRole('button', { name: /^Use (these [\d,]+ moves|this move)$/ });

/** “Use these … moves”, then waits for the charts drawn from them: the last step of any import. */
async function useImport(page: Page, dialog: Locator, fileName: string): Promise<Reaction> {
	await resetInput(page);
	await useButton(dialog).click();
	await page.getByText(`Your import: ${fileName}`).waitFor(LONG_WAIT);
	await page
		.locator('.flow-links path')
		.first()
		.waitFor({ state: 'attached', ...LONG_WAIT });
	return settledReaction(page);
}

/** Imports a career-history CSV through the dialog and times each step. */
export async function importThroughDialog(page: Page, path: string, fileName: string): Promise<ImportSteps> {
	await page.getByRole('button', { name: 'Import your data…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import your data' });
	await dialog.waitFor();

	await resetInput(page);
	await dialog.getByLabel('Choose a file').setInputFiles(path);
	await dialog.getByRole('group', { name: 'Which column holds what' }).waitFor(LONG_WAIT);
	const chosen = await settledReaction(page);

	await resetInput(page);
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	await useButton(dialog).waitFor(LONG_WAIT);
	const imported = await settledReaction(page);

	const used = await useImport(page, dialog, fileName);

	const steps = [chosen, imported, used];
	const longest = await Promise.all(steps.map((s) => longestTask(page, s.input, s.painted)));
	return {
		chosen,
		imported,
		used,
		totalMs: steps.reduce((sum, s) => sum + s.ms, 0),
		longestTaskMs: Math.max(...longest)
	};
}

/** The two steps of importing a dataset (JSON): no columns to map. */
export interface JsonImportSteps {
	/** File chosen → review painted (the worker reads, checks and packs the dataset). */
	chosen: Reaction;
	/** “Use these … moves” → charts painted with the new data. */
	used: Reaction;
	totalMs: number;
	longestTaskMs: number;
}

/** Imports a dataset file (JSON) through the dialog and times each step. */
export async function importJsonThroughDialog(
	page: Page,
	path: string,
	fileName: string
): Promise<JsonImportSteps> {
	await page.getByRole('button', { name: 'Import your data…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import your data' });
	await dialog.waitFor();

	await resetInput(page);
	await dialog.getByLabel('Choose a file').setInputFiles(path);
	await useButton(dialog).waitFor(LONG_WAIT);
	const chosen = await settledReaction(page);

	const used = await useImport(page, dialog, fileName);

	const longest = await Promise.all([chosen, used].map((s) => longestTask(page, s.input, s.painted)));
	return { chosen, used, totalMs: chosen.ms + used.ms, longestTaskMs: Math.max(...longest) };
}

/** The page's JS heap after a full garbage collection, in bytes (the main thread; workers apart). */
export async function heapAfterGc(page: Page): Promise<number> {
	const session = await page.context().newCDPSession(page);
	try {
		await session.send('HeapProfiler.collectGarbage');
		const usage = await session.send('Runtime.getHeapUsage');
		return usage.usedSize;
	} finally {
		await session.detach();
	}
}
