// The build's own plugin, kept out of $lib: it runs in vite (node), never in the page.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SUFFIX = '?island';
const PREFIX = '\0island:';
const MODULE_END = '.island.js';
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Resolves `import Chart from './Chart.svelte?island'`. On the server it is the component itself,
 * drawn in full inside the island's element; in the browser it is a small stand-in that keeps that
 * drawing and fetches the component's code only when a reader starts to use the page. This keeps
 * the charts, LayerCake and d3 out of the JavaScript every reader downloads.
 */
export function islands(): Plugin {
	return {
		name: 'talent-flows:islands',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith(SUFFIX)) return null;
			const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, {
				...options,
				skipSelf: true
			});
			if (!target) return null;
			// The id must not end in .svelte, or the Svelte plugin would compile this module as a component.
			return `${PREFIX}${options?.ssr ? 'server' : 'client'}:${target.id}${MODULE_END}`;
		},
		load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const side = id.slice(PREFIX.length, id.indexOf(':', PREFIX.length));
			const target = JSON.stringify(id.slice(id.indexOf(':', PREFIX.length) + 1, -MODULE_END.length));
			if (side === 'server') {
				return [
					`import Island from ${JSON.stringify(here('../lib/islands/ServerIsland.svelte'))};`,
					`import Component from ${target};`,
					'export default function (renderer, props) {',
					'\treturn Island(renderer, { component: Component, props });',
					'}'
				].join('\n');
			}
			return [
				`import Island from ${JSON.stringify(here('../lib/islands/ClientIsland.svelte'))};`,
				`const load = () => import(${target});`,
				'export default function (anchor, props) {',
				'\treturn Island(anchor, { load, props });',
				'}'
			].join('\n');
		}
	};
}
