import { createContext } from 'svelte';
import type { Locale } from './locales';
import type { Messages } from './en';

/** The interface language and its message catalog, as every component of the page reads them. */
export interface I18n {
	readonly locale: Locale;
	readonly m: Messages;
}

/**
 * Set once by the root layout, which reads the language from the address and loads its catalog.
 * The layout hands getters, not values: the link to the other language keeps the page's components
 * (same route, new data), so a component reads `i18n.m.…` and `i18n.locale` where it uses them, and
 * follows; a copy taken once would not. (Islands get it too: they mount with the page's contexts.)
 * The catalogs that load with an island or a dialog are not here: they load when used.
 */
export const [getI18n, setI18n] = createContext<I18n>();
