import type { Attachment } from 'svelte/attachments';
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
 * The handlers of an SVG mark with `role="button"`, attached with `{@attach markHandlers(…)}`:
 * pointing or focusing lights its sentences and marks; a click, Enter or Space (an SVG mark gets no
 * click from the keyboard) toggles its selection; arrows, Home and End move between the chart's
 * marks. Escape is handled once, by the story view.
 *
 * A mark's attributes are written out one by one (role, tabindex, aria-label and aria-pressed only
 * once `story.interactive`: before that, and without JavaScript, a mark is a picture with a tooltip,
 * not a button that does nothing) rather than spread from an object: a chart of a large import
 * redraws a few hundred marks at each filter, and spread attributes cost several times as much.
 */
export function markHandlers(story: StoryState, pointer: Pointer): Attachment<Element> {
	return (mark) => {
		const light = () => (story.hovered = pointer);
		const unlight = () => (story.hovered = null);
		const listeners: [string, (event: Event) => void][] = [
			['pointerenter', light],
			['pointerleave', unlight],
			['focus', light],
			['blur', unlight],
			['click', () => story.toggle(pointer)],
			['keydown', (event) => onKeydown(story, pointer, event as KeyboardEvent)]
		];
		for (const [type, listener] of listeners) mark.addEventListener(type, listener);
		return () => {
			for (const [type, listener] of listeners) mark.removeEventListener(type, listener);
		};
	};
}

function onKeydown(story: StoryState, pointer: Pointer, event: KeyboardEvent): void {
	if (event.key === 'Enter' || event.key === ' ') {
		event.preventDefault();
		story.toggle(pointer);
	} else if (moveFocus(event)) event.preventDefault();
}
