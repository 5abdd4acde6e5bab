import type { Locale } from './locales';
import { en, type Messages } from './en';
import { fr } from './fr';
import { enProblems } from './problems/en';
import { frProblems } from './problems/fr';
import { enDialog, type DialogMessages } from './dialog/en';
import { frDialog } from './dialog/fr';
import type { ProblemCatalog } from '../problems/say';
import type { ExploreMessages } from './explore/en';
import { exploreWording } from './explore/wording';

export type { DateInSentence, Messages } from './en';

// Both catalogs at once, for the server, the command line and the tests. The browser loads only its
// own language's catalog, through loadMessages.ts.
const catalogs: Record<Locale, Messages> = { en, fr };

/** The message catalog for a locale. */
export function messagesFor(locale: Locale): Messages {
	return catalogs[locale];
}

/** The wording of problems for a locale. */
export function problemsFor(locale: Locale): ProblemCatalog {
	return locale === 'fr' ? frProblems : enProblems;
}

/** The import dialog's wording for a locale. */
export function dialogFor(locale: Locale): DialogMessages {
	return locale === 'fr' ? frDialog : enDialog;
}

/** The search boxes' and the flow control's wording for a locale. */
export function exploreFor(locale: Locale): ExploreMessages {
	return exploreWording(locale);
}
