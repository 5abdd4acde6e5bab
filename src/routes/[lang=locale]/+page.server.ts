import { error } from '@sveltejs/kit';
import { article, dataset } from '$lib/server/content';
import { isLocale, LOCALES } from '$lib/i18n/locales';

export const trailingSlash = 'always';

/** Both languages are prerendered. */
export function entries() {
	return LOCALES.map((lang) => ({ lang }));
}

export function load({ params }) {
	if (!isLocale(params.lang)) error(404);
	return { article, dataset, locale: params.lang };
}
