/**
 * An attachment that tells `set` an element's width each time it changes, as a ResizeObserver sees
 * it after the browser's own layout. Unlike `bind:clientWidth`, it never reads the width when the
 * element is created: that read forces a layout of the whole page in the middle of an update, and
 * the rest of the update then lays the page out again (6 ms of every filter change that showed the
 * balance, at 100,000 moves).
 */
export function watchWidth(set: (width: number) => void): (element: HTMLElement) => () => void {
	return (element) => {
		// The server and jsdom measure nothing: the chart keeps the width it was given.
		if (typeof ResizeObserver === 'undefined') return () => {};
		// The width the observer measured, not `clientWidth`: by the time this callback runs, other
		// observers' callbacks may have changed the page, and reading it would lay it out again.
		// The content box: `clientWidth` less padding, which the charts' boxes do not have. A box not
		// shown measures 0, which would only make the next chart start from nothing.
		const observer = new ResizeObserver(([entry]) => {
			if (entry && entry.contentRect.width > 0) set(Math.round(entry.contentRect.width));
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
