// Lighthouse on the built site with its mobile defaults (simulated slow 4G and a slowed CPU), through
// its command line with the same Chromium and flags as the end-to-end tests: performance is the
// median of three runs; accessibility, best practices and SEO the lowest of those runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { REPO_ROOT } from './server';
import { median } from './stats';
import type { BenchRow } from './table';

const run = promisify(execFile);

/** The issue's minimum scores, out of 100. */
export const LIGHTHOUSE_BUDGETS = {
	performance: 98,
	accessibility: 100,
	'best-practices': 100,
	seo: 100
} as const;
type Category = keyof typeof LIGHTHOUSE_BUDGETS;
const CATEGORIES = Object.keys(LIGHTHOUSE_BUDGETS) as Category[];

/** The metrics behind the performance score, shown with each run (`--verbose`). */
const METRICS = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['speed-index', 'SI'],
	['cumulative-layout-shift', 'CLS']
] as const;

/** The pages scored, and how many runs each. */
const PAGES = ['/en/', '/'];
const RUNS = 3;

interface LighthouseReport {
	categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string }>;
	runtimeError?: { code: string; message: string };
}

/** One Lighthouse run: each category's score out of 100, and the weighted audits that fell short. */
async function lighthouseOnce(
	url: string,
	port: number
): Promise<{ scores: Record<Category, number>; failing: Record<Category, string[]>; metrics: string }> {
	const chrome = findChromium();
	if (!chrome) throw new Error('no Chromium found for Lighthouse: set CHROME_PATH');
	const dir = mkdtempSync(join(tmpdir(), 'talent-flows-lighthouse-'));
	const output = join(dir, 'report.json');
	try {
		await run(
			join(REPO_ROOT, 'node_modules/.bin/lighthouse'),
			[
				url,
				'--output=json',
				`--output-path=${output}`,
				`--only-categories=${CATEGORIES.join(',')}`,
				`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
				`--port=${port}`,
				'--quiet'
			],
			{ env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 }
		);
		const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
		if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
		const scores = {} as Record<Category, number>;
		const failing = {} as Record<Category, string[]>;
		for (const category of CATEGORIES) {
			const { score, auditRefs } = report.categories[category];
			scores[category] = score === null ? Number.NaN : Math.round(score * 100);
			failing[category] = auditRefs
				.filter((ref) => ref.weight > 0)
				.filter((ref) => {
					const audit = report.audits[ref.id];
					return audit?.score !== null && audit?.score !== undefined && audit.score < 1;
				})
				.map((ref) => ref.id);
		}
		const metrics = METRICS.map(([id, short]) => `${short} ${report.audits[id]?.displayValue ?? '?'}`).join(
			', '
		);
		return { scores, failing, metrics };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The Lighthouse family: each page scored `RUNS` times, one row per page and category. */
export async function lighthouseFamily(
	siteUrl: string,
	port: number,
	log: (text: string) => void
): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const page of PAGES) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			const run = await lighthouseOnce(`${siteUrl}${page}`, port);
			log(`Lighthouse ${page} run ${i + 1}: performance ${run.scores.performance} (${run.metrics})`);
			runs.push(run);
		}
		for (const category of CATEGORIES) {
			const values = runs.map((r) => r.scores[category]);
			const score = category === 'performance' ? median(values) : Math.min(...values);
			const short = [...new Set(runs.flatMap((r) => r.failing[category]))];
			log(
				`Lighthouse ${page} ${category}: ${values.join(', ')}${short.length ? ` (short: ${short.join(', ')})` : ''}`
			);
			const limit = LIGHTHOUSE_BUDGETS[category];
			rows.push({
				what: `Lighthouse ${page} ${category} (mobile; ${category === 'performance' ? `median of ${RUNS}` : `lowest of ${RUNS}`})`,
				measured: `${score}${score < 100 && short.length ? ` (short: ${short.join(', ')})` : ''}`,
				budget: limit === 100 ? '100' : `≥ ${limit}`,
				pass: Number.isFinite(score) && score >= limit
			});
		}
	}
	return rows;
}
