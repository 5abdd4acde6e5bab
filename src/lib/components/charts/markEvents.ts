import type { Pointer, StoryState } from '$lib/state/story.svelte';

/**
 * The handlers of a linked HTML button: pointing or focusing lights its sentences and marks, a
 * click (or Enter or Space, which a button turns into a click) toggles its selection.
 */
export function buttonEvents(story: StoryState, pointer: Pointer) {
	return {
		onpointerenter: () => (story.hovered = pointer),
		onpointerleave: () => (story.hovered = null),
		onfocus: () => (story.hovered = pointer),
		onblur: () => (story.hovered = null),
		onclick: () => story.toggle(pointer)
	};
}

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Arrow keys move between the marks of one chart (flows, nodes, rows, bars), Home and End to its
 * first and last; Tab still moves through the whole page. Returns whether the key was used.
 */
function moveFocus(event: KeyboardEvent): boolean {
	const mark = event.currentTarget as Element;
	const chart = mark.closest('svg');
	if (!chart) return false;
	const marks = [...chart.querySelectorAll<SVGElement>('[role="button"]')];
	const here = marks.indexOf(mark as SVGElement);
	let target: number;
	if (NEXT.has(event.key)) target = Math.min(marks.length - 1, here + 1);
	else if (PREVIOUS.has(event.key)) target = Math.max(0, here - 1);
	else if (event.key === 'Home') target = 0;
	else if (event.key === 'End') target = marks.length - 1;
	else return false;
	marks[target]?.focus();
	return true;
}

/**
 * The same for an SVG mark with `role="button"`, which gets no click from the keyboard: Enter and
 * Space are handled here. Escape is handled once, by the story view.
 */
export function markEvents(story: StoryState, pointer: Pointer) {
	return {
		...buttonEvents(story, pointer),
		onkeydown: (event: KeyboardEvent) => {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				story.toggle(pointer);
			} else if (moveFocus(event)) event.preventDefault();
		}
	};
}

/**
 * The accessible attributes of an SVG mark once the page is interactive: a toggle button with a
 * name and its pressed state. Before that (and without JavaScript) a mark is only a picture with a
 * tooltip, not a button that does nothing.
 */
export function markAttributes(story: StoryState, pointer: Pointer, label: string | undefined) {
	if (!story.interactive) return {};
	return { role: 'button', tabindex: 0, 'aria-label': label, 'aria-pressed': story.isSelected(pointer) };
}
