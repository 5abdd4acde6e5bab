/**
 * French "de" joined to what follows, as French writes it: "d’" before a vowel ("départs d’OpenAI",
 * "d’avril 2024"), "des" for "les …" and "du" for "le …" ("départs des organisations non nommées").
 * Before "h" it stays "de": the names of this field are English, their h aspirated ("de Hugging Face").
 */
export function de(word: string): string {
	if (/^les\s/i.test(word)) return `des ${word.slice(4)}`;
	if (/^le\s/i.test(word)) return `du ${word.slice(3)}`;
	if (startsWithVowel(word)) return `d’${word}`;
	return `de ${word}`;
}

/** Whether French elides before a word ("d’avril", "l’entreprise"): a vowel, not an aspirated "h". */
export function startsWithVowel(word: string): boolean {
	return /^[aeiouàâäéèêëîïôöùûü]/i.test(word);
}

/** The same at the start of a sentence: "D’avril 2024 à juin 2024". */
export function deAtStart(word: string): string {
	const joined = de(word);
	return joined[0]!.toUpperCase() + joined.slice(1);
}

/**
 * A French range between two dates as written: "de mars 2024 à avril 2024", but "du 1er mars 2024
 * au 3 avril 2024" where an end is a day, since French dates with a day take the article.
 */
export function dateRangeFr(start: string, end: string): string {
	const day = /^\d{1,2}(er)?\s/;
	return `${day.test(start) ? `du ${start}` : de(start)} ${day.test(end) ? 'au' : 'à'} ${end}`;
}
