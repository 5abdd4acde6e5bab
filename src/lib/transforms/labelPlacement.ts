/** What label placement needs to know of a node: its column and its vertical extent. */
export interface LabelledBox {
	id: string;
	stage: number;
	y0: number;
	y1: number;
}

/**
 * Chooses which node labels to show so that none overlap: within each column, from top to bottom,
 * a label is shown only when its centre is at least `lineHeight` below the last one shown. Larger
 * nodes win ties, so the biggest flows keep their names; hidden names stay in the tooltip and the
 * accessible name.
 */
export function visibleLabels(nodes: readonly LabelledBox[], lineHeight: number): Set<string> {
	const shown = new Set<string>();
	const columns = new Map<number, LabelledBox[]>();
	for (const node of nodes) columns.set(node.stage, [...(columns.get(node.stage) ?? []), node]);
	for (const column of columns.values()) {
		const bySize = [...column].sort((a, b) => b.y1 - b.y0 - (a.y1 - a.y0));
		const placed: number[] = [];
		for (const node of bySize) {
			const centre = (node.y0 + node.y1) / 2;
			if (placed.every((other) => Math.abs(other - centre) >= lineHeight)) {
				placed.push(centre);
				shown.add(node.id);
			}
		}
	}
	return shown;
}

/** Rough width of one character of 12px UI type, for fitting labels without measuring text. */
export const CHAR_WIDTH_12PX = 6.6;
/** The same in bold (about 7.1 px measured in Chromium): a flow's names turn bold when lit, and must still fit. */
export const CHAR_WIDTH_12PX_BOLD = 7.4;

/**
 * Shortens a label to fit `maxWidth` pixels, ending it with an ellipsis; the full name stays in
 * the mark's tooltip and accessible name.
 */
export function fitLabel(label: string, maxWidth: number, charWidth = CHAR_WIDTH_12PX): string {
	const fits = Math.floor(maxWidth / charWidth);
	if (label.length <= fits) return label;
	if (fits <= 1) return '';
	return label.slice(0, fits - 1).trimEnd() + '…';
}

/**
 * The room kept for names left of the origins and right of the destinations of a flow diagram
 * `width` pixels wide: as much as the longest name of each side needs (names sit outside the bands,
 * never over them), as long as the flows keep `minFlowWidth` pixels between.
 */
export function flowLabelRooms(
	nodes: readonly { id: string; stage: number }[],
	names: ReadonlyMap<string, string>,
	width: number,
	minFlowWidth = 120,
	charWidth = CHAR_WIDTH_12PX
): { left: number; right: number } {
	const longest = [0, 0];
	for (const node of nodes) {
		const side = node.stage === 0 ? 0 : 1;
		longest[side] = Math.max(longest[side]!, (names.get(node.id) ?? '').length);
	}
	const need = (chars: number) => Math.ceil(chars * charWidth) + 14;
	const spare = Math.max(0, width - minFlowWidth);
	// Each side gets what it needs when both fit; otherwise the shorter side keeps its names whole
	// (up to half the room) and the longer one takes the rest.
	const [left, right] = [need(longest[0]!), need(longest[1]!)];
	if (left + right <= spare) return { left, right };
	if (left <= right) {
		const kept = Math.min(left, Math.floor(spare / 2));
		return { left: kept, right: spare - kept };
	}
	const kept = Math.min(right, Math.floor(spare / 2));
	return { left: spare - kept, right: kept };
}

/**
 * The room kept left of a timeline `width` pixels wide for its rows' names: as much as the longest
 * needs, with `gap` pixels before the axis, and never more than `share` of the width (a phone keeps
 * room for the dates).
 */
export function timelineLabelRoom(
	names: Iterable<string>,
	width: number,
	share = 0.4,
	gap = 12,
	charWidth = CHAR_WIDTH_12PX
): number {
	let longest = 0;
	for (const name of names) longest = Math.max(longest, name.length);
	return Math.min(Math.ceil(longest * charWidth) + gap, Math.round(width * share));
}

/** The room between two nodes of a column of the flow diagram, which is also a label's line. */
export const FLOW_NODE_PADDING = 14;

/**
 * The height of a flow diagram whose columns hold these nodes: at least `minHeight`, and enough
 * for the tallest column to keep `FLOW_NODE_PADDING` between its nodes (d3-sankey narrows the gaps
 * of a column that does not fit, and names would then collide) with `bandRoom` pixels a node left
 * for the bands themselves.
 */
export function flowHeight(nodes: readonly { stage: number }[], minHeight = 220, bandRoom = 10): number {
	const perColumn = [0, 0];
	for (const node of nodes) perColumn[node.stage === 0 ? 0 : 1]!++;
	const tallest = Math.max(...perColumn);
	return Math.max(minHeight, (tallest - 1) * FLOW_NODE_PADDING + tallest * bandRoom);
}

/**
 * Which periods of a bar chart name their bar under the axis: every one when the names fit, else
 * every second, fifth, tenth… year (2000, 2005, 2010) or every second, third, sixth, twelfth…
 * month (January and July), so that no two names overlap and the ones shown are round.
 */
export function periodTicks(
	keys: readonly number[],
	unit: 'month' | 'year',
	bandWidth: number,
	labelWidth: number
): number[] {
	const steps = unit === 'year' ? [1, 2, 5, 10, 20, 50, 100] : [1, 2, 3, 6, 12, 24, 60, 120];
	const room = labelWidth + 8;
	const step = steps.find((s) => s * bandWidth >= room) ?? steps[steps.length - 1]!;
	return keys.filter((key) => key % step === 0);
}
