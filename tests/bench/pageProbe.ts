// A probe put into the page before its own scripts run: it records long main-thread tasks, the time
// of the last click or file choice, and the first moment after the frame that paints the page's
// last DOM change. The page needs no hook of its own; the benchmark reads the DOM as a reader sees it.
import type { Page } from '@playwright/test';
import { format } from './table';

/** What the probe keeps, on `window.__benchProbe`. */
interface Probe {
	longTasks: { start: number; duration: number }[];
	/** The `timeStamp` of the last click, change or key, on the page's clock. */
	lastInput: number;
	/** When the DOM last changed, and the first moment after the frame that painted that change. */
	lastMutation: number;
	paintedAfterLastMutation: number;
}

declare global {
	interface Window {
		__benchProbe?: Probe;
	}
}

/** Runs in the page (serialised by Playwright): it may use nothing from this module. */
function install() {
	const probe: Probe = { longTasks: [], lastInput: 0, lastMutation: 0, paintedAfterLastMutation: 0 };
	window.__benchProbe = probe;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	for (const type of ['click', 'change', 'keydown'])
		addEventListener(type, (event) => (probe.lastInput = event.timeStamp), { capture: true });
	// A requestAnimationFrame callback runs just before the frame's paint; a message posted from it is
	// handled just after. Only the newest change's message counts, so the time is that of the frame
	// showing the last change.
	let generation = 0;
	new MutationObserver(() => {
		const mine = ++generation;
		probe.lastMutation = performance.now();
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				if (mine === generation) probe.paintedAfterLastMutation = performance.now();
			};
			channel.port2.postMessage(null);
		});
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Puts the probe into every document the page loads, before the page's scripts. */
export async function installProbe(page: Page): Promise<void> {
	await page.addInitScript(install);
}

/** Forgets the last input, so that the next reading is for the next action. */
export async function resetInput(page: Page): Promise<void> {
	await page.evaluate(() => {
		window.__benchProbe!.lastInput = 0;
	});
}

/** A reaction to one input: when it came, and when the page had painted all it changed in answer. */
export interface Reaction {
	input: number;
	painted: number;
	/** painted − input, in milliseconds. */
	ms: number;
}

/**
 * Waits until the DOM has not changed for `quietMs` and its last change is painted, then returns
 * the time from the last input to that paint. Throws when the page never settles in `timeoutMs`.
 */
export async function settledReaction(page: Page, quietMs = 500, timeoutMs = 120_000): Promise<Reaction> {
	// Written without named inner functions: tsx would wrap them in a helper the page does not have.
	const reaction = await page.evaluate(
		async ({ quietMs, timeoutMs }) => {
			const probe = window.__benchProbe!;
			const deadline = performance.now() + timeoutMs;
			while (performance.now() < deadline) {
				const quiet = performance.now() - probe.lastMutation >= quietMs;
				const painted = probe.paintedAfterLastMutation >= probe.lastMutation;
				// The input must have changed something, or the reading would be of an earlier change.
				const answered = probe.lastInput > 0 && probe.lastMutation >= probe.lastInput;
				if (answered && quiet && painted)
					return { input: probe.lastInput, painted: probe.paintedAfterLastMutation };
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			return null;
		},
		{ quietMs, timeoutMs }
	);
	if (reaction === null) throw new Error(`the page did not settle within ${timeoutMs} ms of the input`);
	return { ...reaction, ms: reaction.painted - reaction.input };
}

/**
 * The longest main-thread task that started between two moments of the page's clock: 0 if none
 * was reported, which is not "no time": the browser reports only tasks over 50 ms (`longestTaskText`).
 */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
	return page.evaluate(
		({ from, to }) =>
			Math.max(
				0,
				...window
					.__benchProbe!.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to)
					.map((t) => t.duration)
			),
		{ from, to }
	);
}

/** The longest task as the table says it: "under 50 ms" when the browser reported none (it reports only longer ones). */
export function longestTaskText(ms: number): string {
	return ms === 0 ? 'under 50 ms' : format(ms, 'ms');
}
