import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { firstLoadChunk } from './src/vite/firstLoadChunk.ts';
import { islands } from './src/vite/islands.ts';

export default defineConfig({
	plugins: [islands(), sveltekit(), firstLoadChunk()],
	server: { fs: { allow: ['data'] } },
	// The islands' dependencies are first met only when a reader wakes them; named here, the dev server
	// bundles them at start instead of reloading the page when they turn up.
	optimizeDeps: { include: ['layercake', 'd3-sankey', 'd3'] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
