// The yardstick for the JavaScript budget: a SvelteKit page that says one word, built with the
// repository's own svelte, kit, adapter-static and vite (its node_modules, linked), prerendered like
// the site. What it ships is what SvelteKit itself costs; the site may cost at most twice that.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** The packages whose versions decide what the bare page ships. */
const TOOLCHAIN = [
	'svelte',
	'@sveltejs/kit',
	'@sveltejs/adapter-static',
	'@sveltejs/vite-plugin-svelte',
	'vite'
];

/** A short key for this toolchain and this template: a new version of either means a new build. */
function toolchainKey(): string {
	const hash = createHash('sha256');
	for (const name of TOOLCHAIN) {
		const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8'));
		hash.update(`${name}@${manifest.version}\n`);
	}
	hash.update(JSON.stringify(FILES));
	return hash.digest('hex').slice(0, 12);
}

/** A built bare page: the project folder and its static output. */
export interface BarePage {
	root: string;
	/** adapter-static's output, ready to serve. */
	build: string;
	/** How long the build took, or 0 when an earlier build for the same toolchain was reused. */
	buildMs: number;
}

/**
 * Builds the bare page in a temporary folder. With `reuse`, an earlier build for the same
 * toolchain is kept (the size test uses this; the benchmark always builds afresh). The build is made
 * beside its final place and moved there, so two runs at once never see half a build.
 */
export function buildBarePage({ reuse }: { reuse: boolean }): BarePage {
	const root = join(tmpdir(), `talent-flows-bare-page-${toolchainKey()}`);
	const build = join(root, 'build');
	if (reuse && existsSync(join(build, 'index.html'))) return { root, build, buildMs: 0 };

	const staging = `${root}.${process.pid}.${Date.now()}`;
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(staging, path)), { recursive: true });
		writeFileSync(join(staging, path), text + '\n');
	}
	symlinkSync(join(REPO_ROOT, 'node_modules'), join(staging, 'node_modules'), 'dir');
	const started = performance.now();
	try {
		viteBuild(staging);
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	}
	const buildMs = performance.now() - started;
	rmSync(root, { recursive: true, force: true });
	renameSync(staging, root);
	return { root, build, buildMs };
}
