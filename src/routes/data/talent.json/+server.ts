import { dataset } from '$lib/server/content';

export const prerender = true;

/** The whole dataset at a stable address, so it downloads without JavaScript. */
export function GET() {
	return new Response(JSON.stringify(dataset, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
