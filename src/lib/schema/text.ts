import { z } from './zod';

/**
 * A character a reader can see: neither a space nor one of the invisible formatting characters
 * (zero-width spaces and joiners, direction marks and overrides, word joiners, the byte-order
 * mark) that the CSV importer removes from names.
 */
export const VISIBLE_CHARACTER = /[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

/** A name as the source gives it, with at least one visible character, so no fact is drawn without a label. */
export const VisibleName = z
	.string()
	.min(1, { abort: true })
	.regex(VISIBLE_CHARACTER, { error: 'needs at least one visible character' });
