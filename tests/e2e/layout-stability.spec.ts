import { expect, test } from '@playwright/test';

// Charts are prerendered at a default width and redrawn at the browser's once scripts run; that
// redraw must not push the page around. The budget is half Web Vitals' "good" threshold of 0.1.
const CLS_BUDGET = 0.05;
const SETTLE_MS = 1500;

for (const view of [
	{ width: 1280, height: 900 },
	{ width: 375, height: 800 }
]) {
	test(`/en/ at ${view.width}×${view.height} loads without shifting its layout (CLS < ${CLS_BUDGET})`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize(view);
		await page.goto('/en/', { waitUntil: 'load' });
		const shifts = await page.evaluate(
			(settleMs) =>
				new Promise<{ value: number; sources: string[] }[]>((resolve) => {
					const seen: { value: number; sources: string[] }[] = [];
					// Layout-shift entries are not in lib.dom's types; these are the fields used here.
					type LayoutShift = PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
						sources?: { node?: Node | null }[];
					};
					const observer = new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as LayoutShift[]) {
							if (entry.hadRecentInput) continue;
							seen.push({
								value: entry.value,
								sources: (entry.sources ?? []).map((source) => {
									const node = source.node;
									return node instanceof Element
										? `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}`
										: String(node?.nodeName);
								})
							});
						}
					});
					// buffered: the shifts from before this observer was made count too.
					observer.observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => {
						observer.disconnect();
						resolve(seen);
					}, settleMs);
				}),
			SETTLE_MS
		);
		const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
		testInfo.annotations.push({
			type: 'CLS',
			description: `${cls.toFixed(4)} at ${view.width}×${view.height} (${shifts.length} shifts)`
		});
		console.log(`CLS at ${view.width}×${view.height}: ${cls.toFixed(4)}`, JSON.stringify(shifts));
		expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(CLS_BUDGET);
	});
}
