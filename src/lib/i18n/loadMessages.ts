import type { Locale } from './locales';
import type { Messages } from './en';

/**
 * The message catalog for a locale, fetched on its own: a page loads only the language it shows.
 * (messages.ts holds both, for code that never reaches the browser.)
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
	return locale === 'fr' ? (await import('./fr')).fr : (await import('./en')).en;
}
