import { provenanceDocument, provenanceToJson } from '$lib/provenance/prov';
import { dataset } from '$lib/server/content';

export const prerender = true;

/**
 * Which source each fact of the article's dataset was derived from, as W3C PROV-JSON. Addresses are
 * relative to this file, as the site's own address is unknown at build time.
 */
export function GET() {
	return new Response(
		provenanceToJson(provenanceDocument(dataset, { self: 'provenance.json', page: '../' })),
		{
			headers: { 'content-type': 'application/json; charset=utf-8' }
		}
	);
}
