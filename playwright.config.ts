import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

// The site is built by `npm test` before this runs: the server only serves build/, it never builds.
// E2E_PORT lets a second checkout run its own server while another one holds 4173.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Two cores: one for the preview server and one or two browsers is as much as the machine takes.
	workers: 2,
	reporter: 'list',
	use: {
		baseURL,
		browserName: 'chromium',
		headless: true,
		viewport: { width: 1280, height: 900 },
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: `node_modules/.bin/vite preview --port ${port} --strictPort`,
		url: baseURL,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
