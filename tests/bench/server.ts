// Building the site and serving a build the way the end-to-end tests do: `vite preview` started
// from node_modules/.bin (killing an npx wrapper would leave vite running), on a port of our own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The root of the checkout. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The repository's own vite, which the bare page is built and served with too. */
export const VITE_BIN = join(REPO_ROOT, 'node_modules/.bin/vite');

/** Runs `npm run build` in the checkout; throws with the build's output when it fails. */
export function buildSite(): void {
	const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`.trim());
}

/** Runs `vite build` in a project folder (the bare SvelteKit page); throws with its output on failure. */
export function viteBuild(cwd: string): void {
	const result = spawnSync(process.execPath, [VITE_BIN, 'build'], { cwd, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`vite build failed in ${cwd}:\n${result.stderr}`.trim());
}

/** A running preview server: its address and a way to stop it. */
export interface PreviewServer {
	url: string;
	/** Null while it runs; once it has exited, why (its exit code or signal, and what it printed). */
	exited: () => string | null;
	stop: () => Promise<void>;
}

/** Waits until a server answers on `url`, or throws after `timeoutMs`. */
async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the preview server exited (code ${child.exitCode})`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 150));
	}
	throw new Error(`no server answered at ${url} within ${timeoutMs} ms`);
}

/** Serves a project's production build with `vite preview` on `port` (strict: fails if it is taken). */
export async function startPreview(cwd: string, port: number): Promise<PreviewServer> {
	const child = spawn(process.execPath, [VITE_BIN, 'preview', '--port', String(port), '--strictPort'], {
		cwd,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const url = `http://localhost:${port}`;
	try {
		await waitForServer(url, child, 30_000);
	} catch (error) {
		child.kill();
		throw new Error(`${(error as Error).message}${stderr ? `: ${stderr.trim()}` : ''}`, { cause: error });
	}
	return {
		url,
		exited: () =>
			child.exitCode === null && child.signalCode === null
				? null
				: `exit ${child.exitCode ?? child.signalCode}${stderr ? `: ${stderr.trim()}` : ''}`,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}
