// A chart that throws while drawing, inside the whole page: only that chart gives way to a message.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import StoryPage from '../../../src/lib/components/StoryPage.svelte';
import { loadLazyViews } from '../../../src/lib/core/lazyViews.svelte';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { renderInPage } from './renderInPage';

// The timeline stands in for any chart that meets data it cannot draw.
vi.mock('../../../src/lib/components/charts/Timeline.svelte', async () => ({
	default: (await import('./Throws.svelte')).default
}));

function renderPage(locale: 'en' | 'fr') {
	const props = { article: articleJson as Article, dataset: talentJson as Dataset };
	return renderInPage(StoryPage, props, { locale, catchErrors: true });
}

describe('StoryPage with a chart that throws', () => {
	// The server draws the charts in full: their views are loaded before it renders.
	beforeAll(async () => {
		await loadLazyViews();
	});

	it.each([
		{
			locale: 'en' as const,
			said: 'Something went wrong while showing the timeline.',
			table: 'The moves, as a table'
		},
		{
			locale: 'fr' as const,
			said: 'Impossible d’afficher la chronologie\u00a0: une erreur est survenue.',
			table: 'Les mouvements, en tableau'
		}
	])(
		'in $locale, says the timeline failed and keeps the article, the flow diagram and the tables',
		({ locale, said, table }) => {
			const html = renderPage(locale);
			expect(html).toContain(said);
			expect(html.match(/role="alert"/g)).toHaveLength(1);
			expect(html).toContain('<article class="article" lang="fr"');
			expect(html).toContain('class="chart flow-chart"');
			expect(html).toMatch(new RegExp(`<h2 id="moves-heading"[^>]*>${table}</h2>`));
			expect(html).toContain('<tr id="fact-');
			// With the article's own data shown, the way back leads to the same moves as a table.
			expect(html).toContain('<a href="#moves-heading">');
		}
	);
});
