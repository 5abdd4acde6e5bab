import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locales';
import { renderInPage } from './renderInPage';

// The error page reads the failure from SvelteKit's page state (a stand-in holds it), and the
// language from the root layout's context.
const state = vi.hoisted(() => ({ page: { status: 500, error: null as App.Error | null } }));
vi.mock('$app/state', () => state);

const ErrorPage = (await import('../../../src/routes/+error.svelte')).default;

function renderError(locale: Locale, status: number, error: App.Error) {
	state.page = { status, error };
	return renderInPage(ErrorPage, {}, { locale });
}

const unreadable: App.Error = {
	message: '/data/talent.json: 404 Not Found',
	unavailable: { path: '/data/talent.json', status: 404, statusText: 'Not Found' }
};

describe('the error page', () => {
	it('says in the reader’s language that the page’s data could not be read', () => {
		expect(renderError('fr', 500, unreadable)).toContain(
			'Impossible de lire /data/talent.json (erreur 404).'
		);
		expect(renderError('en', 500, unreadable)).toContain(
			'Could not read /data/talent.json (error 404, Not Found).'
		);
	});

	it('shows any other error by its message, and a missing page in words', () => {
		expect(renderError('fr', 500, { message: 'Internal Error' })).toContain('Internal Error');
		expect(renderError('fr', 404, { message: 'Not Found' })).toContain(
			'Il n’y a pas de page à cette adresse.'
		);
	});
});
