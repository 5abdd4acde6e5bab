import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/lib/i18n/messages';
import { loadStory } from '../../src/lib/loadStory';

/** A fetch that serves the article but answers 404 for the dataset. */
const withoutDataset = (async (path: string) =>
	path.endsWith('talent.json')
		? new Response('', { status: 404, statusText: 'Not Found' })
		: new Response('{}', { status: 200 })) as typeof fetch;

describe('loadStory', () => {
	it('fails on a data file it cannot read with a problem the error page words in the reader’s language', async () => {
		const failure = await loadStory(withoutDataset).then(
			() => null,
			(error: unknown) => error
		);
		if (!isHttpError(failure)) return expect.fail(`expected an HTTP error, got ${String(failure)}`);
		expect(failure.status).toBe(500);
		const unavailable = failure.body.unavailable!;
		expect(unavailable).toEqual({ path: '/data/talent.json', status: 404, statusText: 'Not Found' });
		expect(failure.body.message).toBe('/data/talent.json: 404 Not Found');
		const say = (locale: 'en' | 'fr') =>
			messagesFor(locale).errorDataUnavailable(unavailable.path, unavailable.status, unavailable.statusText);
		expect(say('en')).toBe('Could not read /data/talent.json (error 404, Not Found).');
		expect(say('fr')).toBe('Impossible de lire /data/talent.json (erreur 404).');
	});
});
