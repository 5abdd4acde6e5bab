// The build's own plugin, kept out of $lib: it runs in vite (node), never in the page.
import type { Plugin } from 'vite';

/**
 * Puts every module that a page runs on its first load into one chunk, in the browser's build only.
 *
 * Left to itself, the bundler groups modules by the set of chunks that import them. The story's page
 * shares small modules (the address, the selection, the article's links, the lazy views' loader) with
 * islands that load later, so each such set became a chunk of its own: six small files, each with its
 * own imports, exports and gzip dictionary, 1.4 KiB gzip more than the same code in one file. In one
 * chunk the first load is also smaller than with the bundler's default split (47.5 KiB gzip for /fr/
 * instead of 51.4, in 8 scripts instead of 18). The price: the 404 page fetches the story's code too,
 * which its link back to the dashboard then needs. Islands and the import worker still load apart,
 * when used: a module reached only through a dynamic `import()` is not in the first load (rolldown's
 * `$initial` tag).
 */
export function firstLoadChunk(): Plugin {
	return {
		name: 'talent-flows:first-load-chunk',
		apply: 'build',
		config(config) {
			// The server's build keeps its own chunks: nothing is downloaded from it.
			if (config.build?.ssr) return;
			return {
				build: {
					rollupOptions: {
						output: { codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] } }
					}
				}
			};
		}
	};
}
