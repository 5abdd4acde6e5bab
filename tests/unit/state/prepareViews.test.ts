import { beforeAll, describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import type { Article } from '../../../src/lib/schema/article';
import type { Dataset } from '../../../src/lib/schema/dataset';
import { en } from '../../../src/lib/i18n/en';
import { runWhenIdle } from '../../../src/lib/browser/idleWork';
import {
	prepareFilterViews,
	prepareStoryViews,
	PREPARE_FILTERS_FROM
} from '../../../src/lib/state/prepareViews';
import { buildCompanyIndex, filterByCompanies, LISTED_FIRST } from '../../../src/lib/transforms/filter';
import { careersCsv, datasetOf } from '../../bench/benchData';

const context = { article: articleJson as Article, locale: 'en' as const, m: en };

/** How many steps of each name have been measured so far ("prepare: …"). */
function measured(name: string): number {
	return performance.getEntriesByName(`prepare: ${name}`).length;
}

/** Each listed organization alone: the filters a reader of the import is likely to choose first. */
function listedChoices(dataset: Dataset): string[][] {
	return buildCompanyIndex(dataset)
		.choices.slice(0, LISTED_FIRST)
		.map((c) => [c.id]);
}

describe('runWhenIdle', () => {
	/** Five steps, each written down as it runs. */
	function* fiveSteps(done: number[]) {
		for (let i = 0; i < 5; i++) {
			done.push(i);
			yield;
		}
	}

	it('runs every step of the work, then settles', async () => {
		const done: number[] = [];
		await runWhenIdle(fiveSteps(done), () => false);
		expect(done).toEqual([0, 1, 2, 3, 4]);
	});

	it('ends the work when a step throws, and says why', async () => {
		function* failing() {
			yield;
			throw new Error('a step failed');
		}
		await expect(runWhenIdle(failing(), () => false)).rejects.toThrow('a step failed');
	});

	it('stops between steps as soon as it is told to', async () => {
		const done: number[] = [];
		await runWhenIdle(fiveSteps(done), () => done.length >= 2);
		expect(done).toEqual([0, 1]);
	});
});

describe('prepareFilterViews', () => {
	let large: Dataset;
	beforeAll(() => {
		large = datasetOf(careersCsv(3_000), 'careers.csv');
	});

	it('is tried on an import large enough to need it', () => {
		expect(large.moves.length).toBeGreaterThan(PREPARE_FILTERS_FROM);
	});

	// Steps are paced by timers outside a browser: the whole preparation takes a couple of seconds.
	it(
		'makes the part and views of each organization the filter lists first, which the page then finds',
		{ timeout: 20_000 },
		async () => {
			const choices = listedChoices(large);
			const graphs = measured('flow graph');
			const parts = await prepareFilterViews(large, choices, context, () => true);

			expect(parts).toHaveLength(LISTED_FIRST);
			expect(measured('flow graph') - graphs).toBe(LISTED_FIRST);
			const index = buildCompanyIndex(large);
			choices.forEach((companies, i) => {
				// What the page asks when the reader chooses the organization: the very same part…
				const part = filterByCompanies(large, index, companies);
				expect(part).toBe(parts[i]);
				// …whose moves all leave or join it.
				expect(part.moves.every((m) => m.from === companies[0] || m.to === companies[0])).toBe(true);
			});
		}
	);

	it('stops once the page shows another dataset', async () => {
		const another = datasetOf(careersCsv(3_000), 'again.csv');
		let asked = 0;
		const parts = await prepareFilterViews(another, listedChoices(another), context, () => ++asked <= 3);
		expect(parts.length).toBeGreaterThan(0);
		expect(parts.length).toBeLessThan(LISTED_FIRST);
	});

	it('leaves a small dataset alone: its filters answer at once', async () => {
		const small = datasetOf(careersCsv(100), 'small.csv');
		expect(small.moves.length).toBeLessThan(PREPARE_FILTERS_FROM);
		expect(await prepareFilterViews(small, listedChoices(small), context, () => true)).toEqual([]);
	});
});

describe('prepareStoryViews', () => {
	it('goes on, once the import is shown, with the filters it lists first', { timeout: 30_000 }, async () => {
		const dataset = datasetOf(careersCsv(3_000), 'shown.csv');
		const parts = measured('filter: part');
		await prepareStoryViews(dataset, context, () => true);
		await expect.poll(() => measured('filter: part') - parts, { timeout: 20_000 }).toBe(LISTED_FIRST);
	});
});
