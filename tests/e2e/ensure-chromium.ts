// Runs before Playwright (`npm run test:e2e`): makes sure a Chromium is there, installing Debian's when it
// can, and otherwise says in one plain line what to do. Never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM_ENV_VARS, findChromium } from './chromium';

/** Whether a command is on the PATH. */
function onPath(command: string): boolean {
	return (process.env.PATH ?? '')
		.split(delimiter)
		.some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** Runs a command with its output shown, and says whether it succeeded. */
function run(command: string, args: string[]): boolean {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit' });
	return result.status === 0;
}

/** Installs Debian's Chromium when this process may do so; false when it may not or the install failed. */
function tryInstall(): boolean {
	const isRoot = process.getuid?.() === 0;
	if (!isRoot || !existsSync('/etc/debian_version') || !onPath('apt-get')) return false;
	console.log('No Chromium found; installing Debian’s chromium package.');
	return run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
}

function main(): number {
	for (const name of CHROMIUM_ENV_VARS) {
		const path = process.env[name];
		if (path && !existsSync(path))
			console.warn(`note: ${name} is set to ${path}, but there is no file there.`);
	}

	let chromium = findChromium();
	if (!chromium && tryInstall()) chromium = findChromium();
	if (chromium) {
		console.log(`Chromium for the browser tests: ${chromium}`);
		return 0;
	}

	console.error('No Chromium found for the browser tests. Install it with:');
	console.error('  sudo apt-get install -y chromium');
	console.error('or point to one you have with: CHROMIUM_PATH=/path/to/chromium npm run test:e2e');
	return 1;
}

try {
	process.exitCode = main();
} catch (error) {
	console.error(`Could not look for Chromium: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
