import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import articleJson from '../../../data/article.json';
import talentJson from '../../../data/talent.json';
import { articleJsonSchema, datasetJsonSchema } from '../../../src/lib/schema/jsonSchema';

function compile(schema: object) {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	return ajv.compile(schema);
}

describe('the JSON Schema generated from the zod schemas', () => {
	it('names its draft and describes every part of a dataset', () => {
		const schema = datasetJsonSchema();
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(Object.keys(schema.properties ?? {}).sort()).toEqual(
			[
				'aggregates',
				'events',
				'moves',
				'organizations',
				'people',
				'reasons',
				'schemaVersion',
				'sources',
				'title',
				'trends'
			].sort()
		);
	});

	it('accepts the committed dataset, as a third-party validator reads it', () => {
		const validate = compile(datasetJsonSchema());
		expect(validate(talentJson), JSON.stringify(validate.errors)).toBe(true);
	});

	it('rejects what zod rejects in shape: an unknown field, a bad date, a missing quote', () => {
		const validate = compile(datasetJsonSchema());
		const broken = structuredClone(talentJson) as any;
		broken.trends[0].colour = 'red';
		broken.moves[3].date.start = 'March 2024';
		delete broken.people[0].evidence[0].quote;
		expect(validate(broken)).toBe(false);
		const paths = validate.errors!.map((e) => e.instancePath);
		expect(paths).toContain('/trends/0');
		expect(paths).toContain('/moves/3/date/start');
		expect(paths).toContain('/people/0/evidence/0');
	});

	it('describes the article format too, and accepts data/article.json', () => {
		const validate = compile(articleJsonSchema());
		expect(validate(articleJson), JSON.stringify(validate.errors)).toBe(true);
	});
});
