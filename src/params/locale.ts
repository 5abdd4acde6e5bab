import type { ParamMatcher } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locales';

/** Only `/en/` and `/fr/` are pages; anything else under `/` is a 404. */
export const match: ParamMatcher = (param) => isLocale(param);
