// Checks a dataset file from the command line: `npm run validate -- <file>`.
// Prints one line per problem (path and plain message) and exits non-zero; never a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText } from '../lib/import/decode';
import { datasetOfFlows, isFlowColumns, movesOf, readFlowColumns } from '../lib/import/flowColumns';
import { englishLines, inEnglish } from '../lib/problems/english';
import { parseJsonText, validateArticle, validateDataset } from '../lib/validation/validateDataset';
import { printable } from './terminal';

const ARTICLE_FILE = resolve(import.meta.dirname, '../../data/article.json');

/** Reads a file as text, or says in words why it cannot be read. */
function readText(file: string): { ok: true; text: string } | { ok: false; message: string } {
	try {
		if (statSync(file).isDirectory()) return { ok: false, message: 'this is a folder, not a file' };
		const decoded = decodeText(readFileSync(file));
		return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, message: inEnglish(decoded.problem) };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return { ok: false, message: 'no such file' };
		if (code === 'EACCES') return { ok: false, message: 'permission denied' };
		return { ok: false, message: `cannot be read (${code ?? 'unknown reason'})` };
	}
}

function main(args: string[]): number {
	const files = args.filter((a) => !a.startsWith('-'));
	if (files.length === 0) {
		console.error('usage: npm run validate -- <dataset.json> [more files…]');
		return 2;
	}
	const articleText = readText(ARTICLE_FILE);
	const articleJson = articleText.ok ? parseJsonText(articleText.text) : null;
	const article = articleJson?.ok ? validateArticle(articleJson.value) : null;
	if (!article?.ok)
		console.error(`note: the project's article (${ARTICLE_FILE}) could not be read; quotes are not checked`);

	let failures = 0;
	for (const file of files) {
		const read = readText(file);
		if (!read.ok) {
			console.error(printable(`✗ ${file}: ${read.message}`));
			failures++;
			continue;
		}
		const json = parseJsonText(read.text);
		// A file of flows in columns (`npm run aggregate`) is checked as the page checks it.
		const columns = json.ok && isFlowColumns(json.value) ? readFlowColumns(json.value) : null;
		const result = !json.ok
			? json
			: columns
				? columns.ok
					? { ok: true as const, value: datasetOfFlows(columns.value) }
					: columns
				: validateDataset(json.value, article?.ok ? article.value : undefined);
		if (result.ok && columns?.ok) {
			const moves = movesOf(columns.value);
			console.log(
				printable(
					`✓ ${file}: a valid file of flows in columns (${columns.value.from.length} flows counting ${moves} moves, ${result.value.organizations.length} organizations)`
				)
			);
		} else if (result.ok) {
			const d = result.value;
			console.log(
				printable(
					`✓ ${file}: a valid dataset (${d.people.length} people, ${d.organizations.length} organizations, ${d.moves.length} moves, ${d.events.length} events)`
				)
			);
		} else {
			failures++;
			const count = result.problems.length;
			console.error(printable(`✗ ${file}: ${count} problem${count === 1 ? '' : 's'}`));
			for (const line of englishLines(result.problems)) console.error(`  ${printable(line)}`);
		}
	}
	return failures === 0 ? 0 : 1;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	// A bug of ours, not the user's: say so in one line rather than dumping a trace.
	console.error(
		printable(
			`✗ the validator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`
		)
	);
	process.exitCode = 3;
}
