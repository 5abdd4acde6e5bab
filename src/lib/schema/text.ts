import { schemaError } from '../problems/codes';
import { z } from './zod';

/**
 * A character a reader can see: neither a space nor one of the invisible formatting characters
 * (zero-width spaces and joiners, direction marks, embeddings, overrides and isolates, word joiners,
 * the byte-order mark) that the CSV importer removes from names.
 */
export const VISIBLE_CHARACTER = /[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * Characters that change the direction of the text after them (embeddings, overrides, isolates).
 * Names in Arabic or Hebrew never need them; in a name they could turn around the text that follows
 * it on the page, in a label or in an export, so a name that holds one is refused.
 */
export const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** A name as the source gives it, with at least one visible character, so no fact is drawn without a label. */
export const VisibleName = z
	.string()
	.min(1, { abort: true })
	.regex(VISIBLE_CHARACTER, { error: schemaError('needsVisibleCharacter'), abort: true })
	.refine((name) => !DIRECTION_CONTROL.test(name), { error: schemaError('directionControl') });
