import { en } from '$lib/i18n/en';
import { ANNOTATION_MEDIA_TYPE, annotationCollection, annotationsToJson } from '$lib/provenance/annotations';
import { article, dataset } from '$lib/server/content';

export const prerender = true;

/**
 * The article's evidence as a W3C Web Annotation collection. The site's own address is unknown at
 * build time, so addresses are relative to this file: its own name, and the dashboard one folder up.
 */
export function GET() {
	const collection = annotationCollection(dataset, article, {
		self: 'annotations.jsonld',
		page: '../',
		locale: 'en',
		m: en
	});
	return new Response(annotationsToJson(collection), {
		headers: { 'content-type': `${ANNOTATION_MEDIA_TYPE}; charset=utf-8` }
	});
}
