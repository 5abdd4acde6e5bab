// Building the site, and serving a build the way a static host does. The build is copied first: the
// working tree is shared, and a build started by someone else mid-run must not change what is measured.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_MANIFEST, readClientManifest, type ClientManifest } from './firstLoad';

/** The root of the checkout. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The repository's own vite, which the bare page is built with too. */
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

/** A private copy of the site's build: the static files and the client manifest that names its chunks. */
export interface BuildSnapshot {
	/** The static site, as adapter-static wrote it. */
	site: string;
	manifest: ClientManifest;
	remove: () => void;
}

/**
 * Copies build/ and the client manifest. Throws when they do not belong together (every chunk the
 * manifest names must be in the copy), which happens when another build ran at the same moment.
 */
export function snapshotBuild(): BuildSnapshot {
	const dir = mkdtempSync(join(tmpdir(), 'talent-flows-bench-site-'));
	const site = join(dir, 'build');
	cpSync(join(REPO_ROOT, 'build'), site, { recursive: true });
	const manifest = readClientManifest(join(REPO_ROOT, CLIENT_MANIFEST));
	const missing = Object.values(manifest).filter((entry) => !existsSync(join(site, entry.file)));
	const remove = () => rmSync(dir, { recursive: true, force: true });
	if (missing.length > 0) {
		remove();
		throw new Error(
			`build/ lacks ${missing.length} chunk(s) of the manifest (${missing[0]!.file}…): another build ran at the same time; run again`
		);
	}
	return { site, manifest, remove };
}

/** A running server: its address and a way to stop it. */
export interface StaticServer {
	url: string;
	stop: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.ico': 'image/x-icon'
};

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Text is what static hosts compress; images and fonts already are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * Serves a static folder on `port` as static hosts do: `/en/` is `en/index.html`, a folder without
 * its slash is redirected to it, `/about` may be `about.html`, and anything else is 404.html with
 * status 404. Text goes gzipped to a browser that accepts it, as every static host sends it, so that
 * Lighthouse's slow network is fed what a reader's would be; the size measurements compress the files
 * themselves and do not go through here.
 */
export async function serveStatic(root: string, port: number): Promise<StaticServer> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		const local = normalize(join(root, path));
		if (!local.startsWith(normalize(root))) {
			response.writeHead(400).end();
			return;
		}
		const send = (file: string, status = 200) => {
			const headers: Record<string, string> = {
				'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
			};
			let body: Buffer = readFileSync(file);
			if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
				let compressed = gzipped.get(file);
				if (!compressed) gzipped.set(file, (compressed = gzipSync(body, { level: 9 })));
				body = compressed;
				headers['content-encoding'] = 'gzip';
				headers.vary = 'accept-encoding';
			}
			response.writeHead(status, headers);
			response.end(request.method === 'HEAD' ? undefined : body);
		};
		if (path.endsWith('/') && isFile(join(local, 'index.html'))) send(join(local, 'index.html'));
		else if (isFile(local)) send(local);
		else if (isDirectory(local)) response.writeHead(301, { location: `${path}/` }).end();
		else if (isFile(`${local}.html`)) send(`${local}.html`);
		else if (isFile(join(root, '404.html'))) send(join(root, '404.html'), 404);
		else response.writeHead(404).end();
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, 'localhost', () => resolve());
	});
	return {
		url: `http://localhost:${port}`,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
