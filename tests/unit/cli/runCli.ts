import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs one of the project's command-line tools the way `npm run <tool> -- <args>` would (without
 * npm's banner), and writes input files into a temporary folder of its own.
 */
export function cliHarness(script: string) {
	const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
	const cli = join(process.cwd(), script);
	const dir = mkdtempSync(join(tmpdir(), 'cli-'));
	return {
		dir,
		run(...args: string[]) {
			const run = spawnSync(tsx, [cli, ...args], { encoding: 'utf8' });
			return { code: run.status, out: run.stdout + run.stderr, err: run.stderr };
		},
		file(name: string, content: string | Uint8Array): string {
			const path = join(dir, name);
			writeFileSync(path, content);
			return path;
		}
	};
}
