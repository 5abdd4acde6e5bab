// The dashboard's own data, read and checked once at build time. A problem here is a bug in the
// committed data, so it stops the build with every problem listed rather than shipping a broken page.
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import { englishLines } from '../problems/english';
import type { Checked } from '../validation/problems';
import { validateArticle, validateDataset } from '../validation/validateDataset';
import type { Article } from '../schema/article';
import type { Dataset } from '../schema/dataset';

function orThrow<T>(what: string, result: Checked<T>): T {
	if (result.ok) return result.value;
	throw new Error(`${what} is invalid:\n${englishLines(result.problems).join('\n')}`);
}

/** The article, split into sentences. */
export const article: Article = orThrow('data/article.json', validateArticle(articleJson));

/** The dataset, with every quote checked against the article. */
export const dataset: Dataset = orThrow('data/talent.json', validateDataset(talentJson, article));
