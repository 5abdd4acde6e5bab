// `npm run bench`: builds the site, measures it against the budgets of the issue "Scale and speed",
// prints one table (what, measured, budget, pass/fail) and exits non-zero when a budget is missed.
// `npm run bench -- --only sizes,lighthouse` runs some families; `--no-build` measures the build
// already there; `--verbose` lists the scripts of each first load and other details.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from './browser';
import { aggregateFamily } from './aggregate';
import { filterFamily } from './filterLatency';
import { importFamily } from './importTiming';
import { lighthouseFamily } from './lighthouse';
import { millionFamily } from './million';
import {
	buildSite,
	REPO_ROOT,
	serveStatic,
	snapshotBuild,
	type BuildSnapshot,
	type StaticServer
} from './server';
import { sizesFamily } from './sizes';
import { errorRow, formatTable, machineLine, type BenchRow } from './table';
import { transformsFamily } from './transforms';

/** The measurement families, in the order they run and appear. */
const FAMILIES = ['transforms', 'import', 'sizes', 'lighthouse', 'filter', 'million', 'aggregate'] as const;
type Family = (typeof FAMILIES)[number];

/** Ports of our own: the site's server, the bare page's server, Lighthouse's Chromium. */
const PORT = Number(process.env.BENCH_PORT ?? 4303);

interface Options {
	only: Family[];
	build: boolean;
	verbose: boolean;
}

function parseArgs(args: readonly string[]): Options {
	const options: Options = { only: [...FAMILIES], build: true, verbose: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--no-build') options.build = false;
		else if (arg === '--verbose') options.verbose = true;
		else if (arg === '--only' || arg.startsWith('--only=')) {
			const value = arg === '--only' ? (args[++i] ?? '') : arg.slice('--only='.length);
			const names = value.split(',').filter(Boolean);
			const unknown = names.filter((n) => !(FAMILIES as readonly string[]).includes(n));
			if (unknown.length > 0 || names.length === 0)
				throw new Error(`--only takes some of: ${FAMILIES.join(', ')} (got “${value}”)`);
			options.only = FAMILIES.filter((f) => names.includes(f));
		} else throw new Error(`unknown option ${arg}; use --only <families>, --no-build, --verbose`);
	}
	return options;
}

async function main(): Promise<number> {
	const options = parseArgs(process.argv.slice(2));
	const started = new Date();
	const loadAtStart = loadavg()[0]!;
	const log = (text: string) => console.error(text);
	const detail = (text: string) => options.verbose && log(text);
	const needsSite = options.only.some((f) => f !== 'transforms');
	const rows: BenchRow[] = [];

	let browser: Browser | undefined;
	let chromium: string | undefined;
	let snapshot: BuildSnapshot | undefined;
	let site: StaticServer | undefined;
	try {
		if (needsSite && options.build) {
			log('building the site (npm run build)…');
			buildSite();
		}
		const needsBrowser = options.only.some((f) =>
			['import', 'sizes', 'filter', 'million', 'aggregate'].includes(f)
		);
		if (needsBrowser) {
			browser = await launchChromium();
			chromium = browser.version();
		}
		if (needsSite) {
			snapshot = snapshotBuild();
			site = await serveStatic(snapshot.site, PORT);
		}

		const run: Record<Family, () => Promise<BenchRow[]>> = {
			transforms: () => transformsFamily(),
			import: () => importFamily(browser!, site!.url, detail),
			sizes: () => sizesFamily(browser!, site!.url, snapshot!.manifest, PORT + 1, detail),
			lighthouse: () => lighthouseFamily(site!.url, PORT + 2, detail),
			filter: () => filterFamily(browser!, site!.url, snapshot!.site, detail),
			million: () => millionFamily(browser!, site!.url, detail),
			aggregate: () => aggregateFamily(log, { browser: browser!, siteUrl: site!.url })
		};
		for (const family of options.only) {
			log(`measuring ${family}…`);
			const familyStarted = performance.now();
			try {
				rows.push(...(await run[family]()));
			} catch (error) {
				rows.push(errorRow(family, error));
				detail(error instanceof Error ? (error.stack ?? error.message) : String(error));
			}
			log(`  ${family} took ${((performance.now() - familyStarted) / 1000).toFixed(0)} s`);
		}
	} finally {
		await site?.stop();
		snapshot?.remove();
		await browser?.close();
	}

	const header = machineLine(started, loadAtStart, chromium);
	const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
	const table = formatTable(rows);
	const failed = rows.filter((r) => r.pass === false).length;
	const verdict = failed === 0 ? 'Every budget is met.' : `${failed} budget(s) missed.`;
	console.log(`${header}\n\n${table}\n\n${verdict}`);

	const out = join(REPO_ROOT, 'bench-results');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'latest.md'), `${header}\n\n\`${command}\`\n\n${table}\n\n${verdict}\n`);
	return failed === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(2);
	}
);
