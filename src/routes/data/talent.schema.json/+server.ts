import { datasetJsonSchema } from '$lib/schema/jsonSchema';

export const prerender = true;

/** The dataset's JSON Schema, generated from the zod schemas at build time. */
export function GET() {
	return new Response(JSON.stringify(datasetJsonSchema(), null, '\t') + '\n', {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' }
	});
}
