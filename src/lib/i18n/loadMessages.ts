import type { Locale } from './locales';
import type { Messages } from './en';
import type { ProblemCatalog } from '../problems/say';

/**
 * The message catalog for a locale, fetched on its own: a page loads only the language it shows.
 * (messages.ts holds both, for code that never reaches the browser.)
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
	return locale === 'fr' ? (await import('./fr')).fr : (await import('./en')).en;
}

/**
 * The wording of import and validation problems for a locale, fetched when the import dialog opens:
 * a reader who never imports never loads it.
 */
export async function loadProblemCatalog(locale: Locale): Promise<ProblemCatalog> {
	return locale === 'fr'
		? (await import('./problems/fr')).frProblems
		: (await import('./problems/en')).enProblems;
}
