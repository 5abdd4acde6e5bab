// What a page costs in JavaScript on its first load, measured the way a browser fetches it: every
// script response until the network is idle, each body compressed with gzip -9. Shared by
// `npm run bench` and the size test, so both report the same figure.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** The budget for the JavaScript of `/` on first load, gzip. */
export const FIRST_LOAD_BUDGET_BYTES = 60 * 1024;

/** At most this many times the JavaScript of a bare SvelteKit page built with the same tools. */
export const BARE_PAGE_RATIO_BUDGET = 2;

/**
 * What a bare SvelteKit page (tests/bench/barePage.ts) loads on first load, gzip -9, as
 * `npm run bench -- --only sizes` measured it on 30 November 2026 with this repository's toolchain
 * (svelte 5.57.3, @sveltejs/kit 2.70.4, adapter-static 3.0.11, vite-plugin-svelte 7.3.1, vite 8.3.8).
 * The size test compares with this figure instead of building the bare page (10 to 35 s on the
 * 2-core machine); the benchmark builds it afresh each run and fails when this figure is out of date.
 */
export const BARE_PAGE_GZIP_BYTES = 26_957;

/** One script the page fetched. */
export interface FetchedScript {
	/** The path of its address (`/_app/immutable/…`), without the origin. */
	path: string;
	/** Its size as served, uncompressed. */
	bytes: number;
	/** Its size compressed with gzip at level 9. */
	gzipBytes: number;
	body: Buffer;
}

/** Everything a page loaded as script on its first visit, and what started a worker. */
export interface FirstLoad {
	scripts: FetchedScript[];
	/** The addresses of the workers the page started. */
	workers: string[];
	/** The sum of the scripts' gzip sizes. */
	gzipBytes: number;
}

/** The size of a body once compressed with gzip -9, as a well-configured static host would serve it. */
export function gzipSize(body: Buffer): number {
	return gzipSync(body, { level: 9 }).length;
}

const isScript = (path: string, contentType: string) =>
	/\.m?js$/.test(path) || /javascript/.test(contentType);

/**
 * Opens `url` in a fresh page (no cache) and collects every script response until the network has
 * been idle for half a second: the entry, the chunks it imports, modulepreloads, and anything
 * imported after hydration. The inline bootstrap script of the HTML is not counted (a bare page
 * has the same one).
 */
export async function measureFirstLoad(page: Page, url: string): Promise<FirstLoad> {
	const bodies: Promise<FetchedScript | null>[] = [];
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (!isScript(path, response.headers()['content-type'] ?? '')) return;
		bodies.push(
			response.body().then(
				(body) => ({ path, bytes: body.length, gzipBytes: gzipSize(body), body }),
				() => null
			)
		);
	});
	const response = await page.goto(url, { waitUntil: 'networkidle' });
	if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
	const fetched = (await Promise.all(bodies)).filter((s): s is FetchedScript => s !== null);
	// A module fetched twice (a modulepreload, then the import) costs once.
	const scripts = [...new Map(fetched.map((s) => [s.path, s])).values()].sort((a, b) =>
		a.path.localeCompare(b.path)
	);
	return { scripts, workers, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/**
 * Code that must wait until it is used, recognised by what survives minification: zod's type
 * names, and the column-object builder d3-dsv writes for every CSV reader and writer.
 */
export const LAZY_CODE_SIGNATURES = {
	zod: /[`"']\$ZodType[`"']/,
	'CSV parsing (d3-dsv)': /[`"']: d\[[`"']/
} as const;

/** Modules that must be split into chunks of their own, loaded only when used, by source path. */
export const LAZY_MODULES = {
	'import dialog': 'src/lib/components/ImportDialog.svelte',
	'PNG export': 'src/lib/browser/chartImage.ts'
} as const;

/** The import worker's script, recognised by the folder and name the build gives it. */
export const IMPORT_WORKER = /\/workers\/import\.worker[^/]*\.js$/;

/** The Vite manifest of the client build: which file each source entry ended up in. */
export type ClientManifest = Record<string, { file: string; src?: string; isDynamicEntry?: boolean }>;

/** Where the build writes the client manifest, from the root of the checkout. */
export const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** Reads a client manifest. */
export function readClientManifest(path: string): ClientManifest {
	return JSON.parse(readFileSync(path, 'utf8')) as ClientManifest;
}

/** The chunk a lazily loaded module was split into, or null when it is bundled with something else. */
export function lazyChunkOf(manifest: ClientManifest, source: string): string | null {
	const entry = manifest[source];
	return entry?.isDynamicEntry ? `/${entry.file}` : null;
}

/**
 * What of the code that must wait until used came with the first load, one line each: a module
 * that is not split out, a split chunk that was fetched, a signature found in a fetched script, or
 * a worker that was started.
 */
export function eagerlyLoaded(load: FirstLoad, manifest: ClientManifest): string[] {
	const found: string[] = [];
	const fetched = new Set(load.scripts.map((s) => s.path));
	for (const [name, source] of Object.entries(LAZY_MODULES)) {
		const chunk = lazyChunkOf(manifest, source);
		if (chunk === null) found.push(`${name}: ${source} is not split into a chunk of its own`);
		else if (fetched.has(chunk)) found.push(`${name}: ${chunk} was fetched`);
	}
	for (const [name, signature] of Object.entries(LAZY_CODE_SIGNATURES))
		for (const script of load.scripts)
			if (signature.test(script.body.toString('utf8'))) found.push(`${name}: in ${script.path}`);
	for (const path of [...load.scripts.map((s) => s.path), ...load.workers])
		if (IMPORT_WORKER.test(path)) found.push(`import worker: ${path} was fetched`);
	return [...new Set(found)];
}
