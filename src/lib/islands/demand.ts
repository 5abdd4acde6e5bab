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

/**
 * Resolves once the charts' code is wanted and the views they draw are loaded; listens for the
 * first sign of a reader until then.
 */
export function islandsWanted(): Promise<void> {
	return whenRequested().then(() => loadLazyViews().then(() => undefined));
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
