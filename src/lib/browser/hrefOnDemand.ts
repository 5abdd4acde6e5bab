/**
 * An attachment for a link whose address holds the page's whole view: the address is written when
 * a reader may follow, open or copy the link (the pointer comes over it, or it takes focus), not at
 * every change of view. The balance draws hundreds of such links (a bar per month, each number),
 * and rewriting every one of them at each filter change made Chrome check each new address against
 * the history (for `:visited`): 3 ms of every change at 100,000 moves. Until then, the link's own
 * `href` points at the moves table, and a plain click lists its moves there.
 */
export function hrefOnDemand(address: () => string): (link: Element) => () => void {
	return (link) => {
		const write = () => link.setAttribute('href', address());
		link.addEventListener('pointerenter', write);
		link.addEventListener('focus', write);
		return () => {
			link.removeEventListener('pointerenter', write);
			link.removeEventListener('focus', write);
		};
	};
}
