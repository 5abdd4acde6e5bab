// A chart's marks take their events as Svelte attributes (onpointerover, onpointerout, onfocusin,
// onfocusout, onclick, onkeydown), which Svelte delegates to the page's root: a mark then costs a
// property write per handler when a filter redraws a few hundred of them, not listeners added and
// removed. Its role, tabindex, aria-label and aria-pressed come only once `story.interactive`: before
// that, and without JavaScript, a mark is a picture with a tooltip, not a button that does nothing.

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * The keys of an SVG mark with `role="button"`, as its `onkeydown`: Enter or Space toggles it (an
 * SVG mark, unlike a button, gets no click from the keyboard); arrows move to the next or previous
 * mark of the same chart (flows, nodes, rows, bars), Home and End to its first and last. Tab still
 * moves through the whole page, and Escape is handled once, by the story view.
 */
export function markKeydown(event: KeyboardEvent, toggle: () => void): void {
	if (event.key === 'Enter' || event.key === ' ') {
		event.preventDefault();
		toggle();
		return;
	}
	const mark = event.currentTarget as SVGElement;
	// The chart's marks in drawing order; asked only when a key that moves is pressed.
	const marks = [...(mark.ownerSVGElement?.querySelectorAll<SVGElement>('[role="button"]') ?? [])];
	const here = marks.indexOf(mark);
	let target: number;
	if (NEXT.has(event.key)) target = Math.min(marks.length - 1, here + 1);
	else if (PREVIOUS.has(event.key)) target = Math.max(0, here - 1);
	else if (event.key === 'Home') target = 0;
	else if (event.key === 'End') target = marks.length - 1;
	else return;
	event.preventDefault();
	marks[target]?.focus();
}
