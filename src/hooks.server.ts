import type { Handle } from '@sveltejs/kit';
import { en } from '$lib/i18n/en';
import { localeOfPath } from '$lib/i18n/locales';
import { claimsMarkup, jsonLdScript } from '$lib/provenance/claims';
import { article, dataset } from '$lib/server/content';

/** The address SvelteKit renders the static host's 404.html from (adapter-static's fallback). */
const FALLBACK_PATH = '/[fallback]';

/** The route that shows the story (at `/`, `/en/` and `/fr/`), whose pages carry the article's claims. */
const STORY_ROUTE = '/[[lang=locale]]';

/**
 * The title of 404.html as it is served. That page is rendered without its content (the error page
 * draws itself in the browser, in the language of the address, and sets the title then), yet an
 * HTML document needs a title: the file is one for every address, so it says it in its own language
 * (`lang="en"`), from the message catalog.
 */
const FALLBACK_TITLE = `<title>${en.errorTitle} · ${en.siteName}</title>`;

/**
 * The article's claims as JSON-LD, written into the page here rather than by a component: it is made
 * once at prerender and adds nothing to the page's JavaScript. It is a data block, not a script, so
 * the page's policy (no inline script without its hash) does not apply to it. It goes at the end of
 * the body, where its bytes come after everything a reader sees.
 */
let claims: string | undefined;
const claimsScript = () => (claims ??= jsonLdScript(claimsMarkup(dataset, article)));

/**
 * Sets `<html lang>` from the first segment of the path, so each prerendered page declares its
 * language, gives the 404 page its title, and the story's pages the article's claims.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOfPath(event.url.pathname);
	const fallback = event.url.pathname === FALLBACK_PATH;
	const story = event.route.id === STORY_ROUTE;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			if (fallback) return page.replace('</head>', `\t${FALLBACK_TITLE}\n\t</head>`);
			// A function, so that no `$` in the data is read as a replacement pattern.
			return story ? page.replace('</body>', () => `\t${claimsScript()}\n\t</body>`) : page;
		}
	});
};
