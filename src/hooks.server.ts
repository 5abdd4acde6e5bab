import type { Handle } from '@sveltejs/kit';
import { en } from '$lib/i18n/en';
import { localeOfPath } from '$lib/i18n/locales';

/** The address SvelteKit renders the static host's 404.html from (adapter-static's fallback). */
const FALLBACK_PATH = '/[fallback]';

/**
 * The title of 404.html as it is served. That page is rendered without its content (the error page
 * draws itself in the browser, in the language of the address, and sets the title then), yet an
 * HTML document needs a title: the file is one for every address, so it says it in its own language
 * (`lang="en"`), from the message catalog.
 */
const FALLBACK_TITLE = `<title>${en.errorTitle} · ${en.siteName}</title>`;

/**
 * Sets `<html lang>` from the first segment of the path, so each prerendered page declares its
 * language, and gives the 404 page its title.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOfPath(event.url.pathname);
	const fallback = event.url.pathname === FALLBACK_PATH;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return fallback ? page.replace('</head>', `\t${FALLBACK_TITLE}\n\t</head>`) : page;
		}
	});
};
