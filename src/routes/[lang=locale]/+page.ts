import { error } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { loadStory } from '$lib/loadStory';

export const trailingSlash = 'always';

/** Both languages are prerendered. */
export function entries() {
	return LOCALES.map((lang) => ({ lang }));
}

export async function load({ params, fetch }) {
	if (!isLocale(params.lang)) error(404);
	return { ...(await loadStory(fetch)), locale: params.lang };
}
