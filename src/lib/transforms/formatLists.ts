import type { Locale } from '../i18n/locales';

// Building an Intl.ListFormat costs far more than using one, and the summaries that use it are
// written again at every filter change: one formatter per locale, made on first use.
const formatters = new Map<Locale, Intl.ListFormat>();

/** Items in a list, the reader's way: "Meta, OpenAI and Google", « Meta, OpenAI et Google ». */
export function listOf(items: readonly string[], locale: Locale): string {
	let format = formatters.get(locale);
	if (!format) {
		format = new Intl.ListFormat(locale, { type: 'conjunction' });
		formatters.set(locale, format);
	}
	return format.format(items);
}
