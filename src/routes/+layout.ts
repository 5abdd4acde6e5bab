import { localeOfPath } from '$lib/i18n/locales';
import { loadMessages } from '$lib/i18n/loadMessages';

// A static site: every page is rendered at build time and works without JavaScript.
export const prerender = true;

/**
 * The interface language, from the address (`/fr/…`; `/` and any other path read in English), with its
 * messages: a page fetches its own language's catalog only. The error page reads them too.
 */
export async function load({ url }) {
	const locale = localeOfPath(url.pathname);
	return { locale, m: await loadMessages(locale) };
}
