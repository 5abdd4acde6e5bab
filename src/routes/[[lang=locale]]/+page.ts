import { LOCALES } from '$lib/i18n/locales';
import { loadStory } from '$lib/loadStory';

export const trailingSlash = 'always';

/**
 * Both languages are prerendered at /en/ and /fr/. The address without a language, `/`, needs no
 * entry: the prerenderer's default entry (`*`) visits every route with its optional parameters left out.
 */
export function entries() {
	return LOCALES.map((lang) => ({ lang }));
}

/**
 * The story, at `/` in the default language and at `/en/` and `/fr/`. Its language is the layout's,
 * read from the address (the matcher admits only locales), and reaches the components through context.
 */
export async function load({ fetch }) {
	return loadStory(fetch);
}
