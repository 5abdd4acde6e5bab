// `import X from './Chart.svelte?island'` gives a component the server draws in full and the browser
// loads on demand (the `islands` plugin in vite.config.ts).
declare module '*.svelte?island' {
	import type { Component } from 'svelte';
	const island: Component<Record<string, unknown>>;
	export default island;
}
