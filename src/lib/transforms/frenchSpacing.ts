/**
 * French text as French sets it, for display: the space before a colon, semicolon, question or
 * exclamation mark or closing guillemet, and after an opening guillemet, does not break, so that
 * the mark never starts a line alone (seen at 375 px: a title line beginning with ": L'essor…").
 * The data keeps the source's words and spaces as they are; only what is drawn changes.
 */
export function frenchSpacing(text: string): string {
	return text.replace(/ (?=[:;!?»])/g, '\u00a0').replace(/« /g, '«\u00a0');
}
