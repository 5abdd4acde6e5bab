// Provenance that other tools read: the evidence as W3C Web Annotations, where facts come from as
// W3C PROV-JSON, and the article's claims as schema.org ClaimReview markup in the page's head,
// which must parse and must not trip the page's strict Content Security Policy.
import { expect, test, type Page } from '@playwright/test';
import { dataRegions, downloadBy, fixture, importedData, importThroughDialog } from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { openStory } from './story';
import { provProblems } from '../unit/provenance/provJsonShape';

/**
 * Starts recording the Content Security Policy violations the browser reports on a page (the
 * `securitypolicyviolation` event), from before its first script runs; read them with `violations`.
 */
async function recordCspViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`)
		);
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** The JSON-LD blocks of the page, parsed. */
const jsonLd = (page: Page) =>
	page
		.locator('script[type="application/ld+json"]')
		.evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '')));

for (const path of ['/', '/en/', '/fr/']) {
	test(`${path} carries the article’s claims as JSON-LD that parses, and the browser reports no CSP violation`, async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		await recordCspViolations(page);
		await openStory(page, path);

		// The policy is the strict one: no inline script without its hash.
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/script-src 'self'/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

		const [markup, ...more] = await jsonLd(page);
		expect(more).toEqual([]);
		expect(markup['@context']).toBe('https://schema.org');
		const ratings = markup['@graph']
			.filter((node: { '@type': string }) => node['@type'] === 'ClaimReview')
			.map((review: { url: string; reviewRating: { alternateName: string } }) => [
				review.url,
				review.reviewRating.alternateName
			]);
		expect(ratings).toEqual([
			['#fact-meta-ai-staff-exodus', 'unverified'],
			['#fact-event-recent-departures', 'stated']
		]);
		// Each review's address is a fact's row on the page.
		await expect(page.locator('#fact-meta-ai-staff-exodus')).toHaveCount(1);
		await expect(page.locator('#fact-event-recent-departures')).toHaveCount(1);

		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('the CSP check can fail: an inline script added to the page is blocked and reported', async ({
	page
}) => {
	await recordCspViolations(page);
	await openStory(page, '/en/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.ran = true';
		document.body.append(script);
	});
	await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem: inline/)]);
	expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
});

test('/data/annotations.jsonld is a Web Annotation collection, served as JSON-LD, whose quotes are the article’s words', async ({
	request
}) => {
	const response = await request.get('/data/annotations.jsonld');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^application\/ld\+json/);
	const collection = await response.json();
	expect(collection).toMatchObject({
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		type: 'AnnotationCollection',
		first: { type: 'AnnotationPage' }
	});
	expect(collection.total).toBe(collection.first.items.length);
	const article = await (await request.get('/data/article.json')).json();
	const sentences = article.blocks.flatMap((b: { sentences: { text: string }[] }) =>
		b.sentences.map((s) => s.text)
	);
	const quotes = collection.first.items.filter((a: { target: { selector?: object } }) => a.target.selector);
	expect(quotes.length).toBeGreaterThan(40);
	for (const { target } of quotes)
		expect(sentences.some((s: string) => s.includes(target.selector.exact))).toBe(true);
});

test('/data/provenance.json is PROV-JSON: the submission’s shape, every prefix declared, no relation to a missing record', async ({
	request
}) => {
	const response = await request.get('/data/provenance.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	const document = await response.json();
	expect(provProblems(document)).toEqual([]);
	expect(Object.keys(document.entity)).toContain('fact:meta-ai-staff-exodus');
});

test('filtered on Yutori with other reporting, the view’s annotations and provenance download, and link back to this view', async ({
	page
}, testInfo) => {
	const errors = recordPageErrors(page);
	await openStory(page, '/en/?company=yutori&later=1');
	const { takeTheData } = dataRegions(page);

	const annotations = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download this view’s evidence as Web Annotations (JSON-LD)' }),
		testInfo
	);
	expect(annotations.name).toBe('talent-flows-annotations-yutori.jsonld');
	const collection = JSON.parse(annotations.bytes.toString('utf8'));
	expect(collection.type).toBe('AnnotationCollection');
	const links: string[] = collection.first.items.map(
		(a: { body: { purpose: string; source?: string }[] }) =>
			a.body.find((b) => b.purpose === 'linking')!.source
	);
	const { origin } = new URL(page.url());
	expect(new Set(links)).toContain(`${origin}/en/?company=yutori&later=1#fact-move-das-yutori`);
	// Only the view's facts: nothing about the moves to Meijer's startups.
	expect(links.filter((link) => /meijer/.test(link))).toEqual([]);

	const provenance = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download this view’s provenance (PROV-JSON)' }),
		testInfo
	);
	expect(provenance.name).toBe('talent-flows-provenance-yutori.json');
	const document = JSON.parse(provenance.bytes.toString('utf8'));
	expect(provProblems(document)).toEqual([]);
	expect(document.prefix.fact).toBe(`${origin}/en/?company=yutori&later=1#fact-`);
	expect(Object.keys(document.entity)).toEqual(
		expect.arrayContaining(['fact:move-parikh-yutori', 'fact:move-das-yutori', 'tf:source-focal-das-2025'])
	);
	await expect(takeTheData.getByRole('alert')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('in French, the provenance downloads and links are in French', async ({ page }, testInfo) => {
	await openStory(page, '/fr/');
	const takeTheData = page.getByRole('region', { name: 'Emporter les données' });
	await expect(
		takeTheData.getByRole('link', { name: 'Les sources de chaque fait, en annotations Web du W3C (JSON-LD)' })
	).toHaveAttribute('href', '/data/annotations.jsonld');
	await expect(
		takeTheData.getByRole('link', { name: 'D’où vient chaque fait, en PROV du W3C (JSON)' })
	).toHaveAttribute('href', '/data/provenance.json');
	const annotations = await downloadBy(
		page,
		takeTheData.getByRole('button', {
			name: 'Télécharger les sources de cette vue en annotations Web (JSON-LD)'
		}),
		testInfo
	);
	const collection = JSON.parse(annotations.bytes.toString('utf8'));
	// The facts are described in the page's language; the quotes stay the article's.
	expect(collection.first.items[0].body[0]).toMatchObject({ purpose: 'describing', language: 'fr' });
	await expect(
		takeTheData.getByRole('button', { name: 'Télécharger la provenance de cette vue (PROV-JSON)' })
	).toBeVisible();
});

test('for an imported file, the view’s provenance says which file and rows each move came from', async ({
	page
}, testInfo) => {
	await openStory(page, '/en/');
	const dialog = await importThroughDialog(page, fixture('moves.csv'));
	await dialog.getByRole('button', { name: 'Use these 4 moves' }).click();
	await expect(dialog).toBeHidden();
	const { takeTheData, dataShown } = dataRegions(page);
	await expect(dataShown).toContainText(importedData('moves.csv', 4));
	// A file of moves quotes no article: there is nothing to annotate on it.
	await expect(takeTheData.getByRole('button', { name: /Web Annotations/ })).toHaveCount(0);

	const provenance = await downloadBy(
		page,
		takeTheData.getByRole('button', { name: 'Download this view’s provenance (PROV-JSON)' }),
		testInfo
	);
	const document = JSON.parse(provenance.bytes.toString('utf8'));
	expect(provProblems(document)).toEqual([]);
	expect(document.entity['tf:source-import']).toMatchObject({ 'prov:label': 'moves.csv' });
	const rows = Object.values(document.wasDerivedFrom as Record<string, Record<string, unknown>>)
		.filter((d) => String(d['prov:generatedEntity']).startsWith('fact:move-'))
		.map((d) => d['tf:row']);
	expect(rows.sort()).toEqual([2, 3, 4, 5]);
});
