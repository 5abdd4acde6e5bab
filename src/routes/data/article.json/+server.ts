import { article } from '$lib/server/content';

export const prerender = true;

/** The article's text, split into the sentences that facts point at. */
export function GET() {
	return new Response(JSON.stringify(article, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
