import { beforeAll, describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import { loadLazyViews } from '../../../src/lib/core/lazyViews.svelte';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { DashboardState, TABLES_LAY_OUT_LATE_ABOVE } from '../../../src/lib/state/dashboard.svelte';
import { move } from '../core/testMoves';
import { datasetOf } from '../core/viewsOf';

const article = articleJson as unknown as Article;

/** The dashboard of a dataset as the page makes it, at an address. */
function dashboardAt(query: string, dataset: Dataset = talentJson as Dataset) {
	return new DashboardState(() => ({ article, dataset, query, locale: 'en' }));
}

const careers = datasetOf([
	move('ann', 'google', 'meta', '2020-01-10'),
	move('ann', 'meta', 'openai', '2022-06-01'),
	move('bob', 'openai', 'meta', '2021-03'),
	move('cy', 'meta', 'google', '2021-05-05')
]);

describe('DashboardState', () => {
	beforeAll(async () => {
		await loadLazyViews();
	});

	it('lays the tables out with the page for a dataset as small as the article, and near the screen only above 1,000 moves', () => {
		expect(dashboardAt('').tablesLayOutLate).toBe(false);
		const many = (count: number) =>
			datasetOf(Array.from({ length: count }, (_, i) => move(`p${i}`, 'google', 'meta', '2020-01-10')));
		expect(dashboardAt('', many(TABLES_LAY_OUT_LATE_ABOVE)).tablesLayOutLate).toBe(false);
		expect(dashboardAt('', many(TABLES_LAY_OUT_LATE_ABOVE + 1)).tablesLayOutLate).toBe(true);
	});

	it('shows no balance until an organization is chosen', () => {
		expect(dashboardAt('').chosen?.balance).toBeNull();
		expect(dashboardAt('?company=meta&later=1').chosen?.balance).toMatchObject({
			arrivals: 0,
			departures: 3,
			net: -3
		});
	});

	it('counts each of the three departures once, with or without what other reporting adds', () => {
		for (const query of ['', '?later=1']) {
			const d = dashboardAt(query);
			expect([d.shownCount, d.totalCount]).toEqual([3, 3]);
		}
		const destinations = (query: string) =>
			[...dashboardAt(query).rows].map((row) => dashboardAt(query).dataset.moves[row]!.to);
		expect(destinations('')).toEqual(['meijer-startup', 'undisclosed', 'undisclosed']);
		expect(destinations('?later=1')).toEqual(['automind', 'yutori', 'yutori']);
	});

	it('says retention cannot be told from the article’s moves, and tells it from a career file’s', () => {
		const onArticle = dashboardAt('?company=meta').chosen;
		expect(onArticle?.retentionAvailability).toBe('no-stays');
		expect(onArticle?.retention).toBeNull();
		const onCareers = dashboardAt('?company=meta', careers).chosen;
		expect(onCareers?.retention?.cohorts.map((c) => [c.year, c.joined])).toEqual([
			[2020, 1],
			[2021, 1]
		]);
	});

	it('lists in the table the moves behind the number the address names, and every move without one', () => {
		const behind = (query: string) => {
			const d = dashboardAt(query, careers);
			return [...d.chosen!.tableRows].map((row) => careers.moves[row]!.person);
		};
		expect(behind('?company=meta')).toEqual(['ann', 'ann', 'bob', 'cy']);
		expect(behind('?company=meta&moves=departures')).toEqual(['ann', 'cy']);
		expect(behind('?company=meta&moves=from:openai')).toEqual(['bob']);
		expect(behind('?company=meta&moves=net@2021')).toEqual(['bob', 'cy']);
	});

	it('says when ?moves= names nothing the balance has, and lists every move then', () => {
		const d = dashboardAt('?company=meta&moves=from:meta', careers);
		expect(d.chosen?.notices).toEqual([{ kind: 'bad-value', parameter: 'moves', value: 'from:meta' }]);
		expect(d.chosen?.tableRows).toEqual(d.rows);
	});

	it('draws the career path of the person chosen', () => {
		const d = dashboardAt('?person=ann', careers);
		expect(
			d.chosen?.career?.runs.map((run) => run.map((p) => d.store.organizationIds[p.organization]))
		).toEqual([['google', 'meta', 'openai']]);
		expect(dashboardAt('', careers).chosen?.career).toBeNull();
	});
});
