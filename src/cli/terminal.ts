// What the command-line tools print comes partly from the files they read (cell text, keys,
// file names): it is made safe for a terminal before it is printed.

/**
 * Text from a file as one printable line: line breaks and tabs become spaces, and control and
 * direction-changing characters are written as `\u001b`, so that a file cannot send escape
 * sequences to the terminal (clearing it, retitling it, hiding lines) or reorder what it shows.
 */
export function printable(text: string): string {
	return text.replace(/[\t\n\r]+/g, ' ').replace(
		// eslint-disable-next-line no-control-regex -- control characters are what this escapes
		/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
