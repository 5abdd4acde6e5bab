import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { islands } from './src/lib/islands/vitePlugin.ts';

export default defineConfig({
	plugins: [islands(), sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
