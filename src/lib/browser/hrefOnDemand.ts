/**
 * An attachment for a part of the page whose links each hold the page's whole view with their own
 * `?moves=` (the link's `data-moves`): a link's address is written when a reader may follow, open or
 * copy it, not at every change of view. The balance draws hundreds of such links (a bar per month,
 * each number), and rewriting every one of them at each filter change made Chrome check each new
 * address against the history (for `:visited`): 3 ms of every change at 100,000 moves.
 *
 * The address is written as the pointer comes over a link and again as it is pressed or its menu
 * opened, and as the link takes focus and again at a key, so that it is the current view's even
 * when the view changed meanwhile. Left, the link points where it pointed before (the moves table):
 * no stale view is kept, and a plain click lists its moves there.
 *
 * One set of listeners on the part, not one on each link: adding eight to each of its links was a
 * quarter of the time it took to draw the net per month the first time (2.4 of 8.5 ms at 100,000
 * moves), and again for every bar a filter change added.
 */
export function movesHrefsOnDemand(address: (moves: string) => string): (part: Element) => () => void {
	const writeOn = ['pointerover', 'pointerdown', 'contextmenu', 'dragstart', 'focusin', 'keydown'];
	const clearOn = ['pointerout', 'focusout'];
	// Each link's own address, kept from before it was first written.
	const plain = new WeakMap<Element, string>();
	const linkOf = (event: Event) =>
		event.target instanceof Element ? event.target.closest('a[data-moves]') : null;
	return (part) => {
		const write = (event: Event) => {
			const link = linkOf(event);
			if (!link || !part.contains(link)) return;
			if (!plain.has(link)) plain.set(link, link.getAttribute('href') ?? '');
			link.setAttribute('href', address(link.getAttribute('data-moves')!));
		};
		const clear = (event: Event) => {
			const link = linkOf(event);
			if (!link || !plain.has(link)) return;
			// Moving onto what the link holds (a bar's rect) is not leaving it.
			const next = (event as PointerEvent | FocusEvent).relatedTarget;
			if (next instanceof Node && link.contains(next)) return;
			// Still focused, or still under the pointer, the link keeps its address.
			if (document.activeElement !== link && !link.matches(':hover'))
				link.setAttribute('href', plain.get(link)!);
		};
		for (const type of writeOn) part.addEventListener(type, write);
		for (const type of clearOn) part.addEventListener(type, clear);
		return () => {
			for (const type of writeOn) part.removeEventListener(type, write);
			for (const type of clearOn) part.removeEventListener(type, clear);
		};
	};
}
