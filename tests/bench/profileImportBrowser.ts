// Times a large import in Chromium, step by step as a reader takes it (choose the file, import,
// use), with the longest main-thread task, the JS heap afterwards, and the filter's latency to the
// next painted frame: `npx tsx tests/bench/profileImportBrowser.ts [file.csv] [--port 4310]
// [--dir build] [--throttle 4] [--trace trace.json] [--cpuprofile prefix] [--heapprofile file]
// [--filters 30] [--trace-filter trace.json] [--measures] [--mutations] [--hold K]`. The filter
// changes toggle the busiest organizations on and off (with --hold K, beside the K-th kept
// chosen: the benchmark's pairs); their trace and profile cover every change after the first
// few, and --mutations counts their DOM mutations by part of the page. It serves a copy of the
// built site itself, so that another build running meanwhile does not change what is measured. A
// profiling aid beside the benchmark (`npm run bench`); it prints figures and asserts nothing.
import { cpSync, createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		port: { type: 'string', default: '4310' },
		dir: { type: 'string', default: 'build' },
		throttle: { type: 'string', default: '1' },
		trace: { type: 'string' },
		cpuprofile: { type: 'string' },
		heapprofile: { type: 'string' },
		'trace-filter': { type: 'string' },
		measures: { type: 'boolean', default: false },
		mutations: { type: 'boolean', default: false },
		hold: { type: 'string' },
		filters: { type: 'string', default: '30' }
	}
});
const file = resolve(positionals[0] ?? 'bench-data/careers-100k.csv');
const port = Number(values.port);
const throttle = Number(values.throttle);

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/** Serves a copy of the built site, with SvelteKit's prerendered `/en/` → `en/index.html`. */
function serve(root: string) {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let target = join(root, path);
		if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
		else if (!existsSync(target) && existsSync(`${target}.html`)) target = `${target}.html`;
		if (!existsSync(target)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
		createReadStream(target).pipe(response);
	});
	return new Promise<typeof server>((done) => server.listen(port, () => done(server)));
}

/** Records every main-thread task over 50 ms from the page's start (the Long Tasks API). */
const LONG_TASKS = `
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
`;

/** Waits for the frame after the next one: by then what changed has been painted. */
const nextPaint = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()))))
	);

async function longTasksSince(page: Page, since: number): Promise<number[]> {
	const tasks = await page.evaluate(
		() => (window as unknown as { __longTasks: [number, number][] }).__longTasks
	);
	return tasks.filter(([start]) => start >= since).map(([, duration]) => Math.round(duration));
}

const copy = mkdtempSync(join(tmpdir(), 'talent-flows-build-'));
cpSync(values.dir!, copy, { recursive: true });
const server = await serve(copy);
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc']
});
try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(LONG_TASKS);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.goto(`http://localhost:${port}/en/`);
	await page.getByRole('button', { name: 'Import your data…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import your data' });
	await dialog.getByLabel('Choose a file').waitFor({ state: 'attached' });
	if (values.trace) await browser.startTracing(page, { path: values.trace, screenshots: false });

	const figures: [string, string][] = [];
	const mark = () => page.evaluate(() => performance.now());
	let started = await mark();
	await dialog.getByLabel('Choose a file').setInputFiles(file);
	await dialog.getByRole('group', { name: 'Which column holds what' }).waitFor();
	let ended = await nextPaint(page);
	figures.push(['choose → mapping shown', `${Math.round(ended - started)} ms`]);
	const importStart = started;

	if (values.cpuprofile) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.start');
	}
	// What the page allocates from here on and still holds after the import (a sampling profile).
	if (values.heapprofile) await cdp.send('HeapProfiler.startSampling', { samplingInterval: 65536 });
	started = await mark();
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	const use = dialog.getByRole('button', { name: /^Use / });
	await use.waitFor({ timeout: 120_000 });
	ended = await nextPaint(page);
	figures.push(['Import → review shown', `${Math.round(ended - started)} ms`]);
	if (values.cpuprofile) {
		const { profile } = await cdp.send('Profiler.stop');
		writeFileSync(`${values.cpuprofile}.import.cpuprofile`, JSON.stringify(profile));
	}

	if (values.cpuprofile) await cdp.send('Profiler.start');
	started = await mark();
	await use.click();
	await page.getByText(`Your import: ${basename(file)}`).waitFor({ timeout: 120_000 });
	await page.locator('.flow-chart svg, .chart svg').first().waitFor();
	ended = await nextPaint(page);
	figures.push(['Use → charts drawn', `${Math.round(ended - started)} ms`]);
	if (values.trace) await browser.stopTracing();
	if (values.cpuprofile) {
		const { profile } = await cdp.send('Profiler.stop');
		writeFileSync(`${values.cpuprofile}.use.cpuprofile`, JSON.stringify(profile));
	}
	const measures = await page.evaluate(() =>
		performance
			.getEntriesByType('measure')
			.filter((entry) => entry.name.startsWith('prepare: '))
			.map((entry) => [entry.name.slice(9), entry.duration] as const)
	);
	const totals = new Map<string, number>();
	for (const [name, ms] of measures) totals.set(name, (totals.get(name) ?? 0) + ms);
	figures.push([
		'preparing the import (sliced)',
		[...totals].map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')
	]);
	const tasks = await longTasksSince(page, importStart);
	figures.push(['longest main-thread task', `${Math.max(0, ...tasks)} ms (${tasks.length} over 50 ms)`]);
	figures.push(['tasks over 50 ms', tasks.join(', ')]);

	await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
	const heap = await cdp.send('Runtime.getHeapUsage');
	if (values.heapprofile) {
		const { profile } = await cdp.send('HeapProfiler.getSamplingProfile');
		await cdp.send('HeapProfiler.stopSampling');
		writeFileSync(values.heapprofile, JSON.stringify(profile));
	}
	figures.push(['JS heap after import (after GC)', `${(heap.usedSize / 1024 / 1024).toFixed(0)} MB`]);

	const dom = await page.evaluate(() => {
		const count = document.querySelectorAll('*').length;
		// A full restyle and relayout, forced: what any change that dirties the whole page costs.
		document.body.style.setProperty('--profile-relayout', '1');
		document.body.classList.toggle('profile-relayout');
		const started = performance.now();
		void document.body.offsetHeight;
		const relayout = performance.now() - started;
		document.body.classList.toggle('profile-relayout');
		return { count, relayout };
	});
	figures.push(['DOM elements, forced relayout', `${dom.count}, ${dom.relayout.toFixed(0)} ms`]);

	// Filter changes as the benchmark makes them: each listed organization on, then off again.
	// --hold K keeps the K-th organization chosen throughout, so that each change chooses a second
	// one and lets it go again: the benchmark's pairs.
	const held = values.hold === undefined ? -1 : Number(values.hold);
	if (held >= 0) {
		await page.locator('.filter-chip').nth(held).click();
		await nextPaint(page);
		await page.waitForTimeout(500);
	}
	// Chips are found by their organization's name: their order and counts follow the filter.
	const names = (await page.locator('.filter-chip[aria-pressed="false"]').allTextContents())
		.map((text) => text.replace(/\s*\([\d,\s\u202f]+\)$/, ''))
		.slice(0, held >= 0 ? 5 : 12);
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const chips = {
		nth: (k: number) => page.locator('.filter-chip', { hasText: new RegExp(`^${escape(names[k]!)} \\(`) })
	};
	const count = names.length;
	const latencies: number[] = [];
	const changes = Number(values.filters);
	// --mutations counts the DOM mutations of the changes by the part of the page they fall in.
	if (values.mutations)
		await page.evaluate(() => {
			const counts: Record<string, number> = {};
			(window as unknown as { __mutations: Record<string, number> }).__mutations = counts;
			new MutationObserver((records) => {
				for (const record of records) {
					const at = record.target instanceof Element ? record.target : record.target.parentElement;
					const part = at?.closest('section, [role="region"], details, header, nav');
					const key = part
						? `${part.tagName.toLowerCase()}${part.id ? '#' + part.id : ''}${part.getAttribute('aria-labelledby') ? '[' + part.getAttribute('aria-labelledby') + ']' : ''}.${[...part.classList].join('.')}`
						: 'page';
					counts[key] = (counts[key] ?? 0) + 1;
					const kind = `${key} ${record.type} ${record.attributeName ?? ''} <${at?.tagName.toLowerCase()}.${at?.getAttribute('class') ?? ''}> +${record.addedNodes.length}-${record.removedNodes.length}`;
					counts[kind] = (counts[kind] ?? 0) + 1;
				}
			}).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
		});
	for (let i = 0; i < changes; i++) {
		if (values.cpuprofile && i === 4) await cdp.send('Profiler.start');
		if (values['trace-filter'] && i === 2)
			await browser.startTracing(page, {
				path: values['trace-filter'],
				screenshots: false,
				categories: [
					'devtools.timeline',
					'disabled-by-default-devtools.timeline',
					'disabled-by-default-devtools.timeline.stack',
					'v8',
					'v8.execute',
					'blink',
					'disabled-by-default-v8.gc'
				]
			});
		const chip = chips.nth(Math.floor(i / 2) % count);
		const before = await mark();
		const latency = await chip.evaluate(
			(button: HTMLElement, t0: number) =>
				new Promise<number>((done) => {
					// The filter goes through the address: wait for the page to follow it, then for a frame.
					const pressed = button.getAttribute('aria-pressed');
					const observer = new MutationObserver(() => {
						if (button.getAttribute('aria-pressed') === pressed) return;
						observer.disconnect();
						requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
					});
					observer.observe(button, { attributes: true });
					button.click();
				}),
			before
		);
		latencies.push(latency);
		if (values.measures) {
			const measured = await page.evaluate((since) => {
				const found = performance
					.getEntriesByType('measure')
					.filter((entry) => entry.startTime >= since && !entry.name.startsWith('prepare: '))
					.map((entry) => `${entry.name} ${entry.duration.toFixed(1)}`);
				const marks = performance
					.getEntriesByType('mark')
					.filter((entry) => entry.startTime >= since && entry.name.startsWith('t-'))
					.map((entry) => `${entry.name}@${(entry.startTime - since).toFixed(0)}`);
				return [...found, ...marks];
			}, before);
			console.log(`change ${i + 1}: ${latency.toFixed(0)} ms — ${measured.join(', ')}`);
		}
		// The trace covers every change from the third on, so that it sums many.
		if (values['trace-filter'] && i === changes - 1) await browser.stopTracing();
		// The filter's profile covers every change from the fifth on, so that it sums many.
		if (values.cpuprofile && i === changes - 1) {
			const { profile } = await cdp.send('Profiler.stop');
			writeFileSync(`${values.cpuprofile}.filter.cpuprofile`, JSON.stringify(profile));
		}
		// Let the address and any pending work settle before the next change.
		await page.waitForTimeout(50);
	}
	if (values.mutations) {
		const counts = await page.evaluate(
			() => (window as unknown as { __mutations?: Record<string, number> }).__mutations ?? {}
		);
		for (const [where, n] of Object.entries(counts)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 30))
			figures.push([`  DOM mutations per change in ${where}`, (n / changes).toFixed(0)]);
	}
	figures.push(['filter changes, in order (ms)', latencies.map((ms) => ms.toFixed(0)).join(' ')]);
	latencies.sort((a, b) => a - b);
	const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
	figures.push([
		`filter change → next frame (${changes} changes)`,
		`median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`
	]);

	const width = Math.max(...figures.map(([label]) => label.length));
	console.log(`${basename(file)} in Chromium${throttle > 1 ? ` (CPU ÷${throttle})` : ''}`);
	for (const [label, figure] of figures) console.log(`  ${label.padEnd(width)}  ${figure}`);
	if (values.trace) writeFileSync(`${values.trace}.done`, '');
} finally {
	await browser.close();
	server.close();
	rmSync(copy, { recursive: true, force: true });
}
