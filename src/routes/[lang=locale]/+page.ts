import { LOCALES } from '$lib/i18n/locales';
import { loadStory } from '$lib/loadStory';

export const trailingSlash = 'always';

/** Both languages are prerendered. */
export function entries() {
	return LOCALES.map((lang) => ({ lang }));
}

/** The story in the language the layout read from the address (the matcher admits only locales). */
export async function load({ parent, fetch }) {
	const { locale } = await parent();
	return { ...(await loadStory(fetch)), locale };
}
