// JavaScript on first load: `/`, `/en/` and `/fr/` of the built site against the budget and against
// a bare SvelteKit page built and served the same way; and the code that must wait until used.
import type { Browser } from '@playwright/test';
import { buildBarePage } from './barePage';
import { VIEWPORT } from './browser';
import {
	BARE_PAGE_GZIP_BYTES,
	BARE_PAGE_RATIO_BUDGET,
	eagerlyLoaded,
	FIRST_LOAD_BUDGET_BYTES,
	measureFirstLoad,
	type ClientManifest,
	type FirstLoad
} from './firstLoad';
import { serveStatic } from './server';
import { format, infoRow, type BenchRow } from './table';

/** The pages a reader can land on. */
export const FIRST_PAGES = ['/', '/en/', '/fr/'] as const;

async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		return await measureFirstLoad(await context.newPage(), url);
	} finally {
		await context.close();
	}
}

/** Lists the scripts of a first load, largest first, for reading beside the table. */
export function describeScripts(label: string, load: FirstLoad): string {
	const lines = [...load.scripts]
		.sort((a, b) => b.gzipBytes - a.gzipBytes)
		.map((s) => `  ${format(s.gzipBytes, 'KiB').padStart(10)}  ${s.path}`);
	return [`${label}: ${format(load.gzipBytes, 'KiB')} gzip in ${load.scripts.length} scripts`, ...lines].join(
		'\n'
	);
}

/**
 * The sizes family. `siteUrl` serves the build that `manifest` describes; the bare page is built
 * afresh and served the same way on `barePort`.
 */
export async function sizesFamily(
	browser: Browser,
	siteUrl: string,
	manifest: ClientManifest,
	barePort: number,
	log: (text: string) => void
): Promise<BenchRow[]> {
	const bare = buildBarePage();
	let bareLoad: FirstLoad;
	try {
		const server = await serveStatic(bare.build, barePort);
		try {
			bareLoad = await firstLoad(browser, `${server.url}/`);
		} finally {
			await server.stop();
		}
	} finally {
		bare.remove();
	}
	log(describeScripts(`bare SvelteKit page (built in ${format(bare.buildMs, 'ms')})`, bareLoad));

	const rows: BenchRow[] = [
		infoRow(
			`JS on first load of a bare SvelteKit page (${bareLoad.scripts.length} files)`,
			format(bareLoad.gzipBytes, 'KiB')
		)
	];
	const eager = new Set<string>();
	for (const path of FIRST_PAGES) {
		const load = await firstLoad(browser, `${siteUrl}${path}`);
		log(describeScripts(path, load));
		// Every page a reader lands on is held to both budgets, as the size test holds it.
		const ratio = load.gzipBytes / bareLoad.gzipBytes;
		rows.push({
			what: `JS on first load of ${path} (gzip -9, ${load.scripts.length} files), and ÷ bare page`,
			measured: `${format(load.gzipBytes, 'KiB')} · ${format(ratio, 'ratio')}`,
			budget: `≤ ${format(FIRST_LOAD_BUDGET_BYTES, 'KiB')} · ≤ ${format(BARE_PAGE_RATIO_BUDGET, 'ratio')}`,
			pass: load.gzipBytes <= FIRST_LOAD_BUDGET_BYTES && ratio <= BARE_PAGE_RATIO_BUDGET
		});
		for (const line of eagerlyLoaded(load, manifest)) eager.add(`${path} ${line}`);
	}
	// The size test uses a recorded bare-page figure; a new toolchain must come with a new one.
	const drift = Math.abs(bareLoad.gzipBytes - BARE_PAGE_GZIP_BYTES) / BARE_PAGE_GZIP_BYTES;
	rows.push({
		what: 'bare-page figure recorded for the size test (firstLoad.ts)',
		measured: `${BARE_PAGE_GZIP_BYTES.toLocaleString('en')} B recorded, ${bareLoad.gzipBytes.toLocaleString('en')} B now`,
		budget: 'within 1%',
		pass: drift <= 0.01
	});
	rows.push({
		what: 'zod, CSV parsing, import UI and worker, PNG export on first load',
		measured: eager.size === 0 ? 'none' : [...eager].join('; '),
		budget: 'none (loaded when used)',
		pass: eager.size === 0
	});
	return rows;
}
