// Where to find a Chromium for Playwright on a machine where `npx playwright install` cannot download one.
import { existsSync } from 'node:fs';

/** Environment variables that may name a Chromium binary, in the order they are trusted. */
export const CHROMIUM_ENV_VARS = [
	'CHROMIUM_PATH',
	'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH',
	'CHROME_PATH'
] as const;

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags that let Chromium run as root in a container with no network: without the background-networking
 * ones it floods the closed network with refused connections.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** The path of a Chromium binary that exists: the first environment variable that names one, else Debian's. */
export function findChromium(): string | undefined {
	for (const name of CHROMIUM_ENV_VARS) {
		const path = process.env[name];
		if (path && existsSync(path)) return path;
	}
	return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}
