import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const views = [
	{ name: 'en-1280x900.png', width: 1280, height: 900 },
	{ name: 'en-375x800.png', width: 375, height: 800 }
];

for (const view of views) {
	test(`a full-page screenshot of /en/ at ${view.width}×${view.height} is kept`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width: view.width, height: view.height });
		await page.goto('/en/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const path = join(testInfo.project.outputDir, 'screenshots', view.name);
		await page.screenshot({ path, fullPage: true });
		await testInfo.attach(view.name, { path, contentType: 'image/png' });
		expect((await stat(path)).size).toBeGreaterThan(0);
	});
}
