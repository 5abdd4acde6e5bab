import { z } from './zod';
import { Dataset } from './dataset';
import { Article } from './article';

/** The JSON Schema of the dataset format, generated from the zod schemas so the two cannot drift. */
export function datasetJsonSchema() {
	return {
		...z.toJSONSchema(Dataset, { target: 'draft-2020-12', io: 'input' }),
		title: 'Talent Flows dataset',
		description:
			'AI talent movement as source-linked facts. Every fact carries evidence: a verbatim quote from an article, a graded claim of other reporting, or a row of an imported file.'
	};
}

/** The JSON Schema of the article format. */
export function articleJsonSchema() {
	return {
		...z.toJSONSchema(Article, { target: 'draft-2020-12', io: 'input' }),
		title: 'Talent Flows article'
	};
}
