/**
 * Lets a column beside the article follow it down the page without a scroll box of its own: sets
 * `data-follows` and the sticky offset `--follow-top` (the window's height less the column's, never
 * below zero). A column that fits the window then stays at its top; a taller one scrolls with the
 * page until its end is in view and stays there. No CSS rule alone knows an element's height
 * against the window's, and `top: 0` on a taller column would hide its end until the article ends.
 * Returns the cleanup (a Svelte attachment).
 */
export function followTheArticle(element: HTMLElement): () => void {
	// The server and jsdom measure nothing: without this the column scrolls with the page.
	if (typeof ResizeObserver === 'undefined') return () => {};
	const measure = () => {
		const top = Math.min(0, window.innerHeight - element.offsetHeight);
		element.style.setProperty('--follow-top', `${top}px`);
		element.toggleAttribute('data-follows', true);
	};
	let observer: ResizeObserver;
	try {
		observer = new ResizeObserver(measure);
		observer.observe(element);
	} catch {
		// A browser whose observer fails still gets a working page: the column scrolls with it.
		return () => {};
	}
	window.addEventListener('resize', measure);
	measure();
	return () => {
		observer.disconnect();
		window.removeEventListener('resize', measure);
	};
}
