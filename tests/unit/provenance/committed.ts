// The committed article and dataset, checked as the build checks them, for the provenance tests.
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import { validateArticle, validateDataset } from '../../../src/lib/validation/validateDataset';

const parsedArticle = validateArticle(articleJson);
if (!parsedArticle.ok) throw new Error('data/article.json is invalid');
const parsedDataset = validateDataset(talentJson, parsedArticle.value);
if (!parsedDataset.ok) throw new Error('data/talent.json is invalid');

export const article = parsedArticle.value;
export const dataset = parsedDataset.value;
