import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { chartsAreLive } from './story';
import type { Article } from '../../src/lib/schema/article';
import { validateArticle, validateDataset } from '../../src/lib/validation/validateDataset';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The site's own article, fetched and checked, for checking the dataset's quotes against. */
async function fetchArticle(request: APIRequestContext): Promise<Article> {
	const response = await request.get('/data/article.json');
	expect(response.ok()).toBe(true);
	const checked = validateArticle(await response.json());
	if (!checked.ok) throw new Error(`the served article is not valid: ${JSON.stringify(checked.problems)}`);
	return checked.value;
}

test('/data/talent.json is served as JSON and is a valid dataset', async ({ request }) => {
	const article = await fetchArticle(request);
	const response = await request.get('/data/talent.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	const result = validateDataset(await response.json(), article);
	expect(result.ok ? [] : result.problems).toEqual([]);
});

test('/data/talent.schema.json is a JSON Schema describing moves', async ({ request }) => {
	const response = await request.get('/data/talent.schema.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/json/);
	const schema = await response.json();
	expect(schema).toHaveProperty('$schema');
	expect(schema).toHaveProperty(['properties', 'moves']);
});

test('the plain link to /data/talent.json downloads talent.json, a valid dataset', async ({
	page,
	request
}, testInfo) => {
	const article = await fetchArticle(request);
	await page.goto('/en/');
	// Once the page has settled: while the islands wake, the link may still move under a click aimed
	// at it. The article's tables above it are laid out with the page, so they move nothing.
	await chartsAreLive(page);
	const takeTheData = page.getByRole('region', { name: 'Take the data' });

	const downloading = page.waitForEvent('download');
	await takeTheData.getByRole('link', { name: '/data/talent.json' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('talent.json');

	const file = testInfo.outputPath('talent.json');
	await download.saveAs(file);
	const result = validateDataset(JSON.parse(await readFile(file, 'utf8')), article);
	expect(result.ok ? [] : result.problems).toEqual([]);

	// The command-line validator accepts the very same file (execFileSync throws on a non-zero exit).
	const output = execFileSync('npm', ['run', '-s', 'validate', '--', file], {
		cwd: repoRoot,
		encoding: 'utf8'
	});
	expect(output).toContain('a valid dataset');
});
