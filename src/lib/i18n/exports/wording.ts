import type { Locale } from '../locales';
import { enExports, type ExportMessages } from './en';
import { frExports } from './fr';

/** The provenance downloads' wording in a locale (both are small, and load with the export panel). */
export function exportWording(locale: Locale): ExportMessages {
	return locale === 'fr' ? frExports : enExports;
}
