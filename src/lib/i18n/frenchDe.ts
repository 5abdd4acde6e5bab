/**
 * French "de" joined to what follows, as French writes it: "d’" before a vowel ("départs d’OpenAI",
 * "d’avril 2024"), "des" for "les …" and "du" for "le …" ("départs des organisations non nommées").
 * Before "h" it stays "de": the names of this field are English, their h aspirated ("de Hugging Face").
 */
export function de(word: string): string {
	if (/^les\s/i.test(word)) return `des ${word.slice(4)}`;
	if (/^le\s/i.test(word)) return `du ${word.slice(3)}`;
	if (/^[aeiouàâäéèêëîïôöùûü]/i.test(word)) return `d’${word}`;
	return `de ${word}`;
}

/** The same at the start of a sentence: "D’avril 2024 à juin 2024". */
export function deAtStart(word: string): string {
	const joined = de(word);
	return joined[0]!.toUpperCase() + joined.slice(1);
}
