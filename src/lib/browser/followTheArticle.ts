/**
 * Lets a column beside the article follow it down the page without a scroll box of its own: sets
 * `data-follows` and the sticky offset `top` (the window's height less the column's, never below
 * zero). A column that fits the window then stays at its top; a taller one scrolls with the
 * page until its end is in view and stays there. No CSS rule alone knows an element's height
 * against the window's, and `top: 0` on a taller column would hide its end until the article ends.
 * Returns the cleanup (a Svelte attachment).
 */
export function followTheArticle(element: HTMLElement): () => void {
	// The server and jsdom measure nothing: without this the column scrolls with the page.
	if (typeof ResizeObserver === 'undefined') return () => {};
	// The column's height changes at most filter changes. Its offset is its own `top`, written only
	// when it moves: a custom property on it would restyle every element of the charts below it, and
	// the observer's entry gives the height without laying the page out again.
	let written = '';
	const follow = (height: number) => {
		const top = `${Math.min(0, window.innerHeight - height)}px`;
		if (top !== written) element.style.top = written = top;
		element.toggleAttribute('data-follows', true);
	};
	const measure = () => follow(element.offsetHeight);
	let observer: ResizeObserver;
	try {
		observer = new ResizeObserver(([entry]) => {
			const box = entry?.borderBoxSize?.[0];
			if (box) follow(box.blockSize);
			else measure();
		});
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
		element.style.removeProperty('top');
		element.removeAttribute('data-follows');
	};
}
