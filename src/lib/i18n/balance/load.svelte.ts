import type { Locale } from '../locales';
import type { BalanceMessages } from './en';

// Reactive, so that the balance's islands draw once their wording has come.
let loaded = $state.raw<{ [L in Locale]?: BalanceMessages }>({});
// The languages asked for: each is fetched once. Not state: nothing draws from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const asked = new Set<Locale>();

/**
 * The wording of the balance, retention, career path and the moves behind a number in a locale, or
 * null until it has come. The first call fetches it: one language, once the flow diagram is live
 * (see FlowPanel), never with the page (whose first load has no room for it).
 */
export function balanceWording(locale: Locale): BalanceMessages | null {
	if (!asked.has(locale)) {
		asked.add(locale);
		const wording =
			locale === 'fr' ? import('./fr').then((m) => m.frBalance) : import('./en').then((m) => m.enBalance);
		void wording.then((w) => (loaded = { ...loaded, [locale]: w }));
	}
	return loaded[locale] ?? null;
}
