import { article, dataset } from '$lib/server/content';
import { DEFAULT_LOCALE } from '$lib/i18n/locales';

/** `/` shows the dashboard in the default language, linking to the other. */
export function load() {
	return { article, dataset, locale: DEFAULT_LOCALE };
}
