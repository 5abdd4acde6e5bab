import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales';

/** Sets `<html lang>` from the first segment of the path, so each prerendered page declares its language. */
export const handle: Handle = ({ event, resolve }) => {
	const first = event.url.pathname.split('/')[1] ?? '';
	const lang = isLocale(first) ? first : DEFAULT_LOCALE;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
