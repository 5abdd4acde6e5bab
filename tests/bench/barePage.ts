// The yardstick for the JavaScript budget: a SvelteKit page that says one word, built with the
// repository's own svelte, kit, adapter-static and vite (its node_modules, linked), prerendered like
// the site. What it ships is what SvelteKit itself costs; the site may cost at most twice that.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT, viteBuild } from './server';

/** The whole bare project, file by file. */
const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'bare-sveltekit-page', private: true, type: 'module' }),
	'svelte.config.js': [
		"import adapter from '@sveltejs/adapter-static';",
		'export default { kit: { adapter: adapter() } };'
	].join('\n'),
	'vite.config.js': [
		"import { sveltekit } from '@sveltejs/kit/vite';",
		'export default { plugins: [sveltekit()] };'
	].join('\n'),
	'src/app.html': [
		'<!doctype html>',
		'<html lang="en">',
		'<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />%sveltekit.head%</head>',
		'<body><div style="display: contents">%sveltekit.body%</div></body>',
		'</html>'
	].join('\n'),
	'src/routes/+layout.js': 'export const prerender = true;',
	'src/routes/+page.svelte': '<h1>Hello</h1>'
};

/** A built bare page: the project folder, its static output, and how long the build took. */
export interface BarePage {
	root: string;
	/** adapter-static's output, ready to serve. */
	build: string;
	buildMs: number;
	remove: () => void;
}

/** Builds the bare page afresh in a temporary folder (which `remove` deletes). */
export function buildBarePage(): BarePage {
	const root = mkdtempSync(join(tmpdir(), 'talent-flows-bare-page-'));
	const remove = () => rmSync(root, { recursive: true, force: true });
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text + '\n');
	}
	symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
	const started = performance.now();
	try {
		viteBuild(root);
	} catch (error) {
		remove();
		throw error;
	}
	return { root, build: join(root, 'build'), buildMs: performance.now() - started, remove };
}
