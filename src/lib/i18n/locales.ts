/** The interface languages. The article itself stays in French whatever the interface language. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language a visitor gets at `/`, before choosing. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Narrows any string (a route parameter, a query value) to a supported locale. */
export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/**
 * The language of an address: its first segment (`/fr/…`), else the default. The one reading of
 * the locale, shared by the hook that writes `<html lang>` and the layout that loads the catalog.
 */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.split('/')[1] ?? '';
	return isLocale(first) ? first : DEFAULT_LOCALE;
}
