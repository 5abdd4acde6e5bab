import type { Locale } from '../locales';
import { enExplore, type ExploreMessages } from './en';
import { frExplore } from './fr';

/**
 * The search boxes' and the flow control's wording in a locale. Both languages come with the islands
 * that import this (a few hundred bytes), so the server draws them and the browser needs no extra
 * request; the page's first load carries neither.
 */
export function exploreWording(locale: Locale): ExploreMessages {
	return locale === 'fr' ? frExplore : enExplore;
}
