/** The interface languages. The article itself stays in French whatever the interface language. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language a visitor gets at `/`, before choosing. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Narrows any string (a route parameter, a query value) to a supported locale. */
export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}
