// French sets a colon, a semicolon, a question or exclamation mark and a closing guillemet apart
// from the word before it, and an opening guillemet from the word after it, with a space that does
// not break: an ordinary one lets the mark wrap alone onto the next line (seen at 375 px).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const I18N = join(import.meta.dirname, '../../../src/lib/i18n');

/** The French catalogs: fr.ts, and fr.ts in each folder of wording that loads on its own. */
const catalogs = [
	join(I18N, 'fr.ts'),
	...readdirSync(I18N, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => join(I18N, entry.name, 'fr.ts'))
];

const TEXT = new Set([
	ts.SyntaxKind.StringLiteral,
	ts.SyntaxKind.NoSubstitutionTemplateLiteral,
	ts.SyntaxKind.TemplateHead,
	ts.SyntaxKind.TemplateMiddle,
	ts.SyntaxKind.TemplateTail
]);

/** The text of every string and every piece of template text in a source, as written. */
function textsOf(source: string): string[] {
	const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
	// For each open brace, whether it opened a template's `${`: its closing brace goes on with the template.
	const braces: boolean[] = [];
	const texts: string[] = [];
	for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
		if (kind === ts.SyntaxKind.OpenBraceToken) braces.push(false);
		if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop()) kind = scanner.reScanTemplateToken(false);
		if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
		if (TEXT.has(kind)) texts.push(scanner.getTokenText());
	}
	return texts;
}

describe('the French catalogs', () => {
	it.each(catalogs.map((file) => [file.slice(I18N.length + 1), file]))(
		'%s sets no punctuation mark apart with a space that may break',
		(_, file) => {
			const texts = textsOf(readFileSync(file, 'utf8'));
			expect(texts.length).toBeGreaterThan(0);
			expect(texts.filter((text) => / [:;?!»]|« /.test(text))).toEqual([]);
		}
	);

	it('are all read: a mark after an ordinary space is found, in a string and in a template', () => {
		const found = textsOf(
			"const a = { b: 'x : y', c: (n) => `${n} ; ${n ? '«\\u00a0z\\u00a0»' : ''} ?` };"
		).filter((text) => / [:;?!»]|« /.test(text));
		expect(found).toEqual(["'x : y'", '} ; ${', '} ?`']);
	});
});
