import type { Found } from './codes';

/** How a language names the values a JSON file may hold where something else was expected. */
export interface FoundWords {
	null: string;
	list: string;
	object: string;
	boolean: string;
	nothing: string;
	text: (text: string) => string;
	number: (number: number) => string;
}

/** A value of a JSON file in a language's words; anything else by its own name. */
export function wordFound(found: Found, words: FoundWords): string {
	switch (found.kind) {
		case 'text':
			return words.text(found.text);
		case 'number':
			return words.number(found.number);
		case 'other':
			return found.name;
		default:
			return words[found.kind];
	}
}
