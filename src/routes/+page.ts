import { DEFAULT_LOCALE } from '$lib/i18n/locales';
import { loadStory } from '$lib/loadStory';

/** `/` shows the dashboard in the default language, linking to the other. */
export async function load({ fetch }) {
	return { ...(await loadStory(fetch)), locale: DEFAULT_LOCALE };
}
