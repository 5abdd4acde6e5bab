import type * as Views from './views/lazy';

/** The module of the views only islands draw, once loaded. */
export type LazyViews = typeof Views;

// Reactive, so that the dashboard's views appear once their code has come.
let loaded = $state.raw<LazyViews | null>(null);

/** The views, or null until loaded. */
export function lazyViews(): LazyViews | null {
	return loaded;
}

/** Loads the views (once): on the server before rendering, in the browser with the islands. */
export async function loadLazyViews(): Promise<LazyViews> {
	return (loaded ??= await import('./views/lazy'));
}
