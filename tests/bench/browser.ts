// Chromium for the benchmark, launched as the end-to-end tests launch it (Debian's binary, the
// flags that work as root with no network).
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';

/** Launches headless Chromium; throws with the way to get one when none is found. */
export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error('no Chromium found: set CHROMIUM_PATH, or install Debian’s chromium package');
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** The viewport the end-to-end tests use. */
export const VIEWPORT = { width: 1280, height: 900 };
