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
			}
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
