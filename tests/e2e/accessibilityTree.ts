// What Chromium gives screen readers: its own accessibility tree, read through the DevTools protocol.
// Playwright's roles read the DOM, which a table's CSS display or a section laid out only near the
// screen does not change; the browser's tree does.
import type { Page } from '@playwright/test';

async function accessibilityTree(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	return nodes;
}

/**
 * The rows, headers and cells of the table of this name as the browser's accessibility tree has
 * them, in order: headers with their names (`columnheader When`).
 */
export async function accessibleTable(page: Page, caption: string): Promise<string[]> {
	const nodes = await accessibilityTree(page);
	const byId = new Map(nodes.map((n) => [n.nodeId, n]));
	const table = nodes.find((n) => n.role?.value === 'table' && n.name?.value === caption);
	const found: string[] = [];
	const walk = (id: string) => {
		const node = byId.get(id);
		if (!node) return;
		const role = String(node.role?.value);
		if (role === 'row' || role === 'cell') found.push(role);
		if (role === 'columnheader' || role === 'rowheader') found.push(`${role} ${node.name?.value}`);
		if (role !== 'cell') for (const child of node.childIds ?? []) walk(child);
	};
	for (const child of table?.childIds ?? []) walk(child);
	return found;
}

/** The names of the page's headings that the browser gives screen readers. */
export async function accessibleHeadings(page: Page): Promise<string[]> {
	const nodes = await accessibilityTree(page);
	return nodes.filter((n) => n.role?.value === 'heading' && !n.ignored).map((n) => String(n.name?.value));
}
