import { problemOf } from '../problems/codes';
import type { FileProblem } from './problems';

/** A file's bytes read as text, or why they cannot be. */
export type DecodedText =
	| { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
	| { ok: false; problem: FileProblem };

/**
 * Reads a file's bytes as text. UTF-8 is read with or without a byte-order mark; UTF-16 is read
 * when its byte-order mark says which (Excel's "Unicode text" is UTF-16 LE with one). Bytes that
 * are not UTF-8, as in a file saved as Windows-1252 or Latin-1, are refused with the line where
 * they first occur: read anyway, they would become replacement characters and silently change
 * names ("Chloé" into "Chlo�"). A file holding NUL bytes (UTF-16 without a byte-order mark, or
 * binary) is refused as not plain text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
	// Text holds no NUL byte; UTF-16 without a byte-order mark has one beside every ASCII letter,
	// and so has a binary file. Either would otherwise be named a Windows-1252 file at its first accent.
	if (bytes.includes(0)) return { ok: false, problem: problemOf('notPlainText') };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		const at = firstInvalidUtf8(bytes);
		let line = 1;
		for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
		return { ok: false, problem: problemOf('notUtf8', { line }) };
	}
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const lead = bytes[i]!;
		if (lead < 0x80) {
			i++;
			continue;
		}
		const length =
			lead >= 0xc2 && lead <= 0xdf
				? 2
				: lead >= 0xe0 && lead <= 0xef
					? 3
					: lead >= 0xf0 && lead <= 0xf4
						? 4
						: 0;
		if (length === 0 || i + length > bytes.length) return i;
		// The second byte's range rules out overlong forms, UTF-16 surrogates and code points past U+10FFFF.
		const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
		const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
		if (bytes[i + 1]! < low || bytes[i + 1]! > high) return i;
		for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return i;
		i += length;
	}
	return -1;
}
