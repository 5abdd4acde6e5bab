import { LOCALES } from '$lib/i18n/locales';
import { loadStory } from '$lib/loadStory';

export const trailingSlash = 'always';

/** Both languages are prerendered. */
export function entries() {
	return LOCALES.map((lang) => ({ lang }));
}

/**
 * The story. Its language is the layout's, read from the address (the matcher admits only locales),
 * and reaches the components through context.
 */
export async function load({ fetch }) {
	return loadStory(fetch);
}
