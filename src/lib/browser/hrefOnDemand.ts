/**
 * An attachment for a link whose address holds the page's whole view: the address is written when
 * a reader may follow, open or copy the link, not at every change of view. The balance draws
 * hundreds of such links (a bar per month, each number), and rewriting every one of them at each
 * filter change made Chrome check each new address against the history (for `:visited`): 3 ms of
 * every change at 100,000 moves.
 *
 * The address is written as the pointer comes over the link and again as it is pressed or its menu
 * opened, and as the link takes focus and again at a key, so that it is the current view's even
 * when the view changed meanwhile. Left, the link points at the moves table again (`#moves-heading`,
 * also what it points at before): no stale view is kept, and a plain click lists its moves there.
 */
export function hrefOnDemand(address: () => string): (link: Element) => () => void {
	const writeOn = ['pointerenter', 'pointerdown', 'contextmenu', 'dragstart', 'focus', 'keydown'];
	const clearOn = ['pointerleave', 'blur'];
	return (link) => {
		const plain = link.getAttribute('href') ?? '';
		const write = () => link.setAttribute('href', address());
		// Still focused, or still under the pointer, the link keeps its address.
		const clear = () => {
			if (document.activeElement !== link && !link.matches(':hover')) link.setAttribute('href', plain);
		};
		for (const type of writeOn) link.addEventListener(type, write);
		for (const type of clearOn) link.addEventListener(type, clear);
		return () => {
			for (const type of writeOn) link.removeEventListener(type, write);
			for (const type of clearOn) link.removeEventListener(type, clear);
		};
	};
}
