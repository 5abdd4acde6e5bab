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
function moveFocus(mark: Element, event: KeyboardEvent): boolean {
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

/** What each drawn mark stands for, written by `markPointer` and read by its layer's handlers. */
const pointers = new WeakMap<Element, Pointer>();

/**
 * Says what an SVG mark stands for: `{@attach markPointer(pointer)}` on the mark. Its events are
 * handled by its layer (see `markLayer`), so a mark costs one write when a filter redraws a few
 * hundred of them, not six listeners added and removed.
 */
export function markPointer(pointer: Pointer): Attachment<Element> {
	return (mark) => {
		pointers.set(mark, pointer);
	};
}

/**
 * The events of a chart layer's marks with `role="button"`, handled once by the layer:
 * `{@attach markLayer(story)}` on the `<g>` that holds them. Pointing or focusing a mark lights
 * its sentences and marks; a click, Enter or Space (an SVG mark gets no click from the keyboard)
 * toggles its selection; arrows, Home and End move between the chart's marks. Escape is handled
 * once, by the story view.
 *
 * A mark's attributes are written out one by one (role, tabindex, aria-label and aria-pressed only
 * once `story.interactive`: before that, and without JavaScript, a mark is a picture with a tooltip,
 * not a button that does nothing) rather than spread from an object: a chart of a large import
 * redraws a few hundred marks at each filter, and spread attributes cost several times as much.
 */
export function markLayer(story: StoryState): Attachment<Element> {
	return (layer) => {
		/** The mark an event happened in (the target or one of its ancestors inside the layer). */
		const markOf = (target: EventTarget | null): Element | undefined => {
			for (let node = target as Element | null; node && node !== layer; node = node.parentElement)
				if (pointers.has(node)) return node;
			return undefined;
		};
		// Entering and leaving a mark, told apart from moves within it (over and out bubble, unlike
		// enter and leave; focusin and focusout likewise).
		const enter = (event: Event) => {
			const mark = markOf(event.target);
			if (mark) story.hovered = pointers.get(mark)!;
		};
		const leave = (event: Event) => {
			const mark = markOf(event.target);
			const next = (event as PointerEvent | FocusEvent).relatedTarget;
			if (mark && !(next instanceof Node && mark.contains(next))) story.hovered = null;
		};
		const click = (event: Event) => {
			const mark = markOf(event.target);
			if (mark) story.toggle(pointers.get(mark)!);
		};
		const keydown = (event: Event) => {
			const mark = markOf(event.target);
			if (!mark) return;
			const key = event as KeyboardEvent;
			if (key.key === 'Enter' || key.key === ' ') {
				key.preventDefault();
				story.toggle(pointers.get(mark)!);
			} else if (moveFocus(mark, key)) key.preventDefault();
		};
		const listeners: [string, (event: Event) => void][] = [
			['pointerover', enter],
			['pointerout', leave],
			['focusin', enter],
			['focusout', leave],
			['click', click],
			['keydown', keydown]
		];
		for (const [type, listener] of listeners) layer.addEventListener(type, listener);
		return () => {
			for (const [type, listener] of listeners) layer.removeEventListener(type, listener);
		};
	};
}
