import type { ComponentProps } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locales';
import { messagesFor } from '../../../src/lib/i18n/messages';
import BoundaryHarness from './BoundaryHarness.svelte';
import { renderInPage } from './renderInPage';

/**
 * Renders a view inside its boundary on the server, in a language (English unless told). Svelte's
 * server renderer lets a boundary catch only when told to; in the browser, boundaries catch by themselves.
 */
function renderBoundary(props: ComponentProps<typeof BoundaryHarness>, locale: Locale = 'en') {
	return renderInPage(BoundaryHarness, props, { locale, catchErrors: true });
}

describe('ViewBoundary', () => {
	it('draws the view as is when it does not throw', () => {
		const m = messagesFor('en');
		const html = renderBoundary({ throws: false, boundary: { view: m.viewTimeline } });
		expect(html).toContain('<p class="drawn">drawn</p>');
		expect(html).not.toContain('role="alert"');
	});

	it.each([
		{
			locale: 'en' as const,
			said: 'Something went wrong while showing the timeline. The rest of the page still works, and your data is unchanged.',
			retry: 'Try again'
		},
		{
			locale: 'fr' as const,
			said: 'Impossible d’afficher la chronologie\u00a0: une erreur est survenue. Le reste de la page fonctionne toujours, et vos données sont inchangées.',
			retry: 'Réessayer'
		}
	])(
		'says which view failed in $locale, offers to try again and a way back, and keeps the rest of the page',
		({ locale, said, retry }) => {
			const m = messagesFor(locale);
			const html = renderBoundary(
				{
					throws: true,
					boundary: { view: m.viewTimeline, back: { label: m.viewSeeTable, href: '#moves-heading' } }
				},
				locale
			);
			expect(html).toContain('role="alert"');
			expect(html).toContain(said);
			expect(html).toContain(`<button type="button">${retry}</button>`);
			expect(html).toContain(`<a href="#moves-heading">${m.viewSeeTable}</a>`);
			expect(html).toMatch(/<p>before<\/p>[\s\S]*role="alert"[\s\S]*<p>after<\/p>/);
			expect(html).not.toContain('drawn');
		}
	);

	it('never shows the error itself to the reader', () => {
		const m = messagesFor('en');
		const html = renderBoundary({ throws: true, boundary: { view: m.viewFlow } });
		expect(html).not.toContain('Cannot read properties');
		expect(html).not.toContain('(reading');
	});

	it('offers a button as the way back when the way back is an action', () => {
		const m = messagesFor('en');
		const onclick = vi.fn();
		const html = renderBoundary({
			throws: true,
			boundary: { view: m.viewImport, back: { label: m.importClose, onclick } }
		});
		expect(html).toContain('Something went wrong while showing the import window.');
		expect(html).toContain('<button type="button">Close</button>');
	});
});
