// What a reader's browser downloads: the first load of each page stays within its JavaScript budget
// (60 KiB gzip, and at most twice a bare SvelteKit page), and the heavy parts (zod, CSV parsing, the
// import dialog and its worker, PNG export) wait until they are used, then load. Sizes are
// deterministic for a given build, so they are tested here; timings stay in `npm run bench`.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
	BARE_PAGE_GZIP_BYTES,
	BARE_PAGE_RATIO_BUDGET,
	CLIENT_MANIFEST,
	eagerlyLoaded,
	FIRST_LOAD_BUDGET_BYTES,
	IMPORT_WORKER,
	LAZY_CODE_SIGNATURES,
	LAZY_MODULES,
	lazyChunkOf,
	measureFirstLoad,
	readClientManifest,
	type FirstLoad
} from '../bench/firstLoad';
import { chooseFile, downloadBy, fixture, openImportDialog, repoRoot } from './dataFiles';
import { openStory } from './story';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The scripts of a first load, largest first: what to look at when the budget is missed. */
const breakdown = (load: FirstLoad) =>
	[...load.scripts]
		.sort((a, b) => b.gzipBytes - a.gzipBytes)
		.map((s) => `${kib(s.gzipBytes)} ${s.path}`)
		.join(', ');

for (const path of ['/', '/en/', '/fr/']) {
	test.describe(`the first load of ${path}`, () => {
		test(`fetches at most ${kib(FIRST_LOAD_BUDGET_BYTES)} of JavaScript (gzip), and at most ${BARE_PAGE_RATIO_BUDGET}× a bare SvelteKit page`, async ({
			page
		}) => {
			const load = await measureFirstLoad(page, path);
			const scripts = `${kib(load.gzipBytes)} in ${load.scripts.length} scripts: ${breakdown(load)}`;
			expect.soft(load.gzipBytes, scripts).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
			expect
				.soft(load.gzipBytes / BARE_PAGE_GZIP_BYTES, `${scripts}; bare page ${kib(BARE_PAGE_GZIP_BYTES)}`)
				.toBeLessThanOrEqual(BARE_PAGE_RATIO_BUDGET);
		});

		test('loads neither zod, CSV parsing, the import dialog and its worker, nor PNG export', async ({
			page
		}) => {
			const load = await measureFirstLoad(page, path);
			expect(eagerlyLoaded(load, readClientManifest(join(repoRoot, CLIENT_MANIFEST)))).toEqual([]);
		});
	});
}

/** Records the path and text of every script the page fetches or starts as a worker from now on. */
function recordScripts(page: Page): Map<string, Promise<string>> {
	const scripts = new Map<string, Promise<string>>();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.endsWith('.js') && !scripts.has(path))
			scripts.set(
				path,
				response.text().catch(() => '')
			);
	});
	// A worker's script is read from the server, in case its fetch is not reported as the page's.
	page.on('worker', (worker) => {
		const url = new URL(worker.url());
		if (!scripts.has(url.pathname))
			scripts.set(
				url.pathname,
				page.request.get(url.href).then((r) => r.text())
			);
	});
	return scripts;
}

/** The paths of the recorded scripts whose text matches a signature. */
async function scriptsMatching(scripts: Map<string, Promise<string>>, signature: RegExp): Promise<string[]> {
	const found: string[] = [];
	for (const [path, text] of scripts) if (signature.test(await text)) found.push(path);
	return found;
}

test.describe('loaded when used', () => {
	test('the import dialog loads when “Import your data…” is pressed; the worker, with CSV parsing and zod, when a file is imported', async ({
		page
	}) => {
		const manifest = readClientManifest(join(repoRoot, CLIENT_MANIFEST));
		const dialogChunk = lazyChunkOf(manifest, LAZY_MODULES['import dialog']);
		expect(dialogChunk, 'the import dialog is split into a chunk of its own').not.toBeNull();

		await openStory(page);
		const scripts = recordScripts(page);
		const dialog = await openImportDialog(page);
		expect([...scripts.keys()]).toContain(dialogChunk);

		await chooseFile(dialog, fixture('careers-semicolon.csv'));
		await expect(dialog.getByRole('group', { name: 'Which column holds what' })).toBeVisible();
		await dialog.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(dialog.getByRole('button', { name: /^Use these \d+ moves$/ })).toBeVisible();

		expect([...scripts.keys()].filter((p) => IMPORT_WORKER.test(p))).toHaveLength(1);
		expect(await scriptsMatching(scripts, LAZY_CODE_SIGNATURES['CSV parsing (d3-dsv)'])).not.toEqual([]);
		expect(await scriptsMatching(scripts, LAZY_CODE_SIGNATURES.zod)).not.toEqual([]);
	});

	test('PNG export loads when a chart is saved as PNG', async ({ page }, testInfo) => {
		const manifest = readClientManifest(join(repoRoot, CLIENT_MANIFEST));
		const pngChunk = lazyChunkOf(manifest, LAZY_MODULES['PNG export']);
		expect(pngChunk, 'PNG export is split into a chunk of its own').not.toBeNull();

		await openStory(page);
		const scripts = recordScripts(page);
		expect([...scripts.keys()]).not.toContain(pngChunk);
		// As every download test clicks: with nothing laid out late above the button to move it under the click.
		const png = await downloadBy(
			page,
			page
				.getByRole('region', { name: 'Take the data' })
				.getByRole('button', { name: 'Flow diagram as PNG' }),
			testInfo
		);
		expect(png.name).toMatch(/\.png$/);
		expect([...scripts.keys()]).toContain(pngChunk);
	});
});
