// When the charts' code is wanted. A reader who only reads never downloads it: the prerendered charts
// stay on the page as drawn. The first sign of a reader at work (pointer, keys, touch, wheel) or a
// view that differs from the prerendered one (a filter in the address, a restored import) loads it.

import { loadLazyViews } from '../core/lazyViews.svelte';

const SIGNS_OF_A_READER = [
	'pointerdown',
	'pointermove',
	'keydown',
	'touchstart',
	'wheel',
	'focusin'
] as const;

let requested = false;
const waiting: Array<() => void> = [];

/** Asks for the charts' code now. Calling it again does nothing. */
export function requestIslands(): void {
	if (requested) return;
	requested = true;
	for (const resolve of waiting.splice(0)) resolve();
}

/** Resolves once the charts' code is wanted; listens for the first sign of a reader until then. */
export function islandsWanted(): Promise<void> {
	return whenRequested();
}

/**
 * The server draws the charts for a frame 560 px wide; in a narrower one (a tablet's column, a
 * phone) the drawing would show cut off. Such a drawing wants the charts' code as soon as it comes
 * near the screen, where they are drawn again at the frame's width. Returns the way to stop looking.
 */
export function wantedWhenCutOff(host: HTMLElement): () => void {
	const frames = [...host.querySelectorAll('svg[width]')].flatMap((svg) => {
		const frame = svg.parentElement;
		return frame && Number(svg.getAttribute('width')) > frame.clientWidth + 1 ? [frame] : [];
	});
	if (frames.length === 0 || typeof IntersectionObserver === 'undefined') return () => {};
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			requestIslands();
		},
		{ rootMargin: '200px' }
	);
	// The frames, not the island: its element takes no part in layout, and so never meets the screen.
	for (const frame of frames) observer.observe(frame);
	return () => observer.disconnect();
}

/** The views the islands draw (see `lazyViews`), loaded once. */
export { loadLazyViews };

// Whether a pointer is pressed: an island replacing its drawing between a press and its click would
// take the element the click was meant for (a link, a button), and the click would be lost.
let pressed = false;
const released: Array<() => void> = [];
if (typeof window !== 'undefined') {
	window.addEventListener('pointerdown', () => (pressed = true), { capture: true, passive: true });
	for (const type of ['pointerup', 'pointercancel'])
		window.addEventListener(
			type,
			// After the click that follows the release has been dispatched.
			() =>
				setTimeout(() => {
					pressed = false;
					for (const resolve of released.splice(0)) resolve();
				}, 0),
			{ capture: true, passive: true }
		);
}

/** Resolves when no pointer is pressed (at once, most of the time). */
export function pointerReleased(): Promise<void> {
	if (!pressed) return Promise.resolve();
	return new Promise((resolve) => released.push(resolve));
}

function whenRequested(): Promise<void> {
	if (requested) return Promise.resolve();
	if (waiting.length === 0) {
		const onSign = () => {
			for (const type of SIGNS_OF_A_READER) window.removeEventListener(type, onSign, true);
			requestIslands();
		};
		for (const type of SIGNS_OF_A_READER) {
			window.addEventListener(type, onSign, { capture: true, passive: true });
		}
	}
	return new Promise((resolve) => waiting.push(resolve));
}
