import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	// The charts are islands, loaded in the browser only when used (src/lib/islands). LayerCake's own
	// styles go with them: written into the prerendered page's head, and added by its code if needed.
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('/node_modules/layercake/') ? { css: 'injected' } : undefined
	},
	kit: {
		// Every page and data file is prerendered; a broken link fails the build rather than shipping
		// a 404. Static hosts serve 404.html for unknown addresses, where the app shows its error page.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The stylesheets (about 3 KiB gzipped) go inside each page: on a slow phone network a page
		// then paints from its first response, without waiting on a second request for its styles.
		inlineStyleThreshold: 32 * 1024,
		// A strict policy, written into each prerendered page with the hashes of its inline scripts:
		// no inline or evaluated script runs (zod is set to jitless for this). Styles may be inline,
		// as Svelte and LayerCake size charts with style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
