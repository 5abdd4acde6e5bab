import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Article } from './schema/article';
import type { Dataset } from './schema/dataset';
import { loadLazyViews } from './core/lazyViews.svelte';

/**
 * The article and its dataset, read from the files the build writes at /data/ (checked there with
 * zod, from data/). A prerendered page carries these responses inline, so the browser reads them from
 * the page rather than the network, and needs no code to decode server data.
 */
export async function loadStory(
	fetch: typeof globalThis.fetch
): Promise<{ article: Article; dataset: Dataset }> {
	const [article, dataset] = await Promise.all([
		readJson<Article>(fetch, resolve('/data/article.json')),
		readJson<Dataset>(fetch, resolve('/data/talent.json'))
	]);
	// In the browser the page then hydrates in a task of its own: reading the data and hydrating in
	// one task would hold a slow phone's main thread for longer than a tap should wait.
	if (browser) await new Promise((resolve) => setTimeout(resolve, 0));
	// The server draws the charts in full; the browser loads their views with their code.
	else await loadLazyViews();
	return { article, dataset };
}

async function readJson<T>(fetch: typeof globalThis.fetch, path: string): Promise<T> {
	const response = await fetch(path);
	if (!response.ok) {
		// The error page says this in the reader's language from `unavailable`; the message is for
		// logs (the English catalog is not loaded on a French page just for it).
		const { status, statusText } = response;
		error(500, { message: `${path}: ${status} ${statusText}`, unavailable: { path, status, statusText } });
	}
	return (await response.json()) as T;
}
