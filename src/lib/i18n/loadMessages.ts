import type { Locale } from './locales';
import type { Messages } from './en';
import type { ProblemCatalog } from '../problems/say';
import type { DialogMessages } from './dialog/en';

/**
 * The message catalog for a locale, fetched on its own: a page loads only the language it shows.
 * (messages.ts holds both, for code that never reaches the browser.)
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
	return locale === 'fr' ? (await import('./fr')).fr : (await import('./en')).en;
}

/** What the import dialog says: its own wording, and that of the problems it may report. */
export interface ImportWording {
	dialog: DialogMessages;
	problems: ProblemCatalog;
}

/**
 * The import dialog's wording for a locale, fetched when the dialog opens: a reader who never
 * imports never loads it.
 */
export async function loadImportWording(locale: Locale): Promise<ImportWording> {
	if (locale === 'fr') {
		const [dialog, problems] = await Promise.all([import('./dialog/fr'), import('./problems/fr')]);
		return { dialog: dialog.frDialog, problems: problems.frProblems };
	}
	const [dialog, problems] = await Promise.all([import('./dialog/en'), import('./problems/en')]);
	return { dialog: dialog.enDialog, problems: problems.enProblems };
}
